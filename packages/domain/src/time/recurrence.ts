/**
 * Recurring deadlines (tasks "hằng tháng", reports "định kỳ 6 tháng" …): the due dates within a year
 * and the Vietnamese label of the period a due date belongs to.
 */
import { addMonths, assertIsoDate, daysInMonth, formatDateVi, parseIsoDate, toIsoDate } from './calendar.ts';

/** How often a deadline repeats. */
export type Recurrence = 'none' | 'monthly' | 'quarterly' | 'six_monthly' | 'yearly';

/** Every recurrence, in order of increasing period length. */
export const RECURRENCES: readonly Recurrence[] = Object.freeze([
  'none',
  'monthly',
  'quarterly',
  'six_monthly',
  'yearly',
]);

/** Vietnamese names of the recurrences. */
export const RECURRENCE_NAMES_VI: Readonly<Record<Recurrence, string>> = Object.freeze({
  none: 'Không lặp lại',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  six_monthly: '6 tháng một lần',
  yearly: 'Hằng năm',
});

/** A day of the year without the year, e.g. { month: 5, day: 10 } for "trước ngày 10/5". */
export interface MonthDay {
  month: number;
  day: number;
}

/** Options of `occurrences`. */
export interface OccurrenceOptions {
  /** The calendar year whose due dates are wanted. */
  year: number;
  /** Day of the last month of each period (clamped to the month's length); default: the last day. */
  dayOfPeriodEnd?: number;
  /**
   * First due date of the series: nothing before it is returned, and (without `dueDates`) later
   * occurrences keep its day of month and repeat every period from it. When it is the last day of
   * its month, later occurrences are month ends too (30/6 → 31/12).
   */
  firstDue?: string;
  /** Explicit due days that replace the defaults, e.g. [{month: 5, day: 10}, {month: 11, day: 10}]. */
  dueDates?: readonly MonthDay[];
}

const MONTHS_PER_PERIOD: Readonly<Record<Exclude<Recurrence, 'none'>, number>> = {
  monthly: 1,
  quarterly: 3,
  six_monthly: 6,
  yearly: 12,
};

/** Returns true when the value is one of the recurrences. */
export function isRecurrence(value: unknown): value is Recurrence {
  return typeof value === 'string' && (RECURRENCES as readonly string[]).includes(value);
}

/** The due dates (sorted ISO dates) of a recurring deadline that fall within `options.year`. */
export function occurrences(recurrence: Recurrence, options: OccurrenceOptions): string[] {
  const { year, dayOfPeriodEnd, firstDue, dueDates } = options;
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (dayOfPeriodEnd !== undefined && !isDayOfMonth(dayOfPeriodEnd)) {
    throw new RangeError(`dayOfPeriodEnd must be an integer 1–31, got ${dayOfPeriodEnd}`);
  }
  if (firstDue !== undefined) assertIsoDate(firstDue, 'firstDue');
  if (!isRecurrence(recurrence)) throw new RangeError(`Unknown recurrence: ${String(recurrence)}`);

  if (recurrence === 'none') {
    return firstDue !== undefined && parseIsoDate(firstDue).year === year ? [firstDue] : [];
  }
  let dates: string[];
  if (dueDates !== undefined) {
    dates = dueDates.map((md) => clampedDate(year, md.month, md.day));
  } else if (firstDue !== undefined) {
    dates = anchoredDates(firstDue, MONTHS_PER_PERIOD[recurrence], year, dayOfPeriodEnd);
  } else {
    const step = MONTHS_PER_PERIOD[recurrence];
    dates = [];
    for (let month = step; month <= 12; month += step) {
      dates.push(clampedDate(year, month, dayOfPeriodEnd ?? 31));
    }
  }
  const unique = [...new Set(dates)].sort();
  return firstDue === undefined ? unique : unique.filter((d) => d >= firstDue);
}

/** Quarter (1–4) of an ISO date. */
export function quarterOf(iso: string): 1 | 2 | 3 | 4 {
  return (Math.floor((parseIsoDate(iso).month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** Roman numeral of a quarter, as Vietnamese documents write it ("Quý III"). */
export function romanQuarter(quarter: number): string {
  const roman = ROMAN_QUARTERS[quarter - 1];
  if (!Number.isInteger(quarter) || roman === undefined) throw new RangeError(`Invalid quarter: ${quarter}`);
  return roman;
}

/**
 * Vietnamese label of the period that contains a due date: "Tháng 3/2026", "Quý I/2026",
 * "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "Năm 2026"; the date itself for 'none'.
 */
export function periodLabelVi(recurrence: Recurrence, dueIso: string): string {
  const { year, month } = parseIsoDate(dueIso);
  switch (recurrence) {
    case 'none':
      return formatDateVi(dueIso);
    case 'monthly':
      return `Tháng ${month}/${year}`;
    case 'quarterly':
      return `Quý ${romanQuarter(quarterOf(dueIso))}/${year}`;
    case 'six_monthly':
      return month <= 6 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
    case 'yearly':
      return `Năm ${year}`;
    default:
      throw new RangeError(`Unknown recurrence: ${String(recurrence)}`);
  }
}

function anchoredDates(firstDue: string, step: number, year: number, dayOverride?: number): string[] {
  const anchor = parseIsoDate(firstDue);
  const anchorIsMonthEnd = anchor.day === daysInMonth(anchor.year, anchor.month);
  const day = dayOverride ?? (anchorIsMonthEnd ? 31 : anchor.day);
  const anchorIndex = anchor.year * 12 + (anchor.month - 1);
  const firstK = Math.max(0, Math.ceil((year * 12 - anchorIndex) / step));
  const lastK = Math.floor((year * 12 + 11 - anchorIndex) / step);
  const dates: string[] = [];
  for (let k = firstK; k <= lastK; k += 1) {
    const { year: y, month: m } = parseIsoDate(addMonths(toIsoDate(anchor.year, anchor.month, 1), k * step));
    dates.push(clampedDate(y, m, day));
  }
  return dates;
}

function clampedDate(year: number, month: number, day: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid month: ${month}`);
  if (!isDayOfMonth(day)) throw new RangeError(`Invalid day of month: ${day}`);
  return toIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

function isDayOfMonth(day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= 31;
}
