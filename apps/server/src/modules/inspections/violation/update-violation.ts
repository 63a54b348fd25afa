/** Correcting a violation (the sanction decided later…), on the version the user edited (409 otherwise). */
import type { UpdateViolation } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, NotFound } from '../../../core/errors.ts';
import * as repo from './violation.repository.ts';
import { auditViolation } from './violation.present.ts';
import { notAfterToday } from '../inspection/inspection.checks.ts';
import { presentInspectionDetail } from '../inspection/inspection.present.ts';
import * as inspectionsRepo from '../inspection/inspection.repository.ts';
import { loadInspection } from '../inspection/read-inspection.ts';

const stale = () => Conflict('Vi phạm này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

export async function updateViolation(ctx: Ctx, id: number, input: UpdateViolation) {
  return inTx(ctx, async (tx, c) => {
    const found = await repo.getViolation(tx, id);
    if (!found) throw NotFound('Vi phạm');
    const inspection = await loadInspection(c, found.inspectionId, 'addViolation', { db: tx });
    const before = (await repo.getViolation(tx, id, { lock: true }))!;
    const { expectedVersion, ...fields } = input;
    if (expectedVersion !== before.version) throw stale();
    notAfterToday(c, fields.sanctionOn, 'sanctionOn', 'Ngày quyết định xử lý');
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== undefined && before[k as keyof typeof before] !== v),
    );
    if (Object.keys(changed).length) {
      const v = await repo.updateViolation(tx, id, before.version, {
        ...changed,
        updatedAt: c.clock.now(),
        updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
      });
      if (v === null) throw stale();
      const after = (await repo.getViolation(tx, id))!;
      await audit(tx, c, {
        entity: 'inspection_violation',
        entityId: id,
        unitId: inspection.unitId,
        action: 'update',
        before: auditViolation(before),
        after: auditViolation(after),
      });
    }
    return presentInspectionDetail(
      c,
      tx,
      (await inspectionsRepo.getInspection(tx, inspection.id, today(c)))!,
    );
  });
}
