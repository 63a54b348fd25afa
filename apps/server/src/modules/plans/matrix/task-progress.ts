/** Per-task progress totals over the assignee units the actor may see: for task views and the matrix. */
import { today, type Ctx } from '../../../core/context.ts';
import { readScopes, readsWholeSubtree } from '../shared/unit.policy.ts';
import * as repo from './matrix.repository.ts';

/**
 * Per-task totals over the assignee units the actor may see (optionally filtered). When the actor's
 * scope covers the plan's unit and its whole subtree (where all its assignees are) and there is no
 * unit filter, they come from the trigger-kept counts; otherwise from the assignments themselves.
 */
export async function taskSummaries(
  ctx: Ctx,
  taskIds: number[],
  planUnit: { id: number; path: string } | null,
  unitFilter?: repo.MatrixUnitFilter,
) {
  const scopes = readScopes(ctx);
  const t = today(ctx);
  const filtered = Boolean(unitFilter && (unitFilter.group || unitFilter.kind || unitFilter.q));
  const whole = planUnit !== null && readsWholeSubtree(ctx, planUnit);
  if (whole && !filtered) return repo.taskTotalsFromStats(ctx.db, taskIds, t);
  return repo.taskSummaries(ctx.db, taskIds, whole ? null : scopes, t, unitFilter);
}
