import type { Ctx } from '../../../core/context.ts';
import { resolveFileOwner } from './file-owner.ts';
import { authorizeFile } from './file.policy.ts';
import { presentFile } from './file.present.ts';
import * as repo from './file.repository.ts';

/** The files attached to a record the actor may read. */
export async function listFiles(ctx: Ctx, entity: string, entityId: string) {
  authorizeFile(ctx, 'read', await resolveFileOwner(ctx, entity, entityId));
  const rows = await repo.listFilesOf(ctx.db, { entity, entityId });
  return rows.map(presentFile);
}
