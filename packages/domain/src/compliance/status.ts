/**
 * Where a deadline stands today: done on time or late, still pending, due soon, or overdue; and the
 * issued / late / missing status used by plan cascade compliance ("which units have not issued their plan").
 */
import { percentage } from '../math/round.ts';
import { assertIsoDate, diffDays } from '../time/calendar.ts';

/** Status of a deadline. */
export type DeadlineStatus = 'done_on_time' | 'done_late' | 'pending' | 'due_soon' | 'overdue';

/** Vietnamese names of the deadline statuses. */
export const DEADLINE_STATUS_NAMES_VI: Readonly<Record<DeadlineStatus, string>> = Object.freeze({
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  pending: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
});

/** Default number of days before the due date from which a deadline counts as "due soon". */
export const DEFAULT_DUE_SOON_DAYS = 7;

/** Input of `deadlineStatus`. */
export interface DeadlineInput {
  /** Last day on which completion is on time, 'YYYY-MM-DD'. */
  dueDate: string;
  /** Day of completion, if completed. */
  completedDate?: string | null;
  /** Today in Vietnam, 'YYYY-MM-DD'. */
  today: string;
  /** A pending deadline at most this many days away is "due soon" (default 7). */
  dueSoonDays?: number;
}

/** Result of `deadlineStatus`. */
export interface DeadlineState {
  status: DeadlineStatus;
  /** Days past the due date: at completion when done, else today; 0 when not late. */
  daysLate: number;
  /** Days left until the due date (0 on the day, negative when overdue); null once done. */
  daysRemaining: number | null;
}

/** Status of a deadline on a given day; completing on the due date itself is on time. */
export function deadlineStatus(input: DeadlineInput): DeadlineState {
  const { dueDate, completedDate, today } = input;
  const dueSoonDays = input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  assertIsoDate(dueDate, 'dueDate');
  assertIsoDate(today, 'today');
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new RangeError(`dueSoonDays must be a non-negative integer, got ${dueSoonDays}`);
  }
  if (completedDate !== undefined && completedDate !== null) {
    assertIsoDate(completedDate, 'completedDate');
    const late = diffDays(completedDate, dueDate);
    return late > 0
      ? { status: 'done_late', daysLate: late, daysRemaining: null }
      : { status: 'done_on_time', daysLate: 0, daysRemaining: null };
  }
  const remaining = diffDays(dueDate, today);
  if (remaining < 0) return { status: 'overdue', daysLate: -remaining, daysRemaining: remaining };
  return { status: remaining <= dueSoonDays ? 'due_soon' : 'pending', daysLate: 0, daysRemaining: remaining };
}

/** True for the statuses that mean the work is finished. */
export function isDone(status: DeadlineStatus): boolean {
  return status === 'done_on_time' || status === 'done_late';
}

/** Compliance status of a document a unit must issue by a date (e.g. its own plan under the province's). */
export type PlanComplianceStatus = 'issued' | 'late' | 'missing' | 'pending';

/** Vietnamese names of the plan compliance statuses. */
export const PLAN_COMPLIANCE_STATUS_NAMES_VI: Readonly<Record<PlanComplianceStatus, string>> = Object.freeze({
  issued: 'Đã ban hành đúng hạn',
  late: 'Ban hành chậm',
  missing: 'Chưa ban hành (quá hạn)',
  pending: 'Chưa đến hạn',
});

/** Input of `planComplianceStatus`. */
export interface PlanComplianceInput {
  dueDate: string;
  issuedDate?: string | null;
  today: string;
}

/** 'issued' on or before the due date, 'late' after it, 'missing' if not issued once due, else 'pending'. */
export function planComplianceStatus(input: PlanComplianceInput): PlanComplianceStatus {
  const { dueDate, issuedDate, today } = input;
  assertIsoDate(dueDate, 'dueDate');
  assertIsoDate(today, 'today');
  if (issuedDate !== undefined && issuedDate !== null) {
    assertIsoDate(issuedDate, 'issuedDate');
    return issuedDate <= dueDate ? 'issued' : 'late';
  }
  return today > dueDate ? 'missing' : 'pending';
}

/** Counts of each plan compliance status, with the share issued (on time or late) once due. */
export interface PlanComplianceSummary extends Record<PlanComplianceStatus, number> {
  total: number;
  /** Issued (on time or late) per 100 units, 1 decimal; null when there are no units. */
  issuedRate: number | null;
}

/** Tallies plan compliance statuses, e.g. for the coordinator's "who has not issued" view. */
export function summarizePlanCompliance(statuses: readonly PlanComplianceStatus[]): PlanComplianceSummary {
  const summary: PlanComplianceSummary = {
    issued: 0,
    late: 0,
    missing: 0,
    pending: 0,
    total: 0,
    issuedRate: null,
  };
  for (const status of statuses) {
    summary[status] += 1;
    summary.total += 1;
  }
  summary.issuedRate = percentage(summary.issued + summary.late, summary.total, 1);
  return summary;
}
