/** Proposals from live data for a set's criteria, for a batch of units. */
import type { Proposal } from '@danvan/contracts';
import { clampScore, flattenCriteria, roundTo, type CriteriaContent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { runProposers, type ProposerUnit } from '../proposer/proposer.registry.ts';

/**
 * unitId → criterion code → proposal (absent when the criterion has no live measure, or no answer; a
 * null score when the system holds no data for the unit). Every proposer runs once over all the units.
 */
export async function proposalsFor(
  ctx: Ctx,
  content: CriteriaContent,
  units: ProposerUnit[],
  year: number,
): Promise<Map<number, Map<string, Proposal>>> {
  const criteria = flattenCriteria(content).filter((c) => c.proposerKey && c.scoredBy === 'self');
  const results = await runProposers(
    ctx,
    criteria.map((c) => c.proposerKey!),
    units,
    { year, from: `${year}-01-01`, to: `${year}-12-31` },
  );
  const computedAt = ctx.clock.now().toISOString();
  const out = new Map<number, Map<string, Proposal>>(units.map((u) => [u.id, new Map()]));
  for (const c of criteria) {
    const byUnit = results.get(c.proposerKey!);
    if (!byUnit) continue;
    for (const u of units) {
      const p = byUnit.get(u.id);
      if (!p) continue;
      // quarter points, the usual step of the provinces' criteria; no data: no score, said so
      const score =
        p.share === null ? null : roundTo(clampScore(c, Math.round(c.maxPoints * p.share * 4) / 4), 2);
      out.get(u.id)!.set(c.code, {
        key: c.proposerKey!,
        score,
        description: p.description,
        ...(p.figures ? { figures: p.figures } : {}),
        evidence: p.evidence,
        computedAt,
      });
    }
  }
  return out;
}
