/** Recording a violation of conduct found by an inspection (under the inspection's row lock). */
import { CreateViolation as Schema, type CreateViolation } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import * as repo from './violation.repository.ts';
import { auditViolation } from './violation.present.ts';
import { notAfterToday } from '../inspection/inspection.checks.ts';
import { presentInspectionDetail } from '../inspection/inspection.present.ts';
import * as inspectionsRepo from '../inspection/inspection.repository.ts';
import { loadInspection } from '../inspection/read-inspection.ts';

export async function createViolation(ctx: Ctx, inspectionId: number, raw: CreateViolation) {
  const input = Schema.parse(raw);
  return inTx(ctx, async (tx, c) => {
    const inspection = await loadInspection(c, inspectionId, 'addViolation', { lock: true, db: tx });
    notAfterToday(c, input.sanctionOn, 'sanctionOn', 'Ngày quyết định xử lý');
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const id = await repo.insertViolation(tx, {
      ...input,
      inspectionId,
      createdBy: by,
      updatedBy: by,
      createdAt: now,
      updatedAt: now,
    });
    const after = (await repo.getViolation(tx, id))!;
    await audit(tx, c, {
      entity: 'inspection_violation',
      entityId: id,
      unitId: inspection.unitId,
      action: 'create',
      after: auditViolation(after),
    });
    return presentInspectionDetail(c, tx, (await inspectionsRepo.getInspection(tx, inspectionId, today(c)))!);
  });
}
