import type { Ctx } from '../../../core/context.ts';
import { wholeList } from '../../../core/page.ts';
import { requireActor } from '../../../core/scope.ts';
import { resolveFileOwner } from './file-owner.ts';
import { authorizeFile, canFile } from './file.policy.ts';
import { presentFile } from './file.present.ts';
import * as repo from './file.repository.ts';

/**
 * The files attached to a record the actor may read: a record's few attachments, answered whole;
 * `can.create` is whether the actor may attach another file to it now.
 */
export async function listFiles(ctx: Ctx, entity: string, entityId: string) {
  const owner = authorizeFile(ctx, 'read', await resolveFileOwner(ctx, entity, entityId));
  const rows = await repo.listFilesOf(ctx.db, { entity, entityId });
  return wholeList(rows.map(presentFile), { create: canFile(requireActor(ctx.actor), 'attach', owner) });
}
