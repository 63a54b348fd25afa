/**
 * Working days of state bodies: Monday to Friday, minus public holidays and days off that the
 * Government moves (hoán đổi), plus the Saturdays worked in exchange (ngày làm bù).
 *
 * A holiday calendar is data, not code: a list of dated entries with a name and, where known, the
 * legal basis. An entry marked `workday: true` is a make-up working day (usually a Saturday).
 */
import { addDays, assertIsoDate, compareIsoDate, dayOfWeek, toEpochDay } from './calendar.ts';

/** One dated entry of a holiday calendar. */
export interface CalendarDay {
  /** The date, 'YYYY-MM-DD'. */
  date: string;
  /** Vietnamese name, e.g. 'Tết Dương lịch'. */
  name: string;
  /** True for a make-up working day (ngày làm bù), which is worked even if it is a weekend. */
  workday?: boolean;
  /** Legal basis or source of the entry. */
  basis?: string;
}

/** A holiday calendar: non-working days (and make-up working days) as data. */
export type HolidayCalendar = readonly CalendarDay[];

interface CalendarIndex {
  offDays: ReadonlySet<string>;
  makeUpDays: ReadonlySet<string>;
}

const indexCache = new WeakMap<HolidayCalendar, CalendarIndex>();

function indexOf(holidays: HolidayCalendar): CalendarIndex {
  const cached = indexCache.get(holidays);
  if (cached) return cached;
  const offDays = new Set<string>();
  const makeUpDays = new Set<string>();
  for (const entry of holidays) {
    assertIsoDate(entry.date, `holiday date (${entry.name})`);
    (entry.workday ? makeUpDays : offDays).add(entry.date);
  }
  const index = { offDays, makeUpDays };
  // Only frozen calendars are cached: a mutable array could change between calls.
  if (Object.isFrozen(holidays)) indexCache.set(holidays, index);
  return index;
}

/** True when state bodies work that day: Mon–Fri and not a holiday, or a make-up working day. */
export function isWorkingDay(iso: string, holidays: HolidayCalendar = []): boolean {
  return isWorkingDayIn(iso, indexOf(holidays));
}

