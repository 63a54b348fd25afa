/**
 * Calendar dates as plain ISO strings ('YYYY-MM-DD') and the Vietnamese time zone.
 *
 * Calendar arithmetic is done on integer day numbers (days since 1970-01-01), never on `Date`
 * objects in the local time zone, so the results do not depend on the machine's TZ setting.
 */

/** The IANA time zone of Vietnam. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Vietnam is UTC+7 all year round (no daylight saving time). */
export const VN_UTC_OFFSET_MINUTES = 7 * 60;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const VN_OFFSET_MS = VN_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VI_DATE_RE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/** The year, month (1–12) and day (1–31) of a calendar date. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Day of the week: 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** True for Gregorian leap years (divisible by 4, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  assertYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid month: ${month}`);
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the value is a string 'YYYY-MM-DD' naming a real calendar date (years 0001–9999). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws a RangeError unless the value is a valid ISO calendar date. */
export function assertIsoDate(value: unknown, label = 'date'): asserts value is string {
  if (!isIsoDate(value)) {
    throw new RangeError(`Invalid ${label}: expected 'YYYY-MM-DD', got ${JSON.stringify(value)}`);
  }
}

/** Splits a valid ISO date into year, month and day; throws a RangeError on invalid input. */
export function parseIsoDate(iso: string): DateParts {
  assertIsoDate(iso);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Builds an ISO date from its parts; throws a RangeError when the date does not exist. */
export function toIsoDate(year: number, month: number, day: number): string {
  assertYear(year);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Invalid date: ${year}-${month}-${day}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The ISO date of the last day of a month (1–12). */
export function lastDayOfMonth(year: number, month: number): string {
  return toIsoDate(year, month, daysInMonth(year, month));
}

/** Days since 1970-01-01 (negative before); the inverse of `fromEpochDay`. */
export function toEpochDay(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  // Howard Hinnant's days_from_civil algorithm.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The ISO date that is `epochDay` days after 1970-01-01; the inverse of `toEpochDay`. */
export function fromEpochDay(epochDay: number): string {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Invalid day number: ${epochDay}`);
  // Howard Hinnant's civil_from_days algorithm.
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return toIsoDate(year, month, day);
}

/** Day of the week of an ISO date: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: string): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(iso) + 4) % 7) + 7) % 7) as Weekday;
}

/** The date `n` calendar days after `iso` (before it when n is negative). */
export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Day count must be an integer, got ${n}`);
  return fromEpochDay(toEpochDay(iso) + n);
}

/** Calendar days from `b` to `a` (a − b): positive when a is later, like date-fns differenceInCalendarDays. */
export function diffDays(a: string, b: string): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** Sort comparator for ISO dates: −1 when a is earlier, 0 when equal, 1 when later. */
export function compareIsoDate(a: string, b: string): -1 | 0 | 1 {
  assertIsoDate(a);
  assertIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date `n` months after `iso`, with the day clamped to the target month's length (31/1 + 1 → 28/2). */
export function addMonths(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Month count must be an integer, got ${n}`);
  const { year, month, day } = parseIsoDate(iso);
  const index = year * 12 + (month - 1) + n;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return toIsoDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** The calendar date in Vietnam (UTC+7) at the given instant, as 'YYYY-MM-DD'. */
export function todayInVietnam(now: Date): string {
  return fromEpochDay(vietnamEpochDay(toInstant(now).getTime()));
}

/** The day in Vietnam of an instant (epoch milliseconds), as whole days since 1970-01-01. */
export function vietnamEpochDay(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
}

/** Formats an ISO date, or an instant (Date or ISO timestamp) in Vietnam time, as 'dd/MM/yyyy'. */
export function formatDateVi(value: string | Date): string {
  const iso = typeof value === 'string' && ISO_DATE_RE.test(value) ? value : todayInVietnam(toInstant(value));
  const { year, month, day } = parseIsoDate(iso);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

/** Formats an instant in Vietnam time as 'dd/MM/yyyy HH:mm' (24-hour clock). */
export function formatDateTimeVi(value: Date | string): string {
  const ms = vietnamMs(toInstant(value));
  const msOfDay = ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor((msOfDay % 3_600_000) / MS_PER_MINUTE);
  return `${formatDateVi(fromEpochDay(Math.floor(ms / MS_PER_DAY)))} ${pad(hours, 2)}:${pad(minutes, 2)}`;
}

/** Parses 'dd/MM/yyyy' (also d/M/yyyy, with '/', '.' or '-') into an ISO date; null if not a real date. */
export function parseDateVi(text: string): string | null {
  if (typeof text !== 'string') return null;
  const m = VI_DATE_RE.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[3]);
  const year = Number(m[4]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return toIsoDate(year, month, day);
}

/** The earlier of two ISO dates. */
export function minIsoDate(a: string, b: string): string {
  return compareIsoDate(a, b) <= 0 ? a : b;
}

/** The later of two ISO dates. */
export function maxIsoDate(a: string, b: string): string {
  return compareIsoDate(a, b) >= 0 ? a : b;
}

function toInstant(value: Date | string): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid instant: ${String(value)}`);
  }
  return date;
}

function vietnamMs(instant: Date): number {
  const ms = toInstant(instant).getTime();
  return ms + VN_OFFSET_MS;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year out of range ${MIN_YEAR}–${MAX_YEAR}: ${year}`);
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
