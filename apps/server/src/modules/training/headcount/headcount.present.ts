import type { TrainingHeadcount } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { holdsTraining } from '../course/course.policy.ts';
import type { HeadcountRow } from './headcount.repository.ts';

export function presentHeadcount(ctx: Ctx, r: HeadcountRow): TrainingHeadcount {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    year: r.year,
    civilServants: r.civilServants,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    can: { update: holdsTraining(ctx.actor, 'training:write', { id: r.unitId, path: r.unitPath }) },
  };
}