function isWorkingDayIn(iso: string, index: CalendarIndex): boolean {
  assertIsoDate(iso);
  if (index.makeUpDays.has(iso)) return true;
  if (index.offDays.has(iso)) return false;
  const weekday = dayOfWeek(iso);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `n` working days after `iso` (before it when n < 0); the start day itself is not counted,
 * so "within 10 working days of receipt" ends on `addWorkingDays(receivedOn, 10, holidays)`.
 * With n = 0 the date is returned unchanged.
 */
export function addWorkingDays(iso: string, n: number, holidays: HolidayCalendar = []): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working day count must be an integer, got ${n}`);
  assertIsoDate(iso);
  const index = indexOf(holidays);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = iso;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDayIn(current, index)) remaining -= 1;
  }
  return current;
}

/**
 * Working days in the interval (from, to]: `from` is excluded and `to` included, so that
 * `countWorkingDays(d, addWorkingDays(d, n)) === n` for n ≥ 0 (and for n < 0 when d is a working day).
 * When `to` is before `from` the result is minus the count of (to, from].
 */
export function countWorkingDays(from: string, to: string, holidays: HolidayCalendar = []): number {
  const order = compareIsoDate(from, to);
  if (order === 0) return 0;
  if (order > 0) return 0 - countWorkingDays(to, from, holidays) || 0; // no -0
  const index = indexOf(holidays);
  let count = 0;
  const days = toEpochDay(to) - toEpochDay(from);
  let current = from;
  for (let i = 0; i < days; i += 1) {
    current = addDays(current, 1);
    if (isWorkingDayIn(current, index)) count += 1;
  }
  return count;
}

/** The first working day on or after `iso` (a deadline that falls on a day off moves to the next working day). */
export function nextWorkingDayOnOrAfter(iso: string, holidays: HolidayCalendar = []): string {
  const index = indexOf(holidays);
  let current = iso;
  while (!isWorkingDayIn(current, index)) current = addDays(current, 1);
  return current;
}

/** The entries of a holiday calendar that fall in a given year, sorted by date. */
export function holidaysInYear(year: number, holidays: HolidayCalendar): CalendarDay[] {
  const prefix = `${String(year).padStart(4, '0')}-`;
  return holidays.filter((h) => h.date.startsWith(prefix)).sort((a, b) => compareIsoDate(a.date, b.date));
}

const LABOUR_CODE = 'Bộ luật Lao động 2019, Điều 112';
const LABOUR_CODE_SUBSTITUTE =
  'Bộ luật Lao động 2019, Điều 112 khoản 3 (nghỉ bù khi trùng ngày nghỉ hằng tuần)';
const SWAP_2025 = 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 (lịch nghỉ Tết và các dịp lễ năm 2025)';
const NOTICE_2026 = 'Thông báo lịch nghỉ năm 2026 của Bộ Nội vụ theo ý kiến của Thủ tướng Chính phủ';
const PROVISIONAL_2027 = 'Dự kiến theo Bộ luật Lao động 2019, Điều 112; chưa có thông báo chính thức';

function day(date: string, name: string, basis: string, workday?: true): CalendarDay {
  return Object.freeze(workday ? { date, name, workday, basis } : { date, name, basis });
}

/**
 * Public holidays and days off of state bodies in Vietnam, 2025–2027 (weekdays that are not worked,
 * holidays that fall on a weekend, and make-up working days). 2025 and 2026 follow the official
 * announcements; 2027 applies the Labour Code rules (lunar New Year's Eve to the 4th day, substitute
 * days for holidays on a weekend) until the Government announces its schedule.
 */
export const VN_PUBLIC_HOLIDAYS_2025_2027: HolidayCalendar = Object.freeze([
  // 2025
  day('2025-01-01', 'Tết Dương lịch', LABOUR_CODE),
  day('2025-01-27', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', SWAP_2025),
  day('2025-01-28', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp, giao thừa)', SWAP_2025),
  day('2025-01-29', 'Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)', SWAP_2025),
  day('2025-01-30', 'Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)', SWAP_2025),
  day('2025-01-31', 'Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)', SWAP_2025),
  day('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', LABOUR_CODE),
  day('2025-04-26', 'Làm bù cho ngày 02/5/2025', SWAP_2025, true),
  day('2025-04-30', 'Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)', LABOUR_CODE),
  day('2025-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE),
  day('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', SWAP_2025),
  day('2025-09-01', 'Quốc khánh (ngày liền kề)', LABOUR_CODE),
  day('2025-09-02', 'Quốc khánh', LABOUR_CODE),
  // 2026
  day('2026-01-01', 'Tết Dương lịch', LABOUR_CODE),
  day('2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', NOTICE_2026),
  day('2026-01-10', 'Làm bù cho ngày 02/01/2026', NOTICE_2026, true),
  day('2026-02-16', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp, giao thừa)', NOTICE_2026),
  day('2026-02-17', 'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)', NOTICE_2026),
  day('2026-02-18', 'Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)', NOTICE_2026),
  day('2026-02-19', 'Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)', NOTICE_2026),
  day('2026-02-20', 'Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)', NOTICE_2026),
  day('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', LABOUR_CODE),
  day('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)', LABOUR_CODE_SUBSTITUTE),
  day('2026-04-30', 'Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)', LABOUR_CODE),
  day('2026-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE),
  day('2026-09-01', 'Quốc khánh (ngày liền kề)', NOTICE_2026),
  day('2026-09-02', 'Quốc khánh', LABOUR_CODE),
  // 2027 (provisional)
  day('2027-01-01', 'Tết Dương lịch', LABOUR_CODE),
  day('2027-02-05', 'Tết Nguyên đán Đinh Mùi (29 tháng Chạp, giao thừa)', PROVISIONAL_2027),
  day('2027-02-06', 'Tết Nguyên đán Đinh Mùi (mùng 1 tháng Giêng)', PROVISIONAL_2027),
  day('2027-02-07', 'Tết Nguyên đán Đinh Mùi (mùng 2 tháng Giêng)', PROVISIONAL_2027),
  day('2027-02-08', 'Tết Nguyên đán Đinh Mùi (mùng 3 tháng Giêng)', PROVISIONAL_2027),
  day('2027-02-09', 'Tết Nguyên đán Đinh Mùi (mùng 4 tháng Giêng)', PROVISIONAL_2027),
  day('2027-02-10', 'Nghỉ bù Tết Nguyên đán (mùng 1 trùng thứ Bảy)', PROVISIONAL_2027),
  day('2027-02-11', 'Nghỉ bù Tết Nguyên đán (mùng 2 trùng Chủ nhật)', PROVISIONAL_2027),
  day('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', LABOUR_CODE),
  day('2027-04-30', 'Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)', LABOUR_CODE),
  day('2027-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE),
  day('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (trùng thứ Bảy)', LABOUR_CODE_SUBSTITUTE),
  day('2027-09-02', 'Quốc khánh', LABOUR_CODE),
  day('2027-09-03', 'Quốc khánh (ngày liền kề)', PROVISIONAL_2027),
]);
