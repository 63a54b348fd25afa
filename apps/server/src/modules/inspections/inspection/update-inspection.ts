/** Correcting an inspection (team, findings, publicity…), on the version the user edited (409 otherwise). */
import type { UpdateInspection } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid, StateInvalid } from '../../../core/errors.ts';
import * as repo from './inspection.repository.ts';
import { notAfterToday } from './inspection.checks.ts';
import { auditInspection, presentInspectionDetail } from './inspection.present.ts';
import { loadInspection, staleInspection } from './read-inspection.ts';

export async function updateInspection(ctx: Ctx, id: number, input: UpdateInspection) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadInspection(c, id, 'update', { lock: true, db: tx });
    const { expectedVersion, ...fields } = input;
    if (expectedVersion !== before.version) throw staleInspection();
    notAfterToday(c, fields.startOn, 'startOn', 'Ngày bắt đầu');
    const startOn = fields.startOn ?? before.startOn;
    const endOn = fields.endOn === undefined ? before.endOn : fields.endOn;
    if (endOn && startOn > endOn)
      throw Invalid('Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', [
        { path: 'endOn', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' },
      ]);
    if (fields.isPublic && before.state !== 'concluded')
      throw StateInvalid('Chỉ công khai kết quả của cuộc thanh tra, kiểm tra đã có kết luận.');
    const changed = Object.fromEntries(
      Object.entries(fields).filter(
        ([k, v]) => v !== undefined && JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(v),
      ),
    );
    if (!Object.keys(changed).length) return presentInspectionDetail(c, tx, before);
    const v = await repo.updateInspection(tx, id, before.version, {
      ...changed,
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleInspection();
    const after = (await repo.getInspection(tx, id, today(c)))!;
    await audit(tx, c, {
      entity: 'inspection',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before: auditInspection(before),
      after: auditInspection(after),
    });
    return presentInspectionDetail(c, tx, after);
  });
}
