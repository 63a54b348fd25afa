/** The lock every task write takes: the row of the task's plan. */
import type { Ctx } from '../../../core/context.ts';
import { inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import * as plansRepo from '../plan/plan.repository.ts';
import * as repo from './task.repository.ts';
import { authorizeTask, taskOpenFor, type TaskAction } from './task.policy.ts';
import { loadTask } from './read-task.ts';

/**
 * Every task write reads and checks inside one transaction that first locks the plan's row: a task
 * added or edited while the plan is being issued lands before the issue (and is assigned by it) or
 * after it (and is assigned at once), never in between; two edits of one task never both act on a
 * stale copy. Issuing takes the same lock (issue-plan.ts).
 */
export function withPlanLocked<T>(ctx: Ctx, planId: number | undefined, fn: (c: Ctx) => Promise<T>) {
  return inTx(ctx, async (tx, c) => {
    if (planId) await plansRepo.lockPlan(tx, planId);
    return fn(c);
  });
}

/** The plan of a task (a task never changes plan), for taking the lock before reading the task. */
export async function planOfTask(ctx: Ctx, id: number) {
  return (await repo.getTask(ctx.db, id))?.planId;
}

/** A task the actor may change (`action`, the task policy), not cancelled: 404, 403 or 422 otherwise. */
export async function loadWritableTask(ctx: Ctx, id: number, action: TaskAction) {
  const t = await loadTask(ctx, id);
  authorizeTask(ctx, action, t);
  if (!taskOpenFor('update', t)) throw Err.state_invalid('Nhiệm vụ đã bị hủy.');
  return t;
}
