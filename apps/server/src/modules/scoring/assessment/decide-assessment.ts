/**
 * The team's decision (scoring:appraise, once the unit explained or the window closed): the final
 * score of each criterion (the appraisal's where not given), a disqualifying fact with its reason.
 */
import type { DecideAssessment } from '@danvan/contracts';
import { flattenCriteria, type CriteriaContent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound, RuleViolation } from '../../../core/errors.ts';
import { totalsOf } from '../shared/totals.ts';
import { by, checkVersion, overMax, staleAssessment } from './assessment.checks.ts';
import { detailAfter, loadAssessment } from './read-assessment.ts';
import * as repo from './assessment.repository.ts';

export async function decideAssessment(ctx: Ctx, id: number, input: DecideAssessment) {
  return inTx(ctx, async (tx, c) => {
    const a = await loadAssessment(c, id, 'decide', { lock: true, db: tx });
    checkVersion(input.version, a.version);
    if (input.disqualified && !input.disqualifyReason.trim())
      throw RuleViolation('Hãy nêu lý do đơn vị không đủ điều kiện xếp loại.', undefined, [
        { path: 'disqualifyReason', message: 'Cần nêu lý do' },
      ]);
    const content = a.setContent as CriteriaContent;
    const criteria = new Map(flattenCriteria(content).map((x) => [x.code, x]));
    const items = await repo.listItems(tx, id);
    const byId = new Map(items.map((i) => [i.id, i]));
    const given = new Map(input.items.map((x) => [x.itemId, x]));
    for (const [itemId, x] of given) {
      const i = byId.get(itemId);
      if (!i) throw NotFound('Tiêu chí trong bản chấm');
      overMax(
        'Điểm kết quả',
        x.finalScore,
        criteria.get(i.criterionCode)!.maxPoints,
        `items.${itemId}.finalScore`,
      );
    }
    for (const i of items) {
      const x = given.get(i.id);
      const appraised = i.appraisedScore ?? i.selfScore ?? 0;
      await repo.updateItem(tx, i.id, {
        finalScore: x ? x.finalScore : appraised,
        decisionComment: x ? x.comment : i.decisionComment,
      });
    }
    const t = await totalsOf(tx, id, content);
    const now = c.clock.now();
    const v = await repo.updateAssessment(tx, id, a.version, {
      state: 'decided',
      finalTotal: t.final,
      disqualified: input.disqualified,
      disqualifyReason: input.disqualified ? input.disqualifyReason : '',
      decidedAt: now,
      updatedAt: now,
      updatedBy: by(c),
    });
    if (v === null) throw staleAssessment();
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_assessment',
      entityId: id,
      unitId: a.unitId,
      action: 'scoring.assessment.decide',
      before: { state: a.state, appraisedTotal: a.appraisedTotal },
      after: { state: 'decided', finalTotal: t.final, band: after.band, disqualified: input.disqualified },
    });
    return after;
  });
}
