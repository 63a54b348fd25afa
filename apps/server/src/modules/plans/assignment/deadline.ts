/** Where an assignment stands against its due date (domain deadlineStatus), one by one or in bulk. */
import type { DeadlineState } from '@danvan/contracts';
import { deadlineStatus } from '@danvan/domain';

export const DUE_SOON_DAYS = 7;

export function deadlineOf(a: { status: string; periodDue: string; completedOn: string | null }, t: string) {
  if (a.status === 'cancelled') return { deadline: 'cancelled' as DeadlineState, daysRemaining: null };
  const s = deadlineStatus({
    dueDate: a.periodDue,
    completedDate: a.status === 'done' ? (a.completedOn ?? a.periodDue) : null,
    today: t,
    dueSoonDays: DUE_SOON_DAYS,
  });
  return { deadline: s.status as DeadlineState, daysRemaining: s.daysRemaining };
}

/**
 * The same classification as deadlineOf (domain deadlineStatus) by comparing ISO dates only, for the
 * thousands of cells of a matrix page. `soon` is today + DUE_SOON_DAYS.
 */
export function deadlineQuick(
  a: { status: string; periodDue: string; completedOn: string | null },
  today: string,
  soon: string,
): DeadlineState {
  if (a.status === 'cancelled') return 'cancelled';
  if (a.status === 'done')
    return (a.completedOn ?? a.periodDue) <= a.periodDue ? 'done_on_time' : 'done_late';
  if (a.periodDue < today) return 'overdue';
  return a.periodDue <= soon ? 'due_soon' : 'pending';
}
