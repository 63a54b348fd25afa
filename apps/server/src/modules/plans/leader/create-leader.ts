/** Recording a leader in charge, as assigned in writing. */
import type { CreateLeaderAssignment } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { unitToCreateAt } from '../shared/unit.policy.ts';
import * as repo from './leader.repository.ts';
import { canLeader } from './leader.policy.ts';
import { presentLeader } from './leader.present.ts';
import { checkLeaderDates } from './leader.rules.ts';

export async function createLeader(ctx: Ctx, input: CreateLeaderAssignment, opts: { isDemo?: boolean } = {}) {
  const unit = await unitToCreateAt(ctx, input.unitId, (a, u) => canLeader(a, 'create', u));
  checkLeaderDates(input, today(ctx));
  return inTx(ctx, async (tx, c) => {
    const id = await repo.insertLeader(tx, {
      ...input,
      toDate: input.toDate ?? null,
      unitId: unit.id,
      isDemo: opts.isDemo ?? false,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    const after = (await repo.getLeader(tx, id))!;
    await audit(tx, c, {
      entity: 'leader_assignment',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after,
    });
    return presentLeader(c, after);
  });
}
