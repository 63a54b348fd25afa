/**
 * The scores proposed from live data for every participant of a round, read by the team (as the
 * ranking before publishing: over the organising unit): one batch through each proposer the set
 * names (a bounded number of statements whatever the number of units), and each unit's proposed total
 * over the criteria that have a proposal.
 */
import type { Proposal } from '@danvan/contracts';
import { flattenCriteria, totals, type CriteriaContent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { StateInvalid } from '../../../core/errors.ts';
import * as assessments from '../assessment/assessment.repository.ts';
import { proposalsFor } from '../shared/propose.ts';
import { staleRound } from './create-round.ts';
import { loadRound, reloadRound } from './read-round.ts';
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

export interface ProposeRoundOutcome {
  units: number;
  criteria: number;
  proposals: number;
  noData: number;
  changed: number;
}

/**
 * The coordinator's team refreshes, in one call, the proposals of every draft self-assessment of an
 * open round from live data (as each unit's "update the proposed scores" does): an item whose score
 * followed the old proposal (or had none) follows the new one; a score the unit changed with a
 * reason stays. Submitted assessments are left as they are. The round row is locked and its version
 * checked and bumped (a second call with the same version answers 409), the drafts are locked too,
 * so two calls never interleave their writes.
 */
export async function proposeRoundScores(ctx: Ctx, id: number, version: number) {
  return inTx(ctx, async (tx, c) => {
    const round = await loadRound(c, id, 'propose', { lock: true, db: tx });
    if (version !== round.version) throw staleRound();
    if (round.state !== 'open') throw StateInvalid('Chỉ đề xuất điểm cho cả đợt khi đợt chấm điểm đang mở.');
    const content = round.setContent as CriteriaContent;
    const measured = flattenCriteria(content).filter((k) => k.proposerKey && k.scoredBy === 'self');
    const drafts = await assessments.lockDraftsOfRound(tx, round.id);
    const byUnit = drafts.length
      ? await proposalsFor(
          c,
          content,
          drafts.map((d) => ({ id: d.unitId, path: d.unitPath, kind: d.unitKind })),
          round.year,
        )
      : new Map<number, Map<string, Proposal>>();
    const items = await assessments.itemsOf(
      tx,
      drafts.map((d) => d.id),
    );
    const itemsOf = new Map<number, typeof items>(drafts.map((d) => [d.id, []]));
    for (const i of items) itemsOf.get(i.assessmentId)?.push(i);
    const updates: { id: number; proposal: Proposal; score: number | null; follow: boolean }[] = [];
    const totalsOut: { id: number; version: number; selfTotal: number }[] = [];
    let noData = 0;
    let changed = 0;
    for (const d of drafts) {
      const proposals = byUnit.get(d.unitId) ?? new Map<string, Proposal>();
      const self = new Map<string, number | null>();
      for (const item of itemsOf.get(d.id)!) {
        let score = item.selfScore === null ? null : Number(item.selfScore);
        const p = proposals.get(item.criterionCode);
        if (p) {
          const old = item.proposal as Proposal | null;
          const follow =
            score === null || (old !== null && old.score !== null && Math.abs(old.score - score) < 1e-9);
          updates.push({ id: item.id, proposal: p, score: p.score, follow });
          if (p.score === null) noData++;
          if (follow && score !== p.score) changed++;
          if (follow) score = p.score;
        }
        self.set(item.criterionCode, score);
      }
      totalsOut.push({ id: d.id, version: d.version, selfTotal: totals(content, self).total });
    }
    await assessments.setProposals(tx, updates);
    const at = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    if ((await assessments.setSelfTotals(tx, totalsOut, at, by)) !== totalsOut.length) throw staleRound();
    const v = await repo.updateRound(tx, id, round.version, { updatedAt: at, updatedBy: by });
    if (v === null) throw staleRound();
    const outcome: ProposeRoundOutcome = {
      units: drafts.length,
      criteria: measured.length,
      proposals: updates.length,
      noData,
      changed,
    };
    await audit(tx, c, {
      entity: 'scoring_round',
      entityId: id,
      unitId: round.unitId,
      action: 'scoring.round.propose',
      before: { version: round.version },
      after: outcome,
    });
    return { round: await reloadRound(c, tx, id), ...outcome };
  });
}
