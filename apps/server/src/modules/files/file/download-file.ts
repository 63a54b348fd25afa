import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { readContent } from '../../../core/files.ts';
import type { Download } from '../../../core/route.ts';
import { resolveFileOwner } from './file-owner.ts';
import { authorizeFile } from './file.policy.ts';
import { opensInline } from './file.present.ts';
import * as repo from './file.repository.ts';

/** A file's content under its original name, when the actor may read the record it is attached to. */
export async function downloadFile(ctx: Ctx, id: number): Promise<Download> {
  const row = await repo.findFile(ctx.db, id);
  if (!row) throw NotFound('Tệp');
  authorizeFile(ctx, 'read', await resolveFileOwner(ctx, row.entity, row.entityId));
  return {
    filename: row.originalName,
    contentType: row.mime,
    body: await readContent(ctx, row.storedName),
    inline: opensInline(row.mime),
  };
}
