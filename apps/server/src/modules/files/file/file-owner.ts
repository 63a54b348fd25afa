/**
 * Which records take attachments, and who may read or attach to them: each module registers its
 * kinds of record at load time (its <module>.hooks.ts) with a resolver giving the record's unit and
 * the permissions that govern it.
 */
import type { Permission } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';

/** How a module says who may read and attach files to one of its records. */
export interface FileOwner {
  unitId: number;
  unitPath: string;
  readPermission: Permission;
  writePermission: Permission;
  /** False when the record is locked (e.g. an accepted report): files can be read but not added. */
  writable?: boolean;
}

export type FileOwnerResolver = (ctx: Ctx, entityId: string) => Promise<FileOwner | null>;

const owners = new Map<string, FileOwnerResolver>();

/** Modules call this once at load time for each kind of record that takes attachments. */
export function registerFileOwner(entity: string, resolve: FileOwnerResolver): void {
  owners.set(entity, resolve);
}

export function fileEntities(): string[] {
  return [...owners.keys()];
}

/** The record files are attached to, or null when its kind is unknown or it does not exist. */
export async function resolveFileOwner(
  ctx: Ctx,
  entity: string,
  entityId: string,
): Promise<FileOwner | null> {
  const resolve = owners.get(entity);
  return resolve ? resolve(ctx, entityId) : null;
}
