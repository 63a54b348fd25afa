/** The round's compliance (who has not submitted) and its ranking. */
import type { RankingQuery, RoundComplianceRow } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { wholeList } from '../../../core/page.ts';
import { requireActor, scopesFor } from '../../../core/scope.ts';
import * as assessments from '../assessment/assessment.repository.ts';
import { vnDate } from '../assessment/assessment.present.ts';
import { computeRanking } from './ranking.ts';
import { loadRound } from './read-round.ts';
import * as repo from './round.repository.ts';

/** Every participant the actor reads, with the state of its assessment (not started when none). */
export async function readCompliance(ctx: Ctx, id: number) {
  const actor = requireActor(ctx.actor);
  const round = await loadRound(ctx, id);
  const [parts, groups, states] = await Promise.all([
    repo.participants(ctx.db, round, { scopes: scopesFor(actor, 'scoring:read') }),
    repo.groupsByIds(ctx.db, round.groupIds),
    assessments.statesOfRound(ctx.db, round.id),
  ]);
  const byUnit = new Map(states.map((s) => [s.unitId, s]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const t = today(ctx);
  const rows: RoundComplianceRow[] = parts.map((p) => {
    const s = byUnit.get(p.id);
    const submittedAt = s?.submittedAt ?? null;
    return {
      unitId: p.id,
      unitCode: p.code,
      unitName: p.name,
      groupNames: p.groupIds.map((g) => groupName.get(g) ?? '').filter(Boolean),
      status: (s?.state ?? 'not_started') as RoundComplianceRow['status'],
      assessmentId: s?.id ?? null,
      submittedAt: submittedAt ? submittedAt.toISOString() : null,
      late: submittedAt ? vnDate(submittedAt) > round.submitDeadline : t > round.submitDeadline,
    };
  });
  return wholeList(rows);
}

export async function readRanking(ctx: Ctx, id: number, q: RankingQuery) {
  const round = await loadRound(ctx, id, 'results');
  return computeRanking(ctx.db, round, q.groupId);
}
