/**
 * Concluding an inspection (kết luận thanh tra, kiểm tra): number, date, text, signer; optionally
 * marking its result public (the portal shows the public summary, never a person's data). Only an
 * ongoing inspection, on the version the user saw.
 */
import { ConcludeInspection as Schema, type ConcludeInspection } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid, StateInvalid } from '../../../core/errors.ts';
import * as repo from './inspection.repository.ts';
import { notAfterToday } from './inspection.checks.ts';
import { auditInspection, presentInspectionDetail } from './inspection.present.ts';
import { loadInspection, staleInspection } from './read-inspection.ts';

export async function concludeInspection(ctx: Ctx, id: number, raw: ConcludeInspection) {
  const input = Schema.parse(raw);
  return inTx(ctx, async (tx, c) => {
    const before = await loadInspection(c, id, 'conclude', { lock: true, db: tx });
    if (input.expectedVersion !== before.version) throw staleInspection();
    if (before.state !== 'ongoing') throw StateInvalid('Cuộc thanh tra, kiểm tra này đã có kết luận.');
    notAfterToday(c, input.conclusionDate, 'conclusionDate', 'Ngày kết luận');
    if (input.conclusionDate < before.startOn)
      throw Invalid('Ngày kết luận không được trước ngày bắt đầu.', [
        { path: 'conclusionDate', message: 'Ngày kết luận không được trước ngày bắt đầu' },
      ]);
    const endOn = input.endOn ?? before.endOn ?? input.conclusionDate;
    if (endOn < before.startOn)
      throw Invalid('Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', [
        { path: 'endOn', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' },
      ]);
    if (input.isPublic && !input.publicSummary.trim())
      throw Invalid('Kết quả công khai cần có tóm tắt công khai (không có thông tin cá nhân).', [
        { path: 'publicSummary', message: 'Cần tóm tắt công khai' },
      ]);
    const { expectedVersion: _v, ...fields } = input;
    void _v;
    const v = await repo.updateInspection(tx, id, before.version, {
      ...fields,
      endOn,
      state: 'concluded',
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleInspection();
    const after = (await repo.getInspection(tx, id, today(c)))!;
    await audit(tx, c, {
      entity: 'inspection',
      entityId: id,
      unitId: before.unitId,
      action: 'conclude',
      before: auditInspection(before),
      after: auditInspection(after),
    });
    return presentInspectionDetail(c, tx, after);
  });
}
