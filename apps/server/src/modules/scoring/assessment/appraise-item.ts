/**
 * The team's score of one criterion (scoring:appraise, while submitted): a score that departs from
 * the unit's needs a comment; a criterion scored by the superior level is scored here.
 */
import type { AppraiseItem } from '@danvan/contracts';
import { flattenCriteria, needsReason, type CriteriaContent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { RuleViolation } from '../../../core/errors.ts';
import { totalsOf } from '../shared/totals.ts';
import { by, checkVersion, itemOf, overMax, staleAssessment } from './assessment.checks.ts';
import { detailAfter, loadAssessment } from './read-assessment.ts';
import * as repo from './assessment.repository.ts';

export async function appraiseItem(ctx: Ctx, id: number, itemId: number, input: AppraiseItem) {
  return inTx(ctx, async (tx, c) => {
    const a = await loadAssessment(c, id, 'appraise', { lock: true, db: tx });
    checkVersion(input.version, a.version);
    const item = await itemOf(tx, id, itemId);
    const content = a.setContent as CriteriaContent;
    const criterion = flattenCriteria(content).find((x) => x.code === item.criterionCode)!;
    overMax('Điểm thẩm định', input.appraisedScore, criterion.maxPoints, 'appraisedScore');
    const self = item.selfScore === null ? null : Number(item.selfScore);
    if (
      criterion.scoredBy === 'self' &&
      needsReason(input.appraisedScore, self ?? 0) &&
      !input.comment.trim()
    )
      throw RuleViolation('Điểm thẩm định khác điểm đơn vị tự chấm: hãy ghi nhận xét.', undefined, [
        { path: 'comment', message: 'Cần ghi nhận xét thẩm định' },
      ]);
    const prev = {
      appraisedScore: item.appraisedScore === null ? null : Number(item.appraisedScore),
      comment: item.appraisalComment,
    };
    const next = { appraisedScore: input.appraisedScore, comment: input.comment };
    if (JSON.stringify(prev) === JSON.stringify(next)) return detailAfter(c, tx, id);
    await repo.updateItem(tx, item.id, {
      appraisedScore: input.appraisedScore,
      appraisalComment: input.comment,
    });
    const t = await totalsOf(tx, id, content);
    const v = await repo.updateAssessment(tx, id, a.version, {
      appraisedTotal: t.appraised,
      updatedAt: c.clock.now(),
      updatedBy: by(c),
    });
    if (v === null) throw staleAssessment();
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_assessment',
      entityId: id,
      unitId: a.unitId,
      action: 'scoring.assessment.appraise_item',
      before: { criterion: item.criterionCode, ...prev },
      after: { criterion: item.criterionCode, ...next },
    });
    return after;
  });
}
