/** The recognition criteria in force (or every version), whole: a few dozen rows at most. */
import type { Ctx } from '../../../core/context.ts';
import { wholeList } from '../../../core/page.ts';
import { authorizeReferenceRead, managesReference } from '../shared/reference.policy.ts';
import * as repo from './criterion.repository.ts';
import { presentCriterion } from './criterion.present.ts';

export async function listCriteria(ctx: Ctx, q: { includeRetired?: boolean }) {
  authorizeReferenceRead(ctx);
  const rows = await repo.listCriteria(ctx.db, { includeRetired: q.includeRetired });
  return wholeList(
    rows.map((r) => presentCriterion(ctx, r)),
    { create: managesReference(ctx.actor) },
  );
}
