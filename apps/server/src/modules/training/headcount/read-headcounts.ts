/** The units' headcounts of civil servants (paged, by unit subtree and year). */
import type { TrainingHeadcountQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { listCan } from '../../../core/scope.ts';
import { holdsTraining, trainingReadScopes } from '../course/course.policy.ts';
import { readableUnit } from '../course/read-course.ts';
import * as repo from './headcount.repository.ts';
import { presentHeadcount } from './headcount.present.ts';

export async function listHeadcounts(ctx: Ctx, q: TrainingHeadcountQuery) {
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const { rows, total } = await repo.listHeadcounts(
    ctx.db,
    trainingReadScopes(ctx),
    { under: unit, year: q.year },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return {
    items: rows.map((r) => presentHeadcount(ctx, r)),
    total,
    page: q.page,
    pageSize: q.pageSize,
    can: listCan(ctx.actor, unit, (at) => holdsTraining(ctx.actor, 'training:write', at)),
  };
}
