/**
 * The cascade compliance read models: per unit a plan requires (within the actor's scope), whether it
 * issued its own plan on time; and the issued plans that require a unit's own plan.
 */
import type { PlanCompliance, PlanRequirementOfUnit } from '@danvan/contracts';
import { diffDays, planComplianceStatus, summarizePlanCompliance } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { wholeList } from '../../../core/page.ts';
import { listCan } from '../../../core/scope.ts';
import { canPlan } from '../plan/plan.policy.ts';
import { loadPlan } from '../plan/read-plan.ts';
import { readScopes, unitOrActive } from '../shared/unit.policy.ts';
import * as repo from './matrix.repository.ts';

/** Issued plans that require the unit to issue its own plan, and where the unit stands on each. */
export async function requirementsOfUnit(
  ctx: Ctx,
  unitId: number | undefined,
): Promise<PlanRequirementOfUnit[]> {
  const unit = await unitOrActive(ctx, unitId);
  const t = today(ctx);
  const rows = await repo.requirementsOfUnit(ctx.db, unit.id);
  return rows.map((r) => ({
    ...r,
    status: planComplianceStatus({
      dueDate: r.requiredDue,
      issuedDate: r.ownPlanStatus === 'issued' ? r.ownPlanIssuedOn : null,
      today: t,
    }),
  }));
}

/**
 * GET /plans/requirements: the few plans above that require the unit's own plan, answered whole;
 * `can.create` is whether the actor may draft the unit's own plan (the answer to a requirement).
 */
export async function listRequirementsOfUnit(ctx: Ctx, unitId: number | undefined) {
  const unit = await unitOrActive(ctx, unitId);
  const can = listCan(ctx.actor, unit, (at) =>
    canPlan(ctx.actor, 'create', { unitId: at.id, unitPath: at.path, status: 'draft' }),
  );
  return wholeList(await requirementsOfUnit(ctx, unit.id), can);
}

/** Per required unit (within the actor's scope): issued on time, late, missing, or not yet due. */
export async function planCompliance(
  ctx: Ctx,
  id: number,
  f: { status?: string; group?: string; q?: string } = {},
): Promise<PlanCompliance> {
  const p = await loadPlan(ctx, id);
  const t = today(ctx);
  const rows = await repo.complianceRows(ctx.db, p.id, readScopes(ctx), {
    group: f.group,
    q: f.q?.trim() || undefined,
  });
  const withStatus = rows.map((r) => {
    const status = p.requiredDue
      ? planComplianceStatus({ dueDate: p.requiredDue, issuedDate: r.ownIssuedOn, today: t })
      : r.ownIssuedOn
        ? 'issued'
        : 'pending';
    const lateFrom = r.ownIssuedOn ?? t;
    return {
      unitId: r.unitId,
      unitCode: r.unitCode,
      unitName: r.unitName,
      groups: r.groups,
      status,
      ownPlanId: r.ownPlanId,
      ownPlanNumberSymbol: r.ownNumberSymbol,
      ownPlanIssuedOn: r.ownIssuedOn,
      hasDraft: r.hasDraft,
      daysLate:
        p.requiredDue && (status === 'late' || status === 'missing')
          ? Math.max(0, diffDays(lateFrom, p.requiredDue))
          : 0,
    };
  });
  const summary = summarizePlanCompliance(withStatus.map((r) => r.status));
  return {
    planId: p.id,
    requiredDue: p.requiredDue,
    today: t,
    summary,
    rows: f.status ? withStatus.filter((r) => r.status === f.status) : withStatus,
  };
}
