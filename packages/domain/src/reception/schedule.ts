/**
 * Reception schedules (lịch tiếp công dân): the days a schedule plans, and the checks of a schedule.
 * A schedule names weekdays ("thứ Ba, thứ Năm hằng tuần"), days of the month ("ngày 15 hằng tháng")
 * and listed dates; it is in force from a date (to a date).
 *
 * A weekday that falls on a day off (a holiday) has no session. A day of the month that falls on a
 * day off moves to the next working day, the way the units' reception rules (nội quy, quy chế tiếp
 * công dân) write it ("nếu trùng ngày nghỉ thì tiếp vào ngày làm việc tiếp theo"). A listed date is
 * kept as it is: it was chosen on purpose.
 */
import {
  addDays,
  daysInMonth,
  dayOfWeek,
  diffDays,
  isIsoDate,
  parseIsoDate,
  toIsoDate,
} from '../time/calendar.ts';
import { isWorkingDay, nextWorkingDayOnOrAfter, type HolidayCalendar } from '../time/working-days.ts';
import { ONLINE_RECEPTION_FROM } from './vocabulary.ts';

export interface ScheduleDays {
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: readonly number[];
  /** 1 … 31; a day past the month's end is its last day. */
  monthDays: readonly number[];
  /** Listed dates 'YYYY-MM-DD'. */
  dates: readonly string[];
  validFrom: string;
  validTo: string | null;
}

/** Longest span the sessions of a schedule are listed for at once. */
export const MAX_SESSION_SPAN_DAYS = 366;

/** The days from `from` to `to` (inclusive, ISO dates) on which the schedule has a session, sorted. */
export function scheduleDates(
  s: ScheduleDays,
  from: string,
  to: string,
  calendar: HolidayCalendar = [],
): string[] {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`Invalid dates ${from} – ${to}`);
  const lo = from > s.validFrom ? from : s.validFrom;
  const hi = s.validTo !== null && s.validTo < to ? s.validTo : to;
  if (lo > hi) return [];
  if (diffDays(hi, lo) > MAX_SESSION_SPAN_DAYS) throw new RangeError('Span too long');
  const out = new Set<string>();
  const weekdays = new Set(s.weekdays);
  if (weekdays.size)
    for (let d = lo; d <= hi; d = addDays(d, 1))
      if (weekdays.has(dayOfWeek(d)) && isWorkingDay(d, calendar)) out.add(d);
  if (s.monthDays.length) {
    // from the month before `lo`: its last day of the month may move into the span
    const start = parseIsoDate(addDays(`${lo.slice(0, 7)}-01`, -1));
    let y = start.year;
    let m = start.month;
    for (;;) {
      const monthStart = toIsoDate(y, m, 1);
      if (monthStart > hi) break;
      for (const md of s.monthDays) {
        const day = toIsoDate(y, m, Math.min(md, daysInMonth(y, m)));
        if (day < s.validFrom || (s.validTo !== null && day > s.validTo)) continue;
        const held = nextWorkingDayOnOrAfter(day, calendar);
        if (held >= lo && held <= hi) out.add(held);
      }
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
  }
  for (const d of s.dates) if (d >= lo && d <= hi) out.add(d);
  return [...out].sort();
}

export interface ScheduleProblem {
  path: string;
  message: string;
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks a schedule as a whole; an empty list when it is fine. Messages in Vietnamese. */
export function checkSchedule(s: {
  weekdays: readonly number[];
  monthDays: readonly number[];
  dates: readonly string[];
  startTime: string;
  endTime: string;
  validFrom: string;
  validTo: string | null;
  online: boolean;
  onlineLink: string;
  receiverName: string;
  receiverTitle: string;
  receiverUserId: number | null;
}): ScheduleProblem[] {
  const out: ScheduleProblem[] = [];
  if (!s.weekdays.length && !s.monthDays.length && !s.dates.length)
    out.push({
      path: 'weekdays',
      message: 'Phải chọn ít nhất một ngày tiếp: thứ trong tuần, ngày trong tháng hoặc ngày cụ thể',
    });
  if (!TIME_RE.test(s.startTime)) out.push({ path: 'startTime', message: 'Giờ bắt đầu phải có dạng HH:mm' });
  if (!TIME_RE.test(s.endTime)) out.push({ path: 'endTime', message: 'Giờ kết thúc phải có dạng HH:mm' });
  else if (TIME_RE.test(s.startTime) && s.endTime <= s.startTime)
    out.push({ path: 'endTime', message: 'Giờ kết thúc phải sau giờ bắt đầu' });
  if (s.validTo !== null && s.validTo < s.validFrom)
    out.push({ path: 'validTo', message: 'Ngày hết hiệu lực không được trước ngày bắt đầu áp dụng' });
  for (const d of s.dates)
    if (d < s.validFrom || (s.validTo !== null && d > s.validTo)) {
      out.push({ path: 'dates', message: 'Ngày tiếp cụ thể phải nằm trong thời gian áp dụng của lịch' });
      break;
    }
  if (s.online && !s.onlineLink.trim())
    out.push({
      path: 'onlineLink',
      message: 'Lịch có tiếp trực tuyến phải có đường dẫn phòng họp trực tuyến',
    });
  if (s.online && (s.validTo ?? '9999-12-31') < ONLINE_RECEPTION_FROM)
    out.push({ path: 'online', message: 'Tiếp công dân trực tuyến áp dụng từ ngày 01/07/2026' });
  if (!s.receiverName.trim() && !s.receiverTitle.trim() && s.receiverUserId === null)
    out.push({
      path: 'receiverName',
      message: 'Phải ghi người tiếp (chọn tài khoản hoặc ghi họ tên, chức vụ)',
    });
  return out;
}
