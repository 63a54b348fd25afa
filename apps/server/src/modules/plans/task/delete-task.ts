/** Deleting a task not yet assigned (an assigned one is cancelled instead). */
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import * as repo from './task.repository.ts';
import { taskOpenFor } from './task.policy.ts';
import { auditableTask } from './task.present.ts';
import { loadWritableTask, planOfTask, withPlanLocked } from './task.lock.ts';

export async function deleteTask(ctx: Ctx, id: number) {
  return withPlanLocked(ctx, await planOfTask(ctx, id), (c) => deleteTaskLocked(c, id));
}

async function deleteTaskLocked(ctx: Ctx, id: number) {
  const before = await loadWritableTask(ctx, id, 'delete');
  if (!taskOpenFor('delete', before))
    throw Err.state_invalid('Nhiệm vụ đã giao không thể xóa; hãy hủy nhiệm vụ.');
  await inTx(ctx, async (tx, c) => {
    await repo.deleteTask(tx, id);
    await audit(tx, c, {
      entity: 'plan_task',
      entityId: id,
      unitId: before.unitId,
      action: 'delete',
      before: auditableTask(before),
    });
  });
}
