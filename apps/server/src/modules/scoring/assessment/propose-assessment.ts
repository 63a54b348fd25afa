/**
 * Refreshing the proposals of a draft from live data. An item whose score followed the old proposal
 * (or had none) follows the new one; a score the unit changed with a reason stays as it is.
 */
import type { Proposal } from '@danvan/contracts';
import type { CriteriaContent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { proposalsFor } from '../shared/propose.ts';
import { totalsOf } from '../shared/totals.ts';
import { by, checkVersion, staleAssessment } from './assessment.checks.ts';
import { detailAfter, loadAssessment } from './read-assessment.ts';
import * as repo from './assessment.repository.ts';

export async function proposeAssessment(ctx: Ctx, id: number, version: number) {
  return inTx(ctx, async (tx, c) => {
    const a = await loadAssessment(c, id, 'draft', { lock: true, db: tx });
    checkVersion(version, a.version);
    const content = a.setContent as CriteriaContent;
    const proposals = (
      await proposalsFor(c, content, [{ id: a.unitId, path: a.unitPath, kind: a.unitKind }], a.year)
    ).get(a.unitId)!;
    const changes: { criterion: string; from: number | null; to: number | null }[] = [];
    for (const item of await repo.listItems(tx, id)) {
      const p = proposals.get(item.criterionCode);
      if (!p) continue;
      const old = item.proposal as Proposal | null;
      const self = item.selfScore === null ? null : Number(item.selfScore);
      const followed =
        self === null || (old !== null && old.score !== null && Math.abs(old.score - self) < 1e-9);
      await repo.updateItem(tx, item.id, { proposal: p, ...(followed ? { selfScore: p.score } : {}) });
      if (followed && self !== p.score)
        changes.push({ criterion: item.criterionCode, from: self, to: p.score });
    }
    const t = await totalsOf(tx, id, content);
    const v = await repo.updateAssessment(tx, id, a.version, {
      selfTotal: t.self,
      updatedAt: c.clock.now(),
      updatedBy: by(c),
    });
    if (v === null) throw staleAssessment();
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_assessment',
      entityId: id,
      unitId: a.unitId,
      action: 'scoring.assessment.propose',
      before: { selfTotal: Number(a.selfTotal) },
      after: { selfTotal: t.self, changes },
    });
    return after;
  });
}
