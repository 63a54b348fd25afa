/**
 * Following a recommendation to completion: its state (open → in progress → done), the day it was
 * done and the evidence (domain recommendationChangeProblem), on the version the user saw (row lock
 * and version condition: of two updates at once one wins, the other gets 409).
 */
import type { UpdateRecommendation } from '@danvan/contracts';
import { recommendationChangeProblem, type RecommendationState } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, NotFound, RuleViolation } from '../../../core/errors.ts';
import * as repo from './recommendation.repository.ts';
import { presentInspectionDetail } from '../inspection/inspection.present.ts';
import * as inspectionsRepo from '../inspection/inspection.repository.ts';
import { loadInspection } from '../inspection/read-inspection.ts';

const stale = () => Conflict('Kiến nghị này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

export async function updateRecommendation(ctx: Ctx, id: number, input: UpdateRecommendation) {
  return inTx(ctx, async (tx, c) => {
    const found = await repo.getRecommendation(tx, id);
    if (!found) throw NotFound('Kiến nghị');
    const inspection = await loadInspection(c, found.inspectionId, 'addRecommendation', { db: tx });
    const before = (await repo.getRecommendation(tx, id, { lock: true }))!;
    const { expectedVersion, ...fields } = input;
    if (expectedVersion !== before.version) throw stale();
    const state = (fields.state ?? before.state) as RecommendationState;
    const next = {
      state,
      doneOn: state === 'done' ? (fields.doneOn === undefined ? before.doneOn : fields.doneOn) : null,
      evidence: fields.evidence ?? before.evidence,
    };
    const problem = recommendationChangeProblem(next, today(c));
    if (problem) throw RuleViolation(problem);
    const values = { ...fields, ...next };
    const changed = Object.fromEntries(
      Object.entries(values).filter(([k, v]) => v !== undefined && before[k as keyof typeof before] !== v),
    );
    if (Object.keys(changed).length) {
      const v = await repo.updateRecommendation(tx, id, before.version, {
        ...changed,
        updatedAt: c.clock.now(),
        updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
      });
      if (v === null) throw stale();
      await audit(tx, c, {
        entity: 'inspection_recommendation',
        entityId: id,
        unitId: inspection.unitId,
        action: state === 'done' && before.state !== 'done' ? 'complete' : 'update',
        before,
        after: await repo.getRecommendation(tx, id),
      });
    }
    return presentInspectionDetail(
      c,
      tx,
      (await inspectionsRepo.getInspection(tx, inspection.id, today(c)))!,
    );
  });
}
