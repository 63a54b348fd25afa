/**
 * Whether the head of a unit received citizens in person on as many days as the law requires
 * (Luật Tiếp công dân 2013 Điều 12–15; the minimums are rules of the legal register, e.g.
 * 'tiep_cong_dan.chu_tich_xa' = 1 day a week, 'tiep_cong_dan.chu_tich_tinh' = 1 day a month).
 *
 * Counting:
 *  - a day counts once, whatever the number of visits received that day;
 *  - it counts when the head received in person, or when a deputy received on the head's behalf
 *    while the register's rule DEPUTY_RECEPTION_RULE lets it count (seeded up to 30/6/2026: from
 *    1/7/2026 Luật 136/2025/QH15 forbids the delegation; see `deputyReceptionCounts`), among
 *    `rules`: the day of the reception decides;
 *  - a month takes the rule in force on its first day; a 'days_per_month' rule asks `value` days in
 *    the month; a 'days_per_week' rule asks `value` days in each week (Monday to Sunday) whose
 *    Thursday lies in the month (the ISO week convention, so each week belongs to one month), and
 *    fewer in a week with fewer working days (a Tết week);
 *  - a month not over yet is 'in_progress' until its minimum is reached.
 */
import { addDays, compareIsoDate, dayOfWeek, lastDayOfMonth, parseIsoDate } from '../time/calendar.ts';
import { isWorkingDay, type HolidayCalendar } from '../time/working-days.ts';
import { ruleInForce, type TimeLimitRule } from '../legal/time-limits.ts';
import { deputyReceptionCounts } from './vocabulary.ts';

/** One day of reception at the unit, as the log shows it. */
export interface HeadReceptionDay {
  /** 'YYYY-MM-DD', Vietnam time. */
  date: string;
  /** The head received in person that day. */
  headInPerson: boolean;
  /** A deputy received on the head's behalf that day. */
  deputyOnBehalf: boolean;
}

export const RECEPTION_COMPLIANCE_STATES = ['met', 'not_met', 'in_progress', 'not_applicable'] as const;
export type ReceptionComplianceState = (typeof RECEPTION_COMPLIANCE_STATES)[number];

export const RECEPTION_COMPLIANCE_STATE_NAMES_VI: Readonly<Record<ReceptionComplianceState, string>> =
  Object.freeze({
    met: 'Đạt',
    not_met: 'Chưa đạt',
    in_progress: 'Đang trong tháng',
    not_applicable: 'Không áp dụng',
  });

export interface ReceptionMonthCompliance {
  /** 'YYYY-MM'. */
  month: string;
  state: ReceptionComplianceState;
  /** The rule applied (in force on the month's first day), or null. */
  rule: (TimeLimitRule & { id?: number }) | null;
  /** Days the rule asks for in the month (null when no rule applies). */
  required: number | null;
  /** Days that count: the head in person, or a deputy while the law allowed it. */
  counted: number;
  /** Days the head received in person. */
  headDays: number;
  /** Days a deputy received on the head's behalf and that count (before 1/7/2026). */
  deputyDays: number;
  /** Days a deputy received on the head's behalf that no longer count (from 1/7/2026). */
  deputyDaysNotCounted: number;
  /** For a weekly rule: the weeks of the month below the minimum (past weeks only). */
  weeksShort: number;
}

