/** The head submits the self-assessment (scoring:submit, own unit): every self-scored criterion scored. */
import { flattenCriteria, type CriteriaContent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { RuleViolation } from '../../../core/errors.ts';
import { by, checkVersion, staleAssessment } from './assessment.checks.ts';
import { detailAfter, loadAssessment } from './read-assessment.ts';
import * as repo from './assessment.repository.ts';

export async function submitAssessment(ctx: Ctx, id: number, version: number) {
  return inTx(ctx, async (tx, c) => {
    const a = await loadAssessment(c, id, 'submit', { lock: true, db: tx });
    checkVersion(version, a.version);
    const content = a.setContent as CriteriaContent;
    const selfCodes = new Set(
      flattenCriteria(content)
        .filter((x) => x.scoredBy === 'self' && x.kind === 'score')
        .map((x) => x.code),
    );
    const missing = (await repo.listItems(tx, id)).filter(
      (i) => selfCodes.has(i.criterionCode) && i.selfScore === null,
    );
    if (missing.length)
      throw RuleViolation(
        `Còn ${missing.length} tiêu chí chưa tự chấm (${missing.map((m) => m.criterionCode).join(', ')}).`,
        { missing: missing.length },
        missing.map((m) => ({ path: `items.${m.id}`, message: `Tiêu chí ${m.criterionCode} chưa tự chấm` })),
      );
    const now = c.clock.now();
    const v = await repo.updateAssessment(tx, id, a.version, {
      state: 'submitted',
      submittedAt: now,
      submittedBy: by(c),
      updatedAt: now,
      updatedBy: by(c),
    });
    if (v === null) throw staleAssessment();
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_assessment',
      entityId: id,
      unitId: a.unitId,
      action: 'scoring.assessment.submit',
      before: { state: a.state },
      after: { state: 'submitted', selfTotal: after.selfTotal, late: after.late },
    });
    return after;
  });
}
