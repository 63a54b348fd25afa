import { formatDateVi, validateCalendarDay } from '@danvan/domain';
import type { Db } from '../../../db/client.ts';
import { Conflict, RuleViolation } from '../../../core/errors.ts';
import * as repo from './calendar.repository.ts';

/** 422 for a make-up working day on a weekday (domain validateCalendarDay). */
export function assertValidDay(d: { date: string; name: string; workday: boolean }): void {
  const problems = validateCalendarDay(d);
  if (problems.length) throw RuleViolation(problems.map((p) => p.message).join('; '), undefined, problems);
}

/** 409 when the date is in the calendar already (under another entry than `exceptId`). */
export async function assertDateFree(tx: Db, date: string, exceptId?: number): Promise<void> {
  const other = await repo.getDayByDate(tx, date);
  if (other && other.id !== exceptId)
    throw Conflict(`Ngày ${formatDateVi(date)} đã có trong lịch ("${other.name}").`, { id: other.id });
}
