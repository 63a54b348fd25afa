/**
 * The unit records a result of its model (what was done, with figures) while it runs or after it is
 * evaluated or recognised. Under the model's row lock; the model's version moves on, so an edit made on
 * an older page is refused.
 */
import { CreateModelResult as Schema, type CreateModelResult } from '@danvan/contracts';
import { formatDateVi } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid, StateInvalid } from '../../../core/errors.ts';
import * as modelsRepo from '../model/model.repository.ts';
import { canModel } from '../model/model.policy.ts';
import { notAfterToday, staleModel } from '../model/model.checks.ts';
import { detailAfter, loadModel } from '../model/read-model.ts';
import * as repo from './result.repository.ts';

export async function addResult(ctx: Ctx, modelId: number, raw: CreateModelResult) {
  const input = Schema.parse(raw);
  return inTx(ctx, async (tx, c) => {
    const before = await loadModel(c, modelId, 'addResult', { lock: true, db: tx });
    if (!canModel(c.actor, 'addResult', before))
      throw StateInvalid('Chỉ ghi kết quả khi mô hình đã bắt đầu thực hiện và chưa dừng.');
    notAfterToday(c, input.reportedOn, 'reportedOn', 'Ngày báo cáo kết quả');
    if (before.startedOn && input.reportedOn < before.startedOn)
      throw Invalid(
        `Ngày báo cáo kết quả không được trước ngày bắt đầu thực hiện (${formatDateVi(before.startedOn)}).`,
        [{ path: 'reportedOn', message: 'Trước ngày bắt đầu thực hiện' }],
      );
    const now = c.clock.now();
    const row = await repo.insertResult(tx, {
      modelId,
      reportedOn: input.reportedOn,
      content: input.content,
      figures: input.figures,
      createdBy: c.actor?.system ? null : (c.actor?.userId ?? null),
      createdAt: now,
      updatedAt: now,
    });
    const v = await modelsRepo.updateModel(tx, modelId, before.version, { updatedAt: now });
    if (v === null) throw staleModel();
    await audit(tx, c, {
      entity: 'model_result',
      entityId: row.id,
      unitId: before.unitId,
      action: 'create',
      after: row,
    });
    return detailAfter(c, tx, modelId);
  });
}
