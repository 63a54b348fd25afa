/**
 * Editing a model's registration while it is registered or running. The row is locked and the
 * version the user edited must still be the model's (409 otherwise).
 */
import type { UpdateModel } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid, StateInvalid } from '../../../core/errors.ts';
import { MODEL_STATE_LABELS, type ModelState } from '@danvan/domain';
import * as repo from './model.repository.ts';
import { canModel } from './model.policy.ts';
import { checkSubject, notAfterToday, staleModel } from './model.checks.ts';
import { registrationOf } from './model.present.ts';
import { detailAfter, loadModel } from './read-model.ts';

export async function updateModel(ctx: Ctx, id: number, input: UpdateModel) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadModel(c, id, 'update', { lock: true, db: tx });
    const { expectedVersion, registration, ...fields } = input;
    if (expectedVersion !== before.version) throw staleModel();
    if (!canModel(c.actor, 'update', before))
      throw StateInvalid(
        `Mô hình đang ở trạng thái “${MODEL_STATE_LABELS[before.state as ModelState].vi}”: nội dung đăng ký không sửa được nữa.`,
      );
    if (fields.registeredOn) notAfterToday(c, fields.registeredOn, 'registeredOn', 'Ngày đăng ký');
    const startOn = fields.startOn !== undefined ? fields.startOn : before.startOn;
    const endOn = fields.endOn !== undefined ? fields.endOn : before.endOn;
    if (startOn && endOn && startOn > endOn)
      throw Invalid('Ngày kết thúc dự kiến phải sau hoặc bằng ngày bắt đầu.', [
        { path: 'endOn', message: 'Ngày kết thúc trước ngày bắt đầu' },
      ]);
    const subject = fields.subject ?? before.subject;
    const personName = fields.personName ?? before.personName;
    checkSubject(subject, personName);
    const nextRegistration = registration
      ? {
          ...registrationOf(before.registration),
          ...Object.fromEntries(Object.entries(registration).filter(([, v]) => v !== undefined)),
        }
      : undefined;
    const changed: Record<string, unknown> = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== undefined && before[k as keyof typeof before] !== v),
    );
    if (subject === 'collective' && before.personName) changed.personName = '';
    if (
      nextRegistration &&
      JSON.stringify(nextRegistration) !== JSON.stringify(registrationOf(before.registration))
    )
      changed.registration = nextRegistration;
    // nothing differs: no new version, no audit row
    if (!Object.keys(changed).length) return detailAfter(c, tx, id);
    const v = await repo.updateModel(tx, id, before.version, {
      ...changed,
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleModel();
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'model',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}
