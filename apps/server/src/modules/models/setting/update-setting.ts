/** The coordinator changes a rule value (within its bounds), with the version it saw (409 otherwise). */
import type { UpdateModelSetting } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, Invalid, NotFound } from '../../../core/errors.ts';
import { authorizeReferenceChange } from '../shared/reference.policy.ts';
import * as repo from './setting.repository.ts';
import { presentSetting } from './read-settings.ts';

export async function updateSetting(ctx: Ctx, id: number, input: UpdateModelSetting) {
  authorizeReferenceChange(ctx);
  return inTx(ctx, async (tx, c) => {
    const before = await repo.getSetting(tx, id);
    if (!before) throw NotFound('Định mức');
    if (input.value < before.minValue || input.value > before.maxValue)
      throw Invalid(`“${before.name}” phải từ ${before.minValue} đến ${before.maxValue}.`, [
        { path: 'value', message: `Từ ${before.minValue} đến ${before.maxValue}` },
      ]);
    const after = await repo.updateSetting(tx, id, input.expectedVersion, {
      value: input.value,
      ...(input.basis ? { basis: input.basis, needsCheck: false } : {}),
    });
    if (!after) throw Conflict('Định mức vừa được người khác sửa. Vui lòng tải lại trước khi lưu.');
    await audit(tx, c, { entity: 'model_setting', entityId: id, action: 'update', before, after });
    return presentSetting(c, after);
  });
}
