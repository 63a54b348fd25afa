/** Reading tasks: the tasks of a plan, and one task the actor may read (the load of every task verb). */
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage, memoryList } from '../../../core/page.ts';
import { requireActor } from '../../../core/scope.ts';
import { loadPlan } from '../plan/read-plan.ts';
import * as repo from './task.repository.ts';
import { authorizeTask } from './task.policy.ts';
import { presentTasks, type TaskView } from './task.present.ts';

export async function listTasks(
  ctx: Ctx,
  planId: number,
  f: { sectionNumber?: string; page: number; pageSize: number },
) {
  const plan = await loadPlan(ctx, planId);
  const tasks = await repo.listTasks(ctx.db, plan.id, {
    sectionNumber: f.sectionNumber,
    includeCancelled: true,
  });
  return listPage(ctx, f, { ...memoryList(tasks), present: (page) => presentTasks(ctx, page) });
}

/**
 * A task the actor may read: of a plan they may read (in scope, or an issued plan of a superior they
 * implement). Otherwise 404. Inside a transaction, call it after the plan is locked.
 */
export async function loadTask(ctx: Ctx, id: number): Promise<TaskView> {
  requireActor(ctx.actor);
  const t = await repo.getTask(ctx.db, id);
  if (!t) throw NotFound('Nhiệm vụ');
  authorizeTask(ctx, 'read', t);
  return t;
}

export async function getTask(ctx: Ctx, id: number) {
  const [t] = await presentTasks(ctx, [await loadTask(ctx, id)]);
  return t;
}

/**
 * The plan of each task, for linking a task's records elsewhere (the audit trail). Checks no access:
 * the caller passes only ids its reader may see, and learns only which plan a task belongs to.
 */
export async function taskPlans(ctx: Ctx, ids: number[]) {
  return repo.taskPlans(ctx.db, ids);
}
