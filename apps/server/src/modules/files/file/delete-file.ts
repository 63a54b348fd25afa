import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound } from '../../../core/errors.ts';
import { resolveFileOwner } from './file-owner.ts';
import { authorizeFile } from './file.policy.ts';
import { presentFile } from './file.present.ts';
import * as repo from './file.repository.ts';

/** Removes a file from its record (soft delete: the content stays for the audit trail). */
export async function deleteFile(ctx: Ctx, id: number): Promise<void> {
  await inTx(ctx, async (tx, c) => {
    const row = await repo.findFile(tx, id, true);
    if (!row) throw NotFound('Tệp');
    authorizeFile(c, 'delete', await resolveFileOwner(c, row.entity, row.entityId));
    await repo.softDeleteFile(tx, id, c.clock.now());
    await audit(tx, c, {
      entity: 'file',
      entityId: id,
      unitId: row.unitId,
      action: 'delete',
      before: presentFile(row),
    });
  });
}
