/**
 * Turning a task into assignment rows: one per assignee unit per occurrence (a recurring task has one
 * occurrence per period of the plan year).
 */
import { occurrences, periodLabelVi, type Recurrence } from '@danvan/domain';
import type { UnitSelector } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import * as assignmentsRepo from '../assignment/assignment.repository.ts';
import { fmt, resolveSelector } from '../shared/refs.ts';

/** The due dates of a task within the plan year (one for a one-off task). */
export function dueDatesOf(task: { recurrence: string; dueDate: string | null }, year: number): string[] {
  if (task.recurrence === 'none') return task.dueDate ? [task.dueDate] : [];
  return occurrences(task.recurrence as Recurrence, { year, firstDue: task.dueDate ?? undefined });
}

export function periodLabel(recurrence: string, due: string): string {
  return recurrence === 'none' ? `Hạn ${fmt(due)}` : periodLabelVi(recurrence as Recurrence, due);
}

/**
 * Validates a task's schedule against the plan year; returns its due dates. From the day it is given
 * (`from`), a recurring task runs for the periods still ahead, and a one-off deadline may not be past.
 */
export function checkSchedule(
  task: { title: string; recurrence: string; dueDate: string | null },
  year: number,
  from?: string,
) {
  if (task.recurrence === 'none' && !task.dueDate)
    throw Invalid(`Nhiệm vụ "${task.title}" thực hiện một lần phải có thời hạn.`, [
      { path: 'dueDate', message: 'Chưa nhập thời hạn' },
    ]);
  const dues = dueDatesOf(task, year);
  if (!dues.length)
    throw Invalid(`Nhiệm vụ "${task.title}" không có kỳ hạn nào trong năm ${year} của kế hoạch.`, [
      { path: 'dueDate', message: 'Ngày đến hạn đầu tiên nằm ngoài năm kế hoạch' },
    ]);
  if (!from) return dues;
  const ahead = dues.filter((d) => d >= from);
  if (!ahead.length)
    throw Invalid(
      task.recurrence === 'none'
        ? `Thời hạn của nhiệm vụ "${task.title}" (${fmt(dues[0])}) đã qua so với ngày giao ${fmt(from)}.`
        : `Nhiệm vụ "${task.title}" không còn kỳ hạn nào sau ngày giao ${fmt(from)}.`,
      [{ path: 'dueDate', message: 'Thời hạn đã qua' }],
    );
  return ahead;
}

/** The assignee units of a task (checked against the actor's authority unless `requireManage` is false). */
export async function assigneesOf(
  ctx: Ctx,
  task: { title: string; assignSelector: UnitSelector },
  planUnit: { id: number; path: string },
  asOf: string,
  requireManage = true,
) {
  const units = await resolveSelector(ctx, task.assignSelector, planUnit, asOf, {
    includeOwner: true,
    label: `Nhiệm vụ "${task.title}"`,
    requireManage,
  });
  if (!units.length)
    throw Invalid(
      `Nhiệm vụ "${task.title}" chưa được giao cho đơn vị nào (nhóm hoặc danh sách đơn vị trống).`,
      [{ path: 'assignTo', message: 'Chưa chọn đơn vị thực hiện' }],
    );
  return units;
}

/** Creates the assignment rows of a task for the given units, for its due dates from `from` on (existing rows are kept). */
export async function materialize(
  ctx: Ctx,
  task: { id: number; title: string; recurrence: string; dueDate: string | null },
  year: number,
  unitIds: number[],
  from: string,
): Promise<number> {
  const dues = checkSchedule(task, year, from);
  const rows = unitIds.flatMap((unitId) => dues.map((periodDue) => ({ taskId: task.id, unitId, periodDue })));
  return assignmentsRepo.insertAssignments(ctx.db, rows);
}
