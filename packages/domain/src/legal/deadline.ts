/**
 * Counting a legal deadline (Bộ luật Dân sự 2015, Điều 147–148):
 * - a period in days starts the day after the event (Điều 147 khoản 2) and ends at the close of its
 *   last day (Điều 148 khoản 1); a last day that is a weekly rest day or a holiday moves to the next
 *   working day (Điều 148 khoản 5);
 * - a period in working days counts only working days after the event (the result is a working day);
 * - a period in hours starts at the moment of the event (Điều 147 khoản 1); working hours count only
 *   the office hours of working days.
 * The calendar (days off, make-up working days) is data: see time/working-days.ts.
 */
import { addDays, assertIsoDate } from '../time/calendar.ts';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  type HolidayCalendar,
} from '../time/working-days.ts';
import {
  isDeadlineUnit,
  ruleInForce,
  type CaseConditions,
  type TimeLimitRule,
  type TimeLimitUnit,
} from './time-limits.ts';

/** Office hours of a working day, as [start, end) minutes after midnight, in order. */
export type OfficeHours = readonly (readonly [number, number])[];

/** 08:00–12:00 and 13:00–17:00: eight hours a day (QĐ 188/1999/QĐ-TTg: 40 hours a week). */
export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze([
  Object.freeze([8 * 60, 12 * 60] as const),
  Object.freeze([13 * 60, 17 * 60] as const),
]);

const LOCAL_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** Splits a Vietnam local time 'YYYY-MM-DDTHH:mm' into its date and minutes after midnight. */
export function parseLocalDateTime(value: string): { date: string; minutes: number } {
  const m = LOCAL_TIME_RE.exec(value);
  const hours = m ? Number(m[2]) : NaN;
  const minutes = m ? Number(m[3]) : NaN;
  if (!m || hours > 23 || minutes > 59) throw new RangeError(`Invalid local time: ${JSON.stringify(value)}`);
  assertIsoDate(m[1]);
  return { date: m[1], minutes: hours * 60 + minutes };
}

function localDateTime(date: string, minutes: number): string {
  const h = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${h}:${mm}`;
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`A period must be a whole number ≥ 1, got ${n}`);
}

/**
 * The last day of a period of `days` calendar days after the event on `eventDate` (Điều 147–148):
 * eventDate + days, moved to the next working day when it is a day off.
 */
export function calendarDaysDeadline(eventDate: string, days: number, calendar: HolidayCalendar): string {
  assertCount(days);
  return nextWorkingDayOnOrAfter(addDays(eventDate, days), calendar);
}

/** The last day of a period of `days` working days after the event (the event day is not counted). */
export function workingDaysDeadline(eventDate: string, days: number, calendar: HolidayCalendar): string {
  assertCount(days);
  return addWorkingDays(eventDate, days, calendar);
}

/**
 * The moment ('YYYY-MM-DDTHH:mm', Vietnam time) when `hours` working hours after `start` have passed:
 * only the office hours of working days count.
 */
export function workingHoursDeadline(
  start: string,
  hours: number,
  calendar: HolidayCalendar,
  officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
): string {
  assertCount(hours);
  if (officeHours.length === 0) throw new RangeError('Office hours are empty');
  let { date, minutes } = parseLocalDateTime(start);
  let remaining = hours * 60;
  for (let guard = 0; guard < 100_000; guard += 1) {
    if (isWorkingDay(date, calendar)) {
      for (const [from, to] of officeHours) {
        const at = Math.max(minutes, from);
        if (at >= to) continue;
        const take = Math.min(remaining, to - at);
        remaining -= take;
        minutes = at + take;
        if (remaining === 0) return localDateTime(date, minutes);
      }
    }
    date = addDays(date, 1);
    minutes = 0;
  }
  throw new RangeError('No working hours found in the calendar');
}

/** The end of a period: its last day, and for periods in hours the moment too. */
export interface DeadlineResult {
  /** Last day of the period, 'YYYY-MM-DD'. */
  dueDate: string;
  /** For working hours: the moment, 'YYYY-MM-DDTHH:mm' (Vietnam time); else null. */
  dueAt: string | null;
}

/**
 * Counts a period of `value` `unit` from an event: `start` is a date 'YYYY-MM-DD' (for hours, a date
 * means the start of its first office period) or a moment 'YYYY-MM-DDTHH:mm'.
 */
export function countDeadline(
  start: string,
  value: number,
  unit: TimeLimitUnit,
  calendar: HolidayCalendar,
  officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
): DeadlineResult {
  const date = start.length > 10 ? parseLocalDateTime(start).date : start;
  assertIsoDate(date);
  switch (unit) {
    case 'calendar_days':
      return { dueDate: calendarDaysDeadline(date, value, calendar), dueAt: null };
    case 'working_days':
      return { dueDate: workingDaysDeadline(date, value, calendar), dueAt: null };
    case 'working_hours': {
      const from = start.length > 10 ? start : `${date}T00:00`;
      const dueAt = workingHoursDeadline(from, value, calendar, officeHours);
      return { dueDate: dueAt.slice(0, 10), dueAt };
    }
    default:
      throw new RangeError(`${unit} is a frequency, not a period`);
  }
}

/** The rule applied and the end of the period. */
export interface RuleDeadline<R extends TimeLimitRule = TimeLimitRule> extends DeadlineResult {
  rule: R;
}

/**
 * The deadline of a case: the rule of `code` in force on the day of the event (its conditions matching
 * the case), counted from the event. Null when no rule applies. Throws a RangeError for a rule whose
 * unit is a frequency.
 */
export function deadlineFromRules<R extends TimeLimitRule>(
  rules: readonly R[],
  code: string,
  start: string,
  facts: CaseConditions,
  calendar: HolidayCalendar,
  officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
): RuleDeadline<R> | null {
  const date = start.length > 10 ? parseLocalDateTime(start).date : start;
  const rule = ruleInForce(rules, code, date, facts);
  if (!rule) return null;
  if (!isDeadlineUnit(rule.unit)) throw new RangeError(`${rule.code} is a frequency, not a period`);
  return { rule, ...countDeadline(start, rule.value, rule.unit, calendar, officeHours) };
}
