/** Editing a reception schedule: checked as a whole, written only at the version it was loaded at. */
import type { UpdateReceptionSchedule } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict } from '../../../core/errors.ts';
import { workingCalendar } from '../../legal/index.ts';
import * as repo from './schedule.repository.ts';
import { authorizeSchedule } from './schedule.policy.ts';
import { assertScheduleValid, uniqueSorted } from './schedule.checks.ts';
import { presentSchedule, scheduleDays, scheduleAuditRow } from './schedule.present.ts';
import { loadSchedule } from './read-schedule.ts';

export const staleSchedule = () =>
  Conflict('Lịch tiếp công dân vừa được người khác thay đổi. Vui lòng tải lại trang rồi thử lại.');

export async function updateSchedule(ctx: Ctx, id: number, input: UpdateReceptionSchedule) {
  const calendar = await workingCalendar(ctx);
  return inTx(ctx, async (tx, c) => {
    const before = await loadSchedule(c, id);
    authorizeSchedule(c, 'update', before);
    const { expectedVersion, ...fields } = input;
    if (expectedVersion !== undefined && expectedVersion !== before.version) throw staleSchedule();
    const days = scheduleDays(before);
    const merged = {
      weekdays: uniqueSorted(fields.weekdays ?? days.weekdays),
      monthDays: uniqueSorted(fields.monthDays ?? days.monthDays),
      dates: uniqueSorted(fields.dates ?? days.dates),
      startTime: fields.startTime ?? before.startTime,
      endTime: fields.endTime ?? before.endTime,
      validFrom: fields.validFrom ?? before.validFrom,
      validTo: fields.validTo === undefined ? before.validTo : fields.validTo,
      online: fields.online ?? before.online,
      onlineLink: fields.onlineLink ?? before.onlineLink,
      receiverName: fields.receiverName ?? before.receiverName,
      receiverTitle: fields.receiverTitle ?? before.receiverTitle,
      receiverUserId: fields.receiverUserId === undefined ? before.receiverUserId : fields.receiverUserId,
    };
    await assertScheduleValid(tx, merged);
    const ok = await repo.updateSchedule(tx, id, before.version, {
      ...fields,
      ...merged,
      updatedAt: c.clock.now(),
    });
    if (!ok) throw staleSchedule();
    const after = (await repo.getSchedule(tx, id))!;
    await audit(tx, c, {
      entity: 'reception_schedule',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before: scheduleAuditRow(before),
      after: scheduleAuditRow(after),
    });
    return presentSchedule(c, after, calendar);
  });
}
