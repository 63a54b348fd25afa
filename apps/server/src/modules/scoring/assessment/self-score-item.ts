/**
 * The unit's score of one criterion, with its reason and evidence links (scoring:draft, while a
 * draft). A score that departs from the proposal from live data needs a reason; a criterion scored
 * by the superior level is not the unit's to score.
 */
import type { EvidenceLink, Proposal, SelfScoreItem } from '@danvan/contracts';
import { flattenCriteria, needsReason, type CriteriaContent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { RuleViolation } from '../../../core/errors.ts';
import { totalsOf } from '../shared/totals.ts';
import { by, checkVersion, itemOf, overMax, staleAssessment } from './assessment.checks.ts';
import { detailAfter, loadAssessment } from './read-assessment.ts';
import * as repo from './assessment.repository.ts';

export async function selfScoreItem(ctx: Ctx, id: number, itemId: number, input: SelfScoreItem) {
  return inTx(ctx, async (tx, c) => {
    const a = await loadAssessment(c, id, 'draft', { lock: true, db: tx });
    checkVersion(input.version, a.version);
    const item = await itemOf(tx, id, itemId);
    const content = a.setContent as CriteriaContent;
    const criterion = flattenCriteria(content).find((x) => x.code === item.criterionCode)!;
    if (criterion.scoredBy === 'superior' && input.selfScore !== undefined && input.selfScore !== null)
      throw RuleViolation('Tiêu chí này do cấp trên chấm: đơn vị không tự chấm.', undefined, [
        { path: 'selfScore', message: 'Tiêu chí do cấp trên chấm' },
      ]);
    const selfScore =
      input.selfScore !== undefined
        ? input.selfScore
        : item.selfScore === null
          ? null
          : Number(item.selfScore);
    if (selfScore !== null) overMax('Điểm tự chấm', selfScore, criterion.maxPoints, 'selfScore');
    const selfReason = input.selfReason ?? item.selfReason;
    const proposal = item.proposal as Proposal | null;
    if (needsReason(selfScore, proposal?.score ?? null) && !selfReason.trim())
      throw RuleViolation('Điểm tự chấm khác điểm đề xuất từ số liệu: hãy nêu lý do điều chỉnh.', undefined, [
        { path: 'selfReason', message: 'Cần nêu lý do điều chỉnh' },
      ]);
    const evidenceLinks = (input.evidenceLinks ?? (item.evidenceLinks as EvidenceLink[])) as EvidenceLink[];
    const next = { selfScore, selfReason, evidenceLinks };
    const prev = {
      selfScore: item.selfScore === null ? null : Number(item.selfScore),
      selfReason: item.selfReason,
      evidenceLinks: item.evidenceLinks,
    };
    if (JSON.stringify(next) === JSON.stringify(prev)) return detailAfter(c, tx, id);
    await repo.updateItem(tx, item.id, next);
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
      action: 'scoring.assessment.self_score',
      before: { criterion: item.criterionCode, ...prev },
      after: { criterion: item.criterionCode, ...next },
    });
    return after;
  });
}
