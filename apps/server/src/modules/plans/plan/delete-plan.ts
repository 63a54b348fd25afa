/** Deleting a draft plan (an issued plan is kept). */
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import * as repo from './plan.repository.ts';
import { authorizePlan, planOpenFor } from './plan.policy.ts';
import { auditable } from './plan.present.ts';
import { loadPlan } from './read-plan.ts';

export async function deletePlan(ctx: Ctx, id: number) {
  await inTx(ctx, async (tx, c) => {
    await repo.lockPlan(tx, id);
    const before = await loadPlan(c, id);
    authorizePlan(c, 'delete', before);
    if (!planOpenFor('delete', before))
      throw Err.state_invalid('Chỉ xóa được kế hoạch dự thảo; kế hoạch đã ban hành được lưu lại.');
    if ((await repo.countChildPlans(tx, id)) > 0)
      throw Err.state_invalid('Đã có kế hoạch của đơn vị khác liên kết với kế hoạch này.');
    await repo.deletePlan(tx, id);
    await audit(tx, c, {
      entity: 'plan',
      entityId: id,
      unitId: before.unitId,
      action: 'delete',
      before: auditable(before),
    });
  });
}
