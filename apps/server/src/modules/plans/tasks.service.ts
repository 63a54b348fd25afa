/** Tasks of a plan: reading and presenting them (writes in save-task.ts). */
import type { Task, TaskRecurrence, TaskStatus, UnitSelector } from '@danvan/contracts';
import { today, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import * as tasksRepo from './tasks.repository.ts';
import { can, readScopes } from './plans.access.ts';
import { docRefMap, unitRefs } from './plans.refs.ts';
import { isPlanVisible, visiblePlan } from './plans.service.ts';
import * as repo from './plans.repository.ts';

export type TaskView = tasksRepo.TaskView;

export async function presentTasks(ctx: Ctx, tasks: TaskView[]): Promise<Task[]> {
  const refs = await unitRefs(
    ctx,
    tasks.flatMap((t) => [t.leadUnitId ?? 0, ...t.coordinatingUnitIds]),
  );
  const docs = await docRefMap(
    ctx,
    tasks.flatMap((t) => t.guidingDocumentIds),
  );
  const summaries = await taskSummaries(
    ctx,
    tasks.map((t) => t.id),
    tasks[0] ? { id: tasks[0].unitId, path: tasks[0].unitPath } : null,
  );
  return tasks.map((t) => {
    const unit = { id: t.unitId, path: t.unitPath };
    const write = can(ctx.actor, 'plans:unit-write', unit);
    return {
      id: t.id,
      planId: t.planId,
      planTitle: t.planTitle,
      unitId: t.unitId,
      code: t.code,
      sectionNumber: t.sectionNumber,
      title: t.title,
      description: t.description,
      leadUnit: t.leadUnitId ? (refs.get(t.leadUnitId) ?? null) : null,
      coordinatingUnits: t.coordinatingUnitIds
        .map((id) => refs.get(id))
        .filter((u): u is NonNullable<typeof u> => Boolean(u)),
      assignTo: t.assignSelector as UnitSelector,
      recurrence: t.recurrence as TaskRecurrence,
      dueDate: t.dueDate,
      expectedProduct: t.expectedProduct,
      guidingDocuments: t.guidingDocumentIds
        .map((id) => docs.get(id))
        .filter((d): d is NonNullable<typeof d> => Boolean(d)),
      status: t.status as TaskStatus,
      progress: summaries.get(t.id) ?? { total: 0, done: 0, inProgress: 0, overdue: 0 },
      createdAt: t.createdAt.toISOString(),
      can: {
        update: write && t.status !== 'cancelled',
        cancel: write && t.status !== 'cancelled',
        delete: write && t.status === 'draft',
      },
    };
  });
}

/**
 * Per-task totals over the assignee units the actor may see (optionally filtered). When the actor's
 * scope covers the plan's unit and its whole subtree (where all its assignees are) and there is no
 * unit filter, they come from the trigger-kept counts; otherwise from the assignments themselves.
 */
export async function taskSummaries(
  ctx: Ctx,
  taskIds: number[],
  planUnit: { id: number; path: string } | null,
  unitFilter?: tasksRepo.MatrixUnitFilter,
) {
  const scopes = readScopes(ctx);
  const t = today(ctx);
  const filtered = Boolean(unitFilter && (unitFilter.group || unitFilter.kind || unitFilter.q));
  const whole = planUnit !== null && scopes.some((s) => s.subtree && planUnit.path.startsWith(s.path));
  if (whole && !filtered) return tasksRepo.taskTotalsFromStats(ctx.db, taskIds, t);
  return tasksRepo.taskSummaries(ctx.db, taskIds, whole ? null : scopes, t, unitFilter);
}

export async function listTasks(ctx: Ctx, planId: number, f: { sectionNumber?: string } = {}) {
  const plan = await visiblePlan(ctx, planId);
  const tasks = await tasksRepo.listTasks(ctx.db, plan.id, {
    sectionNumber: f.sectionNumber,
    includeCancelled: true,
  });
  return presentTasks(ctx, tasks);
}

/**
 * A task the actor may read: of a plan they may read, or assigned to a unit in their scope (a
 * superior's plan they implement). Otherwise 404.
 */
export async function visibleTask(ctx: Ctx, id: number): Promise<TaskView> {
  const t = await tasksRepo.getTask(ctx.db, id);
  if (!t) throw NotFound('Nhiệm vụ');
  const plan = await repo.getPlan(ctx.db, t.planId);
  if (!plan || !isPlanVisible(ctx, plan)) throw NotFound('Nhiệm vụ');
  return t;
}

export async function getTask(ctx: Ctx, id: number) {
  const [t] = await presentTasks(ctx, [await visibleTask(ctx, id)]);
  return t;
}

/** Whether the actor holds `perm` on the task's (plan's) unit. */
export function canOnTask(ctx: Ctx, t: TaskView, perm: 'plans:unit-write' | 'plans:manage') {
  return can(ctx.actor, perm, { id: t.unitId, path: t.unitPath });
}
