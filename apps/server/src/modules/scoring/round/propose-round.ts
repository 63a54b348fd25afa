/**
 * The scores proposed from live data for every participant of a round, read by the team (as the
 * ranking before publishing: over the organising unit): one batch through each proposer the set
 * names (a bounded number of statements whatever the number of units), and each unit's proposed total
 * over the criteria that have a proposal.
 */
import type { Proposal } from '@danvan/contracts';
import type { CriteriaContent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { proposalsFor } from '../shared/propose.ts';
import { loadRound } from './read-round.ts';
import * as repo from './round.repository.ts';

export interface RoundProposalRow {
  unitId: number;
  unitCode: string;
  unitName: string;
  /** The sum of the proposed scores (criteria with data). */
  proposedTotal: number;
  /** Criteria whose proposer holds no data for the unit. */
  noData: number;
  /** Criterion code → proposal. */
  proposals: Record<string, Proposal>;
}

export async function proposeRound(ctx: Ctx, id: number): Promise<RoundProposalRow[]> {
  const round = await loadRound(ctx, id, 'results');
  const parts = await repo.participants(ctx.db, round);
  const byUnit = await proposalsFor(ctx, round.setContent as CriteriaContent, parts, round.year);
  return parts.map((u) => {
    const m = byUnit.get(u.id)!;
    let total = 0;
    let noData = 0;
    for (const p of m.values())
      if (p.score === null) noData++;
      else total += p.score;
    return {
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      proposedTotal: Math.round(total * 100) / 100,
      noData,
      proposals: Object.fromEntries(m),
    };
  });
}
