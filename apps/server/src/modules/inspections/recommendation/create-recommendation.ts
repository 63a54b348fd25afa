/** Recording a recommendation of an inspection, to be tracked to completion. */
import { CreateRecommendation as Schema, type CreateRecommendation } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';
import * as repo from './recommendation.repository.ts';
import { sameTree } from '../inspection/inspection.checks.ts';
import { presentInspectionDetail } from '../inspection/inspection.present.ts';
import * as inspectionsRepo from '../inspection/inspection.repository.ts';
import { loadInspection } from '../inspection/read-inspection.ts';

export async function createRecommendation(ctx: Ctx, inspectionId: number, raw: CreateRecommendation) {
  const input = Schema.parse(raw);
  return inTx(ctx, async (tx, c) => {
    const inspection = await loadInspection(c, inspectionId, 'addRecommendation', { lock: true, db: tx });
    const unitId = input.responsibleUnitId ?? inspection.unitId;
    const unit = await org.getUnitById(c, unitId);
    if (!unit || !sameTree(unit, { path: inspection.unitPath }))
      throw Invalid('Đơn vị thực hiện kiến nghị không thuộc cùng tỉnh.', [
        { path: 'responsibleUnitId', message: 'Đơn vị thực hiện không hợp lệ' },
      ]);
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const id = await repo.insertRecommendation(tx, {
      inspectionId,
      content: input.content,
      responsibleUnitId: unitId,
      dueOn: input.dueOn,
      createdBy: by,
      updatedBy: by,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, c, {
      entity: 'inspection_recommendation',
      entityId: id,
      unitId: inspection.unitId,
      action: 'create',
      after: await repo.getRecommendation(tx, id),
    });
    return presentInspectionDetail(c, tx, (await inspectionsRepo.getInspection(tx, inspectionId, today(c)))!);
  });
}
