/** Editing or ending a leader-in-charge record. */
import type { UpdateLeaderAssignment } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import * as repo from './leader.repository.ts';
import { authorizeLeader } from './leader.policy.ts';
import { presentLeader } from './leader.present.ts';
import { checkLeaderDates } from './leader.rules.ts';
import { loadLeader } from './read-leader.ts';

export async function updateLeader(ctx: Ctx, id: number, input: UpdateLeaderAssignment) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadLeader(c, id);
    authorizeLeader(c, 'update', before);
    const merged = {
      fromDate: input.fromDate ?? before.fromDate,
      toDate: input.toDate === undefined ? before.toDate : input.toDate,
      decisionDate: input.decisionDate ?? before.decisionDate,
    };
    checkLeaderDates(merged, today(c));
    await repo.updateLeader(tx, id, { ...input, toDate: merged.toDate, updatedAt: c.clock.now() });
    const after = (await repo.getLeader(tx, id))!;
    await audit(tx, c, {
      entity: 'leader_assignment',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentLeader(c, after);
  });
}
