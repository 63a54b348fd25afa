import type { CriteriaSet, CriteriaSetSummary } from '@danvan/contracts';
import { flattenCriteria, pointsByScorer, type CriteriaContent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { iso } from '../shared/sql.ts';
import { canSetFlags } from './set.policy.ts';
import type { SetRow } from './set.repository.ts';

export const contentOf = (r: SetRow) => r.content as CriteriaContent;

export function presentSetSummary(ctx: Ctx, r: SetRow): CriteriaSetSummary {
  const content = contentOf(r);
  const pts = pointsByScorer(content);
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    year: r.year,
    name: r.name,
    state: r.state as CriteriaSetSummary['state'],
    setVersion: r.setVersion,
    previousVersionId: r.previousVersionId,
    bandSchemeId: r.bandSchemeId,
    bandSchemeName: r.bandSchemeName,
    basis: r.basis,
    needsCheck: r.needsCheck,
    maxTotal: Number(r.maxTotal),
    selfPoints: pts.self,
    superiorPoints: pts.superior,
    criteriaCount: flattenCriteria(content).length,
    usedAt: iso(r.usedAt),
    version: r.version,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
    can: canSetFlags(ctx.actor, r),
  };
}

export function presentSet(ctx: Ctx, r: SetRow): CriteriaSet {
  return { ...presentSetSummary(ctx, r), content: contentOf(r) };
}
