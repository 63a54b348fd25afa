/**
 * The coordinator's tasks × units matrix of a plan: units (paged, filtered, in the actor's scope) by
 * tasks, each cell the unit's current occurrence of the task.
 */
import type { AssignmentStatus, Matrix, MatrixQuery, TaskRecurrence } from '@danvan/contracts';
import { addDays } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import * as tasksRepo from '../task/task.repository.ts';
import { deadlineQuick, DUE_SOON_DAYS } from '../assignment/deadline.ts';
import { loadPlan } from '../plan/read-plan.ts';
import { readScopes } from '../shared/unit.policy.ts';
import * as repo from './matrix.repository.ts';
import { taskSummaries } from './task-progress.ts';

export async function matrix(ctx: Ctx, planId: number, q: MatrixQuery): Promise<Matrix> {
  const plan = await loadPlan(ctx, planId);
  const t = today(ctx);
  const scopes = readScopes(ctx);
  const unitFilter = { group: q.group, kind: q.kind, q: q.q?.trim() || undefined, state: q.state, today: t };
  const allTasks = !q.sectionNumber && !q.taskId;
  const page = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
  const loadingTasks = tasksRepo.listTasks(ctx.db, plan.id, {
    sectionNumber: q.sectionNumber,
    taskId: q.taskId,
  });
  // Independent reads run side by side: the units of the whole plan do not wait for its tasks, the
  // cells and the totals do not wait for each other.
  const unitsOf = (taskIds: number[] | null) =>
    repo.matrixUnits(ctx.db, plan.id, taskIds, scopes, unitFilter, page);
  const plain = allTasks && !q.state;
  const [tasks, earlyUnits] = await Promise.all([loadingTasks, plain ? unitsOf(null) : null]);
  const taskIds = tasks.map((x) => x.id);
  const units = !taskIds.length ? { rows: [], total: 0 } : (earlyUnits ?? (await unitsOf(taskIds)));
  const [cells, summaries] = await Promise.all([
    repo.matrixCells(
      ctx.db,
      taskIds,
      units.rows.map((u) => u.id),
      t,
    ),
    q.withTotals ? taskSummaries(ctx, taskIds, { id: plan.unitId, path: plan.unitPath }, unitFilter) : null,
  ]);
  const soon = addDays(t, DUE_SOON_DAYS);
  const byUnit = new Map<number, Matrix['units'][number]['cells']>();
  for (const c of cells) {
    const m = byUnit.get(c.unitId) ?? {};
    m[String(c.taskId)] = {
      assignmentId: c.assignmentId,
      status: c.status as AssignmentStatus,
      deadline: deadlineQuick(c, t, soon),
      progress: c.progress,
      periodDue: c.periodDue,
      total: c.total,
      done: c.done,
      overdue: c.overdue,
    };
    byUnit.set(c.unitId, m);
  }
  return {
    planId: plan.id,
    today: t,
    tasks: tasks.map((x) => ({
      id: x.id,
      code: x.code,
      sectionNumber: x.sectionNumber,
      title: x.title,
      recurrence: x.recurrence as TaskRecurrence,
      dueDate: x.dueDate,
      summary: summaries ? (summaries.get(x.id) ?? { total: 0, done: 0, inProgress: 0, overdue: 0 }) : null,
    })),
    units: units.rows.map((u) => ({ ...u, cells: byUnit.get(u.id) ?? {} })),
    totalUnits: units.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
