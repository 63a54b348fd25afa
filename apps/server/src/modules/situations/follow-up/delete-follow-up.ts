/** Removing a follow-up action of a note still being watched. */
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import * as repo from '../situation/situation.repository.ts';
import { checkFollowUpChange } from './follow-up.checks.ts';
import { loadFollowUp } from './update-follow-up.ts';

export async function deleteFollowUp(ctx: Ctx, id: number) {
  await inTx(ctx, async (tx, c) => {
    const { s, f } = await loadFollowUp(c, id, tx);
    checkFollowUpChange(s);
    await repo.deleteFollowUp(tx, id);
    await audit(tx, c, {
      entity: 'situation_follow_up',
      entityId: id,
      unitId: s.unitId,
      action: 'delete',
      before: f,
    });
  });
}
