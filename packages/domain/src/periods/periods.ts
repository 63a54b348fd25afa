/**
 * Report periods and reporting rates (completeness and timeliness per level, like DHIS2).
 */
import { percentage } from '../math/round.ts';
import { assertIsoDate, lastDayOfMonth, toIsoDate } from '../time/calendar.ts';

/** Kind of a report period. */
export type ReportPeriodKind = 'six_month' | 'nine_month' | 'annual' | 'quarterly' | 'thematic' | 'ad_hoc';

/** Every report period kind. */
export const REPORT_PERIOD_KINDS: readonly ReportPeriodKind[] = Object.freeze([
  'six_month',
  'nine_month',
  'annual',
  'quarterly',
  'thematic',
  'ad_hoc',
]);

/** Vietnamese names of the report period kinds. */
export const REPORT_PERIOD_KIND_NAMES_VI: Readonly<Record<ReportPeriodKind, string>> = Object.freeze({
  six_month: 'Báo cáo 6 tháng',
  nine_month: 'Báo cáo 9 tháng',
  annual: 'Báo cáo năm',
  quarterly: 'Báo cáo quý',
  thematic: 'Báo cáo chuyên đề',
  ad_hoc: 'Báo cáo đột xuất',
});

/** An inclusive range of calendar dates. */
export interface DateRange {
  from: string;
  to: string;
}

/** Returns true when the value is a report period kind. */
export function isReportPeriodKind(value: unknown): value is ReportPeriodKind {
  return typeof value === 'string' && (REPORT_PERIOD_KINDS as readonly string[]).includes(value);
}

/**
 * Calendar range a period covers by default: 6 months 1/1–30/6, 9 months 1/1–30/9, annual
 * 1/1–31/12, a quarter its three months; thematic and ad hoc reports default to the whole year.
 */
export function defaultPeriodRange(kind: ReportPeriodKind, year: number, quarter?: number): DateRange {
  assertYear(year);
  switch (kind) {
    case 'six_month':
      return { from: toIsoDate(year, 1, 1), to: toIsoDate(year, 6, 30) };
    case 'nine_month':
      return { from: toIsoDate(year, 1, 1), to: toIsoDate(year, 9, 30) };
    case 'annual':
    case 'thematic':
    case 'ad_hoc':
      return { from: toIsoDate(year, 1, 1), to: toIsoDate(year, 12, 31) };
    case 'quarterly': {
      const q = assertQuarter(quarter);
      return { from: toIsoDate(year, q * 3 - 2, 1), to: lastDayOfMonth(year, q * 3) };
    }
    default:
      throw new RangeError(`Unknown report period kind: ${String(kind)}`);
  }
}

/**
 * Data cut-off range of a periodic report under Nghị định 09/2019/NĐ-CP, Điều 12: a quarter runs from
 * the 15th of the month before it to the 14th of its last month; 6 months from 15/12 of the previous
 * year to 14/6; a year from 15/12 of the previous year to 14/12. The decree has no 9-month regime;
 * by the same convention it runs from 15/12 to 14/9. Null for thematic and ad hoc reports.
 */
export function nd09CutoffRange(kind: ReportPeriodKind, year: number, quarter?: number): DateRange | null {
  assertYear(year);
  // Year 1 has no previous December, so its cut-off ranges that start there cannot be expressed.
  const from = year > 1 ? toIsoDate(year - 1, 12, 15) : null;
  const range = (start: string | null, to: string): DateRange | null =>
    start === null ? null : { from: start, to };
  switch (kind) {
    case 'six_month':
      return range(from, toIsoDate(year, 6, 14));
    case 'nine_month':
      return range(from, toIsoDate(year, 9, 14));
    case 'annual':
      return range(from, toIsoDate(year, 12, 14));
    case 'quarterly': {
      const q = assertQuarter(quarter);
      return range(q === 1 ? from : toIsoDate(year, q * 3 - 3, 15), toIsoDate(year, q * 3, 14));
    }
    case 'thematic':
    case 'ad_hoc':
      return null;
    default:
      throw new RangeError(`Unknown report period kind: ${String(kind)}`);
  }
}

/** Timeliness of one report against its deadline. */
export type Timeliness = 'on_time' | 'late' | 'missing' | 'not_due';

/** Vietnamese names of the timeliness values. */
export const TIMELINESS_NAMES_VI: Readonly<Record<Timeliness, string>> = Object.freeze({
  on_time: 'Đúng hạn',
  late: 'Chậm',
  missing: 'Chưa nộp (quá hạn)',
  not_due: 'Chưa đến hạn',
});

/** Input of `timeliness`. */
export interface TimelinessInput {
  deadline: string;
  submittedAt?: string | null;
  today: string;
}

/** 'on_time' if submitted on or before the deadline, 'late' after it, else 'missing' once past it or 'not_due'. */
export function timeliness(input: TimelinessInput): Timeliness {
  const { deadline, submittedAt, today } = input;
  assertIsoDate(deadline, 'deadline');
  assertIsoDate(today, 'today');
  if (submittedAt !== undefined && submittedAt !== null) {
    assertIsoDate(submittedAt, 'submittedAt');
    return submittedAt <= deadline ? 'on_time' : 'late';
  }
  return today > deadline ? 'missing' : 'not_due';
}

/** One unit's row in a reporting-rate computation. */
export interface ReportingRow {
  /** Whether the unit must report for this period (rows not expected are ignored). */
  expected: boolean;
  /** Date the report was submitted, if it was. */
  submittedOn?: string | null;
}

/** Reporting rates of a set of units for one period and deadline. */
export interface ReportingRates {
  /** Reports expected. */
  expected: number;
  /** Expected reports submitted (on time or late). */
  submitted: number;
  /** Submitted on or before the deadline. */
  onTime: number;
  /** Submitted after the deadline. */
  late: number;
  /** Not submitted although the deadline has passed. */
  missing: number;
  /** Not submitted, deadline not yet passed. */
  pending: number;
  /** Submitted per 100 expected, 1 decimal; null when nothing is expected. */
  completeness: number | null;
  /** Submitted on time per 100 expected, 1 decimal; null when nothing is expected. */
  timeliness: number | null;
}

/** Completeness and timeliness of reporting, like DHIS2 reporting rates (only expected reports count). */
export function reportingRates(
  rows: readonly ReportingRow[],
  deadline: string,
  today: string,
): ReportingRates {
  assertIsoDate(deadline, 'deadline');
  assertIsoDate(today, 'today');
  const rates = { expected: 0, submitted: 0, onTime: 0, late: 0, missing: 0, pending: 0 };
  for (const row of rows) {
    if (!row.expected) continue;
    rates.expected += 1;
    const status = timeliness({ deadline, submittedAt: row.submittedOn, today });
    if (status === 'on_time') rates.onTime += 1;
    else if (status === 'late') rates.late += 1;
    else if (status === 'missing') rates.missing += 1;
    else rates.pending += 1;
  }
  rates.submitted = rates.onTime + rates.late;
  return {
    ...rates,
    completeness: percentage(rates.submitted, rates.expected, 1),
    timeliness: percentage(rates.onTime, rates.expected, 1),
  };
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
}

function assertQuarter(quarter: number | undefined): 1 | 2 | 3 | 4 {
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new RangeError(`A quarterly period needs a quarter 1–4, got ${String(quarter)}`);
  }
  return quarter;
}
