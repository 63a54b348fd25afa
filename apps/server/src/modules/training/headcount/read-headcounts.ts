/** The units' headcounts of civil servants (paged, by unit subtree and year). */
import type { TrainingHeadcountQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { listPage } from '../../../core/page.ts';
import { listCan } from '../../../core/scope.ts';
import { holdsTraining, trainingReadScopes } from '../course/course.policy.ts';
import { readableUnit } from '../course/read-course.ts';
import * as repo from './headcount.repository.ts';
import { presentHeadcount } from './headcount.present.ts';

export async function listHeadcounts(ctx: Ctx, q: TrainingHeadcountQuery) {
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  return listPage(ctx, q, {
    ...repo.headcountList(ctx.db, trainingReadScopes(ctx), { under: unit, year: q.year }),
    present: (rows) => rows.map((r) => presentHeadcount(ctx, r)),
    can: listCan(ctx.actor, unit, (at) => holdsTraining(ctx.actor, 'training:write', at)),
  });
}
