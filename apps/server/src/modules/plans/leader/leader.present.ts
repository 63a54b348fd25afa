/** A leader-in-charge record as the API returns it. */
import type { LeaderAssignment } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import type * as repo from './leader.repository.ts';
import { canLeaderFlags } from './leader.policy.ts';

export function presentLeader(ctx: Ctx, l: repo.LeaderView): LeaderAssignment {
  const t = today(ctx);
  return {
    id: l.id,
    unitId: l.unitId,
    unitName: l.unitName,
    leaderName: l.leaderName,
    position: l.position,
    fromDate: l.fromDate,
    toDate: l.toDate,
    decisionNumber: l.decisionNumber,
    decisionDate: l.decisionDate,
    decisionIssuer: l.decisionIssuer,
    note: l.note,
    active: l.fromDate <= t && (l.toDate === null || l.toDate >= t),
    isDemo: l.isDemo,
    can: canLeaderFlags(ctx.actor, l),
  };
}
