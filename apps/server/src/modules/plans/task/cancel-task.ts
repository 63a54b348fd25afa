/** Cancelling a task: its open assignments are cancelled with it (done ones are kept). */
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import * as assignmentsRepo from '../assignment/assignment.repository.ts';
import * as repo from './task.repository.ts';
import { getTask } from './read-task.ts';
import { loadWritableTask, planOfTask, withPlanLocked } from './task.lock.ts';

export async function cancelTask(ctx: Ctx, id: number, reason?: string) {
  return withPlanLocked(ctx, await planOfTask(ctx, id), (c) => cancelTaskLocked(c, id, reason));
}

async function cancelTaskLocked(ctx: Ctx, id: number, reason?: string) {
  const before = await loadWritableTask(ctx, id, 'cancel');
  return inTx(ctx, async (tx, c) => {
    await repo.updateTask(tx, id, { status: 'cancelled', updatedAt: c.clock.now() });
    await assignmentsRepo.cancelAssignments(tx, id, c.clock.now());
    await audit(tx, c, {
      entity: 'plan_task',
      entityId: id,
      unitId: before.unitId,
      action: 'cancel',
      before: { status: before.status },
      after: { status: 'cancelled', reason: reason ?? null },
    });
    return getTask(c, id);
  });
}
