/** A plan as the API returns it: the summary of lists and the full record (with its `can` flags). */
import type { Plan, PlanSummary } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import * as themesRepo from '../theme/theme.repository.ts';
import * as movementsRepo from '../movement/movement.repository.ts';
import { docRefMap } from '../shared/refs.ts';
import type * as repo from './plan.repository.ts';
import { canPlanFlags } from './plan.policy.ts';
import { missingForIssue, type IssueProblem } from './issue-check.ts';

export type PlanRow = repo.PlanView;

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
    can: canPlanFlags(ctx.actor, p),
  };
}

/**
 * A plan as the API returns it. `issueMissing` lists what a draft still lacks before it may be issued
 * (empty for an issued plan); it is not in the contract's Plan schema yet.
 */
export async function presentPlan(ctx: Ctx, p: PlanRow): Promise<Plan & { issueMissing: IssueProblem[] }> {
  const docs = await docRefMap(ctx, p.guidingDocumentIds);
  const theme = p.themeId ? await themesRepo.getTheme(ctx.db, p.themeId) : undefined;
  const movements = await movementsRepo.movementNames(ctx.db, p.movementIds);
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

/** The plan without derived columns, for the audit trail. */
export function auditable(p: PlanRow) {
  const {
    unitPath: _a,
    unitKind: _b,
    parentPlanTitle: _c,
    requiredCount,
    taskCount: _d,
    issuedByName: _e,
    ...rest
  } = p;
  return { ...rest, requiredCount };
}
