/**
 * THE access rules of attachments: a file follows the record it is attached to. Whoever may read the
 * record (its read permission at its unit) may read its files; attaching or deleting needs the
 * record's write permission there and files:write, and a locked record takes no change.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { Err, Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../../core/scope.ts';
import type { FileOwner } from './file-owner.ts';

export type FileAction = 'read' | 'attach' | 'delete';

const unitOf = (o: FileOwner) => ({ id: o.unitId, path: o.unitPath });

export const filePolicy = {
  read: (actor: Actor, owner: FileOwner): boolean =>
    inScope(scopesFor(actor, owner.readPermission), unitOf(owner)),
  /** May change the record's files at all (the lock aside). */
  write: (actor: Actor, owner: FileOwner): boolean =>
    filePolicy.read(actor, owner) &&
    actor.permissions.has('files:write') &&
    inScope(scopesFor(actor, owner.writePermission), unitOf(owner)),
  /** The record takes changes to its files now. */
  open: (owner: FileOwner): boolean => owner.writable !== false,
};

export function canFile(actor: Actor, action: FileAction, owner: FileOwner): boolean {
  if (action === 'read') return filePolicy.read(actor, owner);
  return filePolicy.write(actor, owner) && filePolicy.open(owner);
}

/**
 * Throws 404 when the record is missing or the actor may not read it, 403 when readable but not
 * writable, 409 locked when the record is locked; returns the owner otherwise.
 */
export function authorizeFile(ctx: Ctx, action: FileAction, owner: FileOwner | null): FileOwner {
  const actor = requireActor(ctx.actor);
  if (!owner || !filePolicy.read(actor, owner)) throw NotFound('Hồ sơ');
  if (action === 'read') return owner;
  if (!filePolicy.write(actor, owner)) throw Forbidden();
  if (!filePolicy.open(owner)) throw Err.locked('Hồ sơ đã khóa, không thể đính kèm thêm tệp.');
  return owner;
}
