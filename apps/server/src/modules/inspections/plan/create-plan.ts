/** Making a body's inspection plan for a year. */
import { CreateInspectionPlan as Schema, type CreateInspectionPlan } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { holds } from '../inspection/inspection.policy.ts';
import * as repo from './plan.repository.ts';
import { presentPlanDetail } from './read-plan.ts';

export async function createPlan(ctx: Ctx, raw: CreateInspectionPlan, opts: { isDemo?: boolean } = {}) {
  const input = Schema.parse(raw);
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit || !holds(actor, 'inspections:read', unit)) throw NotFound('Cơ quan lập kế hoạch');
  if (!holds(actor, 'inspections:write', unit)) throw Forbidden();
  return inTx(ctx, async (tx, c) => {
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const id = await repo.insertPlan(tx, {
      ...input,
      isDemo: opts.isDemo ?? false,
      createdBy: by,
      updatedBy: by,
      createdAt: now,
      updatedAt: now,
    });
    const after = (await repo.getPlan(tx, id))!;
    await audit(tx, c, { entity: 'inspection_plan', entityId: id, unitId: unit.id, action: 'create', after });
    return presentPlanDetail(c, tx, after);
  });
}
