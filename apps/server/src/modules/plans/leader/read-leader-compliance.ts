/** Which units (of the kinds that must) have a leader in charge on a date, and which have none. */
import type { LeaderCompliance, LeaderComplianceQuery } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { readScopes, unitOrActive } from '../shared/unit.policy.ts';
import * as repo from './leader.repository.ts';
import { LEADER_REQUIRED_KINDS } from './leader.rules.ts';

export async function leaderCompliance(ctx: Ctx, q: LeaderComplianceQuery): Promise<LeaderCompliance> {
  const under = await unitOrActive(ctx, q.unitId);
  const asOf = q.asOf ?? today(ctx);
  const r = await repo.leaderCoverage(ctx.db, readScopes(ctx), {
    under,
    kinds: q.kind ? [q.kind] : [...LEADER_REQUIRED_KINDS],
    group: q.group,
    asOf,
    missingOnly: q.missingOnly,
  });
  return { asOf, ...r };
}
