/** Reading plans: one plan the actor may read (also the load of every plan verb), and the register. */
import type { PlanListQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import { readScopes, readableUnit } from '../shared/unit.policy.ts';
import * as repo from './plan.repository.ts';
import { authorizePlan, canPlan } from './plan.policy.ts';
import { presentPlan, presentSummary, type PlanRow } from './plan.present.ts';

/** A plan the actor may read; otherwise 404. Inside a transaction, call it after lockPlan. */
export async function loadPlan(ctx: Ctx, id: number): Promise<PlanRow> {
  requireActor(ctx.actor);
  const p = await repo.getPlan(ctx.db, id);
  if (!p) throw NotFound('Kế hoạch');
  authorizePlan(ctx, 'read', p);
  return p;
}

export async function listPlans(ctx: Ctx, q: PlanListQuery) {
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  return listPage(ctx, q, {
    ...repo.planList(ctx.db, readScopes(ctx), {
      q: q.q?.trim() || undefined,
      unit: unit ? { id: unit.id, path: unit.path, subtree: Boolean(q.subtree) } : undefined,
      year: q.year,
      status: q.status,
      parentPlanId: q.parentPlanId,
    }),
    present: (rows) => rows.map((p) => presentSummary(ctx, p)),
    can: listCan(ctx.actor, unit, (at) =>
      canPlan(ctx.actor, 'create', { unitId: at.id, unitPath: at.path, status: 'draft' }),
    ),
  });
}

export async function getPlan(ctx: Ctx, id: number) {
  return presentPlan(ctx, await loadPlan(ctx, id));
}
