/** A reception schedule as the API returns it. */
import type { ReceptionSchedule, ScheduleKind } from '@danvan/contracts';
import { addDays, scheduleDates, type HolidayCalendar } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { dateString } from '../shared/sql.ts';
import type { ScheduleView } from './schedule.repository.ts';
import { canScheduleFlags } from './schedule.policy.ts';

/** The schedule's days as the domain takes them. */
export function scheduleDays(s: ScheduleView) {
  return {
    weekdays: s.weekdays,
    monthDays: s.monthDays,
    dates: s.dates.map(dateString),
    validFrom: s.validFrom,
    validTo: s.validTo,
  };
}

/** The receiver's name: the one written, or the account's. */
export const receiverOf = (s: ScheduleView) => s.receiverName || s.receiverFullName || '';

export function presentSchedule(ctx: Ctx, s: ScheduleView, calendar: HolidayCalendar): ReceptionSchedule {
  const t = today(ctx);
  return {
    id: s.id,
    unitId: s.unitId,
    unitName: s.unitName,
    kind: s.kind as ScheduleKind,
    title: s.title,
    weekdays: s.weekdays,
    monthDays: s.monthDays,
    dates: s.dates.map(dateString).sort(),
    startTime: s.startTime,
    endTime: s.endTime,
    place: s.place,
    receiverUserId: s.receiverUserId,
    receiverName: receiverOf(s),
    receiverTitle: s.receiverTitle,
    headInPerson: s.headInPerson,
    online: s.online,
    onlineLink: s.onlineLink,
    published: s.published,
    validFrom: s.validFrom,
    validTo: s.validTo,
    note: s.note,
    nextDates: scheduleDates(scheduleDays(s), t, addDays(t, 120), calendar).slice(0, 3),
    version: s.version,
    isDemo: s.isDemo,
    can: canScheduleFlags(ctx.actor, s),
  };
}

/** The schedule as the audit trail keeps it: its own columns, not the joined unit's or account's. */
export function scheduleAuditRow(s: ScheduleView) {
  const { unitName: _n, unitPath: _p, receiverFullName: _r, ...own } = s;
  return own;
}