export interface ReceptionPeriodCompliance {
  state: ReceptionComplianceState;
  required: number;
  counted: number;
  headDays: number;
  monthsApplicable: number;
  monthsMet: number;
  monthsNotMet: number;
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether `s` is a month 'YYYY-MM'. */
export function isYearMonth(s: string): boolean {
  return MONTH_RE.test(s);
}

/** The months from `from` to `to` ('YYYY-MM', inclusive). */
export function yearMonthsBetween(from: string, to: string): string[] {
  if (!isYearMonth(from) || !isYearMonth(to)) throw new RangeError(`Invalid month: ${from} – ${to}`);
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The weeks (their Mondays) whose Thursday lies in the month. */
export function isoWeeksOfMonth(month: string): string[] {
  const first = `${month}-01`;
  const { year, month: mo } = parseIsoDate(first);
  const last = lastDayOfMonth(year, mo);
  // the first Thursday of the month, then its Monday
  let thursday = first;
  while (dayOfWeek(thursday) !== 4) thursday = addDays(thursday, 1);
  const out: string[] = [];
  for (let t = thursday; t <= last; t = addDays(t, 7)) out.push(addDays(t, -3));
  return out;
}

function countedOf(
  d: HeadReceptionDay,
  rules: readonly TimeLimitRule[],
): 'head' | 'deputy' | 'deputy_not_counted' | null {
  if (d.headInPerson) return 'head';
  if (d.deputyOnBehalf) return deputyReceptionCounts(d.date, rules) ? 'deputy' : 'deputy_not_counted';
  return null;
}

/**
 * Month by month, whether the head met the minimum of the rule `code` (the rules are the register's
 * versions of that code; the one in force on each month's first day applies). `today` decides which
 * months are over; `calendar` lowers a week's minimum to its working days.
 */
export function headReceptionCompliance(input: {
  days: readonly HeadReceptionDay[];
  rules: readonly (TimeLimitRule & { id?: number })[];
  code: string | null;
  months: readonly string[];
  today: string;
  calendar?: HolidayCalendar;
}): ReceptionMonthCompliance[] {
  const byDate = new Map<string, 'head' | 'deputy' | 'deputy_not_counted'>();
  const rank = { head: 3, deputy: 2, deputy_not_counted: 1 } as const;
  for (const d of input.days) {
    const c = countedOf(d, input.rules);
    if (!c) continue;
    const prev = byDate.get(d.date);
    if (!prev || rank[c] > rank[prev]) byDate.set(d.date, c);
  }
  const counts = (from: string, to: string) => {
    let head = 0;
    let deputy = 0;
    let notCounted = 0;
    for (const [date, c] of byDate) {
      if (date < from || date > to) continue;
      if (c === 'head') head++;
      else if (c === 'deputy') deputy++;
      else notCounted++;
    }
    return { head, deputy, notCounted, counted: head + deputy };
  };

  return input.months.map((month): ReceptionMonthCompliance => {
    const first = `${month}-01`;
    const { year, month: mo } = parseIsoDate(first);
    const last = lastDayOfMonth(year, mo);
    const inMonth = counts(first, last);
    const base = {
      month,
      counted: inMonth.counted,
      headDays: inMonth.head,
      deputyDays: inMonth.deputy,
      deputyDaysNotCounted: inMonth.notCounted,
      weeksShort: 0,
    };
    const rule = input.code ? ruleInForce(input.rules, input.code, first) : null;
    if (!rule || (rule.unit !== 'days_per_month' && rule.unit !== 'days_per_week'))
      return { ...base, state: 'not_applicable', rule: null, required: null };
    const over = compareIsoDate(last, input.today) < 0;

    if (rule.unit === 'days_per_month') {
      const required = rule.value;
      const state: ReceptionComplianceState =
        inMonth.counted >= required ? 'met' : over ? 'not_met' : 'in_progress';
      return { ...base, state, rule, required };
    }

    // weekly: each week of the month on its own
    let required = 0;
    let counted = 0;
    let head = 0;
    let deputy = 0;
    let notCounted = 0;
    let weeksShort = 0;
    let openWeekShort = false;
    for (const monday of isoWeeksOfMonth(month)) {
      const sunday = addDays(monday, 6);
      let working = 0;
      for (let d = monday; d <= sunday; d = addDays(d, 1)) if (isWorkingDay(d, input.calendar)) working++;
      const need = Math.min(rule.value, working);
      const w = counts(monday, sunday);
      required += need;
      counted += w.counted;
      head += w.head;
      deputy += w.deputy;
      notCounted += w.notCounted;
      if (w.counted < need) {
        if (compareIsoDate(sunday, input.today) < 0) weeksShort++;
        else openWeekShort = true;
      }
    }
    const state: ReceptionComplianceState =
      weeksShort > 0 ? 'not_met' : openWeekShort ? 'in_progress' : 'met';
    return {
      ...base,
      counted,
      headDays: head,
      deputyDays: deputy,
      deputyDaysNotCounted: notCounted,
      weeksShort,
      state,
      rule,
      required,
    };
  });
}

/** A period of several months: the sums, and met only when every month with a minimum was met. */
export function receptionPeriodCompliance(
  months: readonly ReceptionMonthCompliance[],
): ReceptionPeriodCompliance {
  const applicable = months.filter((m) => m.state !== 'not_applicable');
  const sum = (f: (m: ReceptionMonthCompliance) => number) => applicable.reduce((a, m) => a + f(m), 0);
  const monthsMet = applicable.filter((m) => m.state === 'met').length;
  const monthsNotMet = applicable.filter((m) => m.state === 'not_met').length;
  const state: ReceptionComplianceState =
    applicable.length === 0
      ? 'not_applicable'
      : monthsNotMet > 0
        ? 'not_met'
        : monthsMet === applicable.length
          ? 'met'
          : 'in_progress';
  return {
    state,
    required: sum((m) => m.required ?? 0),
    counted: sum((m) => m.counted),
    headDays: sum((m) => m.headDays),
    monthsApplicable: applicable.length,
    monthsMet,
    monthsNotMet,
  };
}
