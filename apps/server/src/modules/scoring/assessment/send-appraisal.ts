/**
 * Sending the appraisal to the unit (scoring:appraise): criteria the team did not adjust keep the
 * unit's score; the superior level's criteria must be scored. The explanation window opens: the unit
 * may explain (giải trình) until today + the round's explanation days.
 */
import { addDays, flattenCriteria, type CriteriaContent } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { RuleViolation } from '../../../core/errors.ts';
import { totalsOf } from '../shared/totals.ts';
import { by, checkVersion, staleAssessment } from './assessment.checks.ts';
import { detailAfter, loadAssessment } from './read-assessment.ts';
import * as repo from './assessment.repository.ts';

export async function sendAppraisal(ctx: Ctx, id: number, version: number) {
  return inTx(ctx, async (tx, c) => {
    const a = await loadAssessment(c, id, 'sendAppraisal', { lock: true, db: tx });
    checkVersion(version, a.version);
    const content = a.setContent as CriteriaContent;
    const superior = new Set(
      flattenCriteria(content)
        .filter((x) => x.scoredBy === 'superior')
        .map((x) => x.code),
    );
    const items = await repo.listItems(tx, id);
    const missing = items.filter((i) => superior.has(i.criterionCode) && i.appraisedScore === null);
    if (missing.length)
      throw RuleViolation(
        `Còn ${missing.length} tiêu chí do cấp trên chấm chưa có điểm (${missing.map((m) => m.criterionCode).join(', ')}).`,
        { missing: missing.length },
        missing.map((m) => ({ path: `items.${m.id}`, message: `Tiêu chí ${m.criterionCode} chưa chấm` })),
      );
    for (const i of items)
      if (i.appraisedScore === null) await repo.updateItem(tx, i.id, { appraisedScore: i.selfScore ?? 0 });
    const t = await totalsOf(tx, id, content);
    const now = c.clock.now();
    const explainUntil = addDays(today(c), a.explainDays);
    const v = await repo.updateAssessment(tx, id, a.version, {
      state: 'appraised',
      appraisedTotal: t.appraised,
      appraisedAt: now,
      explainUntil,
      updatedAt: now,
      updatedBy: by(c),
    });
    if (v === null) throw staleAssessment();
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_assessment',
      entityId: id,
      unitId: a.unitId,
      action: 'scoring.assessment.send_appraisal',
      before: { state: a.state },
      after: { state: 'appraised', appraisedTotal: t.appraised, explainUntil },
    });
    return after;
  });
}
