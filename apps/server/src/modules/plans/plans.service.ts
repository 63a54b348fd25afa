/**
 * Plans: reading and presenting them, the plans that require a unit's own plan, and the cascade
 * compliance view. Writes live in save-plan.ts and issue-plan.ts.
 */
import type {
  Plan,
  PlanCompliance,
  PlanListQuery,
  PlanRequirementOfUnit,
  PlanSummary,
} from '@danvan/contracts';
import { planComplianceStatus, summarizePlanCompliance, diffDays } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { inScope, requireActor } from '../../core/scope.ts';
import * as repo from './plans.repository.ts';
import * as reg from './registers.repository.ts';
import { can, isAncestorOfScope, readScopes, readableUnit, unitOrActive } from './plans.access.ts';
import { docRefMap } from './plans.refs.ts';
import { missingForIssue, type IssueProblem } from './issue-check.ts';

type PlanRow = NonNullable<Awaited<ReturnType<typeof repo.getPlan>>>;
export type { PlanRow };

function planCan(ctx: Ctx, p: PlanRow) {
  const unit = { id: p.unitId, path: p.unitPath };
  const draft = p.status === 'draft';
  const write = can(ctx.actor, 'plans:unit-write', unit);
  const manage = can(ctx.actor, 'plans:manage', unit);
  return {
    update: draft && write,
    delete: draft && write,
    issue: draft && can(ctx.actor, 'plans:issue', unit),
    addTask: write,
    importTasks: write,
    updateRequirement: manage,
    attach: write && can(ctx.actor, 'files:write', unit),
    viewCompliance: p.requiredCount > 0 || p.requiredSelector !== null,
    viewMatrix: p.taskCount > 0,
  };
}

export function presentSummary(ctx: Ctx, p: PlanRow): PlanSummary {
  return {
    id: p.id,
    unitId: p.unitId,
    unitName: p.unitName,
    year: p.year,
    numberSymbol: p.numberSymbol,
    title: p.title,
    status: p.status as PlanSummary['status'],
    issuedOn: p.issuedOn,
    parentPlanId: p.parentPlanId,
    parentPlanTitle: p.parentPlanTitle,
    requiredDue: p.requiredDue,
    requiredCount: p.requiredCount,
    taskCount: p.taskCount,
    isDemo: p.isDemo,
    updatedAt: p.updatedAt.toISOString(),
    can: planCan(ctx, p),
  };
}

/**
 * A plan as the API returns it. `issueMissing` lists what a draft still lacks before it may be issued
 * (empty for an issued plan); it is not in the contract's Plan schema yet.
 */
export async function presentPlan(ctx: Ctx, p: PlanRow): Promise<Plan & { issueMissing: IssueProblem[] }> {
  const docs = await docRefMap(ctx, p.guidingDocumentIds);
  const theme = p.themeId ? await reg.getTheme(ctx.db, p.themeId) : undefined;
  const movements = await reg.movementNames(ctx.db, p.movementIds);
  return {
    ...presentSummary(ctx, p),
    issuerName: p.issuerName,
    issuerParent: p.issuerParent,
    place: p.place,
    basis: p.basis,
    purposes: p.purposes,
    requirements: p.requirements,
    sections: p.sections,
    closing: p.closing,
    recipients: p.recipients,
    signerAuthority: p.signerAuthority,
    signerPosition: p.signerPosition,
    signerName: p.signerName,
    themeId: p.themeId,
    themeName: theme?.name ?? null,
    movements: p.movementIds
      .map((id) => movements.find((m) => m.id === id))
      .filter((m): m is { id: number; name: string } => Boolean(m)),
    guidingDocuments: p.guidingDocumentIds
      .map((id) => docs.get(id))
      .filter((d): d is NonNullable<typeof d> => Boolean(d)),
    requiredSelector: p.requiredSelector,
    issuedAt: p.issuedAt?.toISOString() ?? null,
    issuedByName: p.issuedByName,
    createdAt: p.createdAt.toISOString(),
    issueMissing: p.status === 'draft' ? missingForIssue(p) : [],
  };
}

/** Whether the actor may read the plan: its unit is in scope, or it is an issued plan of a superior. */
export function isPlanVisible(ctx: Ctx, p: { unitId: number; unitPath: string; status: string }): boolean {
  const scopes = readScopes(ctx);
  const unit = { id: p.unitId, path: p.unitPath };
  return inScope(scopes, unit) || (p.status === 'issued' && isAncestorOfScope(scopes, unit));
}

/** A plan the actor may read; otherwise 404. */
export async function visiblePlan(ctx: Ctx, id: number): Promise<PlanRow> {
  requireActor(ctx.actor);
  const p = await repo.getPlan(ctx.db, id);
  if (!p || !isPlanVisible(ctx, p)) throw NotFound('Kế hoạch');
  return p;
}

export async function listPlans(ctx: Ctx, q: PlanListQuery) {
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const { rows, total } = await repo.listPlans(
    ctx.db,
    readScopes(ctx),
    {
      q: q.q?.trim() || undefined,
      unit: unit ? { id: unit.id, path: unit.path, subtree: Boolean(q.subtree) } : undefined,
      year: q.year,
      status: q.status,
      parentPlanId: q.parentPlanId,
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: rows.map((p) => presentSummary(ctx, p)), total, page: q.page, pageSize: q.pageSize };
}

export async function getPlan(ctx: Ctx, id: number) {
  return presentPlan(ctx, await visiblePlan(ctx, id));
}

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

/** Per required unit (within the actor's scope): issued on time, late, missing, or not yet due. */
export async function planCompliance(
  ctx: Ctx,
  id: number,
  f: { status?: string; group?: string; q?: string } = {},
): Promise<PlanCompliance> {
  const p = await visiblePlan(ctx, id);
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
