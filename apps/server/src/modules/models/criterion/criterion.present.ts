import type { ModelCriterion } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { managesReference } from '../shared/reference.policy.ts';
import type { CriterionRow } from './criterion.repository.ts';

export function presentCriterion(ctx: Ctx, r: CriterionRow): ModelCriterion {
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    name: r.name,
    guidance: r.guidance,
    maxPoints: Number(r.maxPoints),
    sortOrder: r.sortOrder,
    basis: r.basis,
    needsCheck: r.needsCheck,
    usedAt: r.usedAt?.toISOString() ?? null,
    retiredAt: r.retiredAt?.toISOString() ?? null,
    previousVersionId: r.previousVersionId,
    can: { update: managesReference(ctx.actor) && !r.retiredAt },
  };
}
