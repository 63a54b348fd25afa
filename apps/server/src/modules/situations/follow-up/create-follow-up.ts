/** Adding a follow-up action to a note still being watched. */
import type { CreateSituationFollowUp } from '@danvan/contracts';
import { CreateSituationFollowUp as Schema } from '@danvan/contracts';
import { followUpDoneOn, type FollowUpState } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import * as repo from '../situation/situation.repository.ts';
import { loadSituation } from '../situation/read-situation.ts';
import { presentSituation } from '../situation/situation.present.ts';
import { checkFollowUpChange } from './follow-up.checks.ts';

export async function createFollowUp(ctx: Ctx, situationId: number, raw: CreateSituationFollowUp) {
  const input = Schema.parse(raw);
  return inTx(ctx, async (tx, c) => {
    const { s } = await loadSituation(c, situationId, 'followUp', { lock: true, db: tx });
    checkFollowUpChange(s, input.dueDate);
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const [id] = await repo.insertFollowUps(tx, [
      {
        ...input,
        situationId,
        doneOn: followUpDoneOn(null, input.state as FollowUpState, today(c)),
        createdBy: by,
        updatedBy: by,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    await audit(tx, c, {
      entity: 'situation_follow_up',
      entityId: id,
      unitId: s.unitId,
      action: 'create',
      after: await repo.getFollowUp(tx, id),
    });
    return presentSituation(c, s, await repo.followUpsOf(tx, [situationId]));
  });
}
