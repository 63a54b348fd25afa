import type {
  Inspection,
  InspectionDetail,
  InspectionKind,
  InspectionMode,
  InspectionState,
} from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { today } from '../../../core/context.ts';
import type { Db } from '../../../db/client.ts';
import * as recommendationsRepo from '../recommendation/recommendation.repository.ts';
import { presentRecommendation } from '../recommendation/recommendation.present.ts';
import * as violationsRepo from '../violation/violation.repository.ts';
import { presentViolation } from '../violation/violation.present.ts';
import type { InspectionRow } from './inspection.repository.ts';
import { canInspectionFlags } from './inspection.policy.ts';

export function teamOf(v: unknown): { name: string; role: string }[] {
  return Array.isArray(v)
    ? v.map((m: { name?: unknown; role?: unknown }) => ({
        name: String(m?.name ?? ''),
        role: String(m?.role ?? ''),
      }))
    : [];
}

export function presentInspection(ctx: Ctx, r: InspectionRow): Inspection {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    conductorUnitId: r.conductorUnitId,
    conductorUnitName: r.conductorUnitName,
    planItemId: r.planItemId,
    kind: r.kind as InspectionKind,
    mode: r.mode as InspectionMode,
    title: r.title,
    decisionNumber: r.decisionNumber,
    startOn: r.startOn,
    endOn: r.endOn,
    team: teamOf(r.team),
    scope: r.scope,
    findings: r.findings,
    state: r.state as InspectionState,
    conclusionNumber: r.conclusionNumber,
    conclusionDate: r.conclusionDate,
    conclusionText: r.conclusionText,
    signerName: r.signerName,
    signerPosition: r.signerPosition,
    isPublic: r.isPublic,
    publicSummary: r.publicSummary,
    violations: Number(r.violations),
    recommendations: Number(r.recommendations),
    recommendationsOpen: Number(r.recommendationsOpen),
    recommendationsOverdue: Number(r.recommendationsOverdue),
    version: r.version,
    isDemo: r.isDemo,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    can: canInspectionFlags(ctx.actor, r),
  };
}

export async function presentInspectionDetail(ctx: Ctx, db: Db, r: InspectionRow): Promise<InspectionDetail> {
  const base = presentInspection(ctx, r);
  const [violations, recommendations] = await Promise.all([
    violationsRepo.listViolations(db, r.id),
    recommendationsRepo.listRecommendations(db, r.id),
  ]);
  return {
    ...base,
    violationList: violations.map((v) =>
      presentViolation(v, { persons: base.can.persons, update: base.can.update }),
    ),
    recommendationList: recommendations.map((x) => presentRecommendation(x, today(ctx), base.can.update)),
  };
}

/** The inspection as the audit trail keeps it (no violator's data: the violations are their own rows). */
export function auditInspection(r: InspectionRow) {
  const {
    unitPath: _a,
    conductorPath: _b,
    violations: _c,
    recommendations: _d,
    recommendationsOpen: _e,
    recommendationsOverdue: _f,
    ...rest
  } = r;
  void [_a, _b, _c, _d, _e, _f];
  return rest;
}
