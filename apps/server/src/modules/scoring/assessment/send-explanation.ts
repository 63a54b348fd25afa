/** The head sends the unit's explanation (scoring:submit, own unit, within the window). */
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { RuleViolation } from '../../../core/errors.ts';
import { by, checkVersion, staleAssessment } from './assessment.checks.ts';
import { detailAfter, loadAssessment } from './read-assessment.ts';
import * as repo from './assessment.repository.ts';

export async function sendExplanation(ctx: Ctx, id: number, version: number) {
  return inTx(ctx, async (tx, c) => {
    const a = await loadAssessment(c, id, 'sendExplanation', { lock: true, db: tx });
    checkVersion(version, a.version);
    const items = await repo.listItems(tx, id);
    if (!items.some((i) => i.explanation.trim()))
      throw RuleViolation('Chưa có nội dung giải trình nào: hãy giải trình ít nhất một tiêu chí.');
    const now = c.clock.now();
    const v = await repo.updateAssessment(tx, id, a.version, {
      state: 'explained',
      explainedAt: now,
      updatedAt: now,
      updatedBy: by(c),
    });
    if (v === null) throw staleAssessment();
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_assessment',
      entityId: id,
      unitId: a.unitId,
      action: 'scoring.assessment.explain',
      before: { state: a.state },
      after: {
        state: 'explained',
        explanations: items.filter((i) => i.explanation.trim()).map((i) => i.criterionCode),
      },
    });
    return after;
  });
}
