/**
 * Compliance of an item with its due date, the day it was first answered (or explained), and today:
 * on_time when first answered on or before the due date; late when after; overdue when not answered
 * and today is past the due date; pending otherwise (not yet due, or no due date). The due date is
 * the last day of the period, inclusive.
 */
import type { AnswerCompliance } from './vocabulary.ts';

export function itemCompliance(
  dueDate: string | null,
  answeredOn: string | null,
  today: string,
): AnswerCompliance {
  if (answeredOn) return !dueDate || answeredOn <= dueDate ? 'on_time' : 'late';
  if (dueDate && today > dueDate) return 'overdue';
  return 'pending';
}

export interface AnswerComplianceTally {
  total: number;
  on_time: number;
  late: number;
  overdue: number;
  pending: number;
  /** Answered (on time or late) over all items that are due or answered, in percent, one decimal; null when none. */
  answeredRate: number | null;
  /** Answered on time over the answered, in percent, one decimal; null when none answered. */
  onTimeRate: number | null;
}

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n * 1000) / d) / 10);

/** Counts the classifications of a set of items. */
export function tallyAnswerCompliance(items: readonly AnswerCompliance[]): AnswerComplianceTally {
  const t = { total: items.length, on_time: 0, late: 0, overdue: 0, pending: 0 };
  for (const c of items) t[c] += 1;
  const answered = t.on_time + t.late;
  return { ...t, answeredRate: pct(answered, answered + t.overdue), onTimeRate: pct(t.on_time, answered) };
}

/**
 * Reminder for an open item on `today`: 'due_soon' when the due date is within `daysBefore` days
 * (inclusive, not yet passed), 'overdue' once past it, null otherwise.
 */
export function itemReminderKind(
  dueDate: string | null,
  today: string,
  daysBeforeUntil: string,
): 'due_soon' | 'overdue' | null {
  if (!dueDate) return null;
  if (today > dueDate) return 'overdue';
  if (dueDate <= daysBeforeUntil) return 'due_soon';
  return null;
}
