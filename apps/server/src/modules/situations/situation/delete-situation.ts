/** Removing a situation note and its follow-up actions (kept in the audit trail). */
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import * as repo from './situation.repository.ts';
import { loadSituation } from './read-situation.ts';

export async function deleteSituation(ctx: Ctx, id: number) {
  await inTx(ctx, async (tx, c) => {
    const { s: before, followUps } = await loadSituation(c, id, 'delete', { lock: true, db: tx });
    await repo.deleteSituation(tx, id);
    await audit(tx, c, {
      entity: 'situation',
      entityId: id,
      unitId: before.unitId,
      action: 'delete',
      before: { ...before, followUps },
    });
  });
}
