/** The checks of a schedule as a whole (packages/domain checkSchedule) and of its receiver account. */
import { checkSchedule } from '@danvan/domain';
import type { Db } from '../../../db/client.ts';
import { Invalid } from '../../../core/errors.ts';
import * as repo from './schedule.repository.ts';

export interface ScheduleValues {
  weekdays: number[];
  monthDays: number[];
  dates: string[];
  startTime: string;
  endTime: string;
  validFrom: string;
  validTo: string | null;
  online: boolean;
  onlineLink: string;
  receiverName: string;
  receiverTitle: string;
  receiverUserId: number | null;
}

export async function assertScheduleValid(db: Db, v: ScheduleValues): Promise<void> {
  const problems = checkSchedule(v);
  if (v.receiverUserId !== null && !(await repo.userExists(db, v.receiverUserId)))
    problems.push({ path: 'receiverUserId', message: 'Tài khoản người tiếp không tồn tại' });
  if (problems.length) throw Invalid(problems.map((p) => p.message).join('; ') + '.', problems);
}

/** Sorted, without repeats. */
export const uniqueSorted = <T extends number | string>(xs: readonly T[]): T[] =>
  [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
