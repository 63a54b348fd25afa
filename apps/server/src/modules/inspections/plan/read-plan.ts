/** Reading inspection plans with their compliance (planned against done), and one plan's items. */
import type { InspectionPlan, InspectionPlanDetail, InspectionPlanQuery } from '@danvan/contracts';
import { planCompliance, planItemStatus } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor, scopesFor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import { holds } from '../inspection/inspection.policy.ts';
import { readableUnit } from '../inspection/read-inspection.ts';
import * as repo from './plan.repository.ts';
import { authorizePlan, canPlan } from './plan.policy.ts';

type Item = Awaited<ReturnType<typeof repo.itemsOf>>[number];

function present(ctx: Ctx, p: repo.PlanRow, items: Item[]): InspectionPlanDetail {
  const t = today(ctx);
  const withStatus = items.map((i) => ({
    id: i.id,
    planId: i.planId,
    unitId: i.unitId,
    unitName: i.unitName,
    month: i.month,
    kind: i.kind as InspectionPlanDetail['planItems'][number]['kind'],
    content: i.content,
    inspectionId: i.inspectionId,
    status: planItemStatus({ year: p.year, month: i.month, inspectionState: i.inspectionState }, t),
  }));
  return {
    id: p.id,
    unitId: p.unitId,
    unitName: p.unitName,
    year: p.year,
    title: p.title,
    decisionNumber: p.decisionNumber,
    approvedOn: p.approvedOn,
    compliance: planCompliance(withStatus.map((i) => i.status)),
    version: p.version,
    isDemo: p.isDemo,
    can: { update: canPlan(ctx.actor, 'update', p) },
    planItems: withStatus,
  };
}

export async function listPlans(ctx: Ctx, q: InspectionPlanQuery) {
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  return listPage(ctx, q, {
    ...repo.planList(ctx.db, scopesFor(requireActor(ctx.actor), 'inspections:read'), {
      under: unit,
      year: q.year,
    }),
    present: async (rows) => {
      const items = await repo.itemsOf(
        ctx.db,
        rows.map((r) => r.id),
      );
      return rows.map((r): InspectionPlan => {
        const { planItems: _i, ...plan } = present(
          ctx,
          r,
          items.filter((i) => i.planId === r.id),
        );
        void _i;
        return plan;
      });
    },
    can: listCan(ctx.actor, unit, (at) => holds(ctx.actor, 'inspections:write', at)),
  });
}

export async function loadPlan(
  ctx: Ctx,
  id: number,
  action: 'read' | 'update' = 'read',
  opts: { lock?: boolean; db?: Db } = {},
) {
  requireActor(ctx.actor);
  const p = await repo.getPlan(opts.db ?? ctx.db, id, { lock: opts.lock });
  if (!p) throw NotFound('Kế hoạch thanh tra, kiểm tra');
  authorizePlan(ctx, action, p);
  return p;
}

export async function presentPlanDetail(ctx: Ctx, db: Db, p: repo.PlanRow) {
  return present(ctx, p, await repo.itemsOf(db, [p.id]));
}

export async function getPlan(ctx: Ctx, id: number) {
  return presentPlanDetail(ctx, ctx.db, await loadPlan(ctx, id));
}
