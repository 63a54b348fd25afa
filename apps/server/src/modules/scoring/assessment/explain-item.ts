/** The unit's explanation of one criterion (scoring:draft, while appraised, within the window). */
import type { ExplainItem } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { by, checkVersion, itemOf, staleAssessment } from './assessment.checks.ts';
import { detailAfter, loadAssessment } from './read-assessment.ts';
import * as repo from './assessment.repository.ts';

export async function explainItem(ctx: Ctx, id: number, itemId: number, input: ExplainItem) {
  return inTx(ctx, async (tx, c) => {
    const a = await loadAssessment(c, id, 'explain', { lock: true, db: tx });
    checkVersion(input.version, a.version);
    const item = await itemOf(tx, id, itemId);
    if (item.explanation === input.explanation) return detailAfter(c, tx, id);
    await repo.updateItem(tx, item.id, { explanation: input.explanation });
    const v = await repo.updateAssessment(tx, id, a.version, { updatedAt: c.clock.now(), updatedBy: by(c) });
    if (v === null) throw staleAssessment();
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_assessment',
      entityId: id,
      unitId: a.unitId,
      action: 'scoring.assessment.explain_item',
      before: { criterion: item.criterionCode, explanation: item.explanation },
      after: { criterion: item.criterionCode, explanation: input.explanation },
    });
    return after;
  });
}
