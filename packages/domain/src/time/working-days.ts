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
  /** "Cần kiểm tra": not confirmed by an official notice yet. */
  needsCheck?: boolean;
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

// The seed of the Vietnamese calendar (2025–2027) lives in legal/holidays.ts; the server keeps it as data.
