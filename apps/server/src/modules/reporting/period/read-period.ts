import type { Permission } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { wholeList } from '../../../core/page.ts';
import { listCan } from '../../../core/scope.ts';
import type { Scope } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import * as repo from './period.repository.ts';
import {
  authorizeListUnit,
  authorizePeriodUnit,
  canPeriod,
  periodReadScopes,
  periodViewUnitId,
} from './period.policy.ts';
import { presentPeriod } from './period.present.ts';

/**
 * A period the actor may see (rooted in scope or where a unit in scope must report); else 404. With
 * `lock` (in a transaction) its row stays locked until commit.
 */
export async function visiblePeriod(ctx: Ctx, id: number, lock?: 'share' | 'update') {
  const row = await repo.getPeriod(ctx.db, id, periodReadScopes(ctx.actor), lock);
  if (!row) throw NotFound('Kỳ báo cáo');
  const deadlines = await repo.periodDeadlines(ctx.db, [id]);
  return { row, deadlines };
}

/**
 * The periods in scope (or of one unit), answered whole: a few a year per tree, and the register sorts
 * them itself. `can.create` is whether the actor may open a period rooted at the listed unit (or its
 * active unit).
 */
export async function listPeriods(
  ctx: Ctx,
  q: { unitId?: number; year?: number; kind?: string; status?: string },
) {
  let scopes = periodReadScopes(ctx.actor) ?? [{ unitId: 0, path: '/', subtree: true }];
  const unit = q.unitId ? await org.getUnitById(ctx, q.unitId) : undefined;
  if (q.unitId) scopes = authorizeListUnit(ctx.actor, unit);
  const list = await repo.listPeriods(ctx.db, scopes, q);
  const deadlines = await repo.periodDeadlines(
    ctx.db,
    list.map((r) => r.p.id),
  );
  const can = listCan(ctx.actor, unit, (at) => canPeriod(ctx.actor, 'create', { root: at }));
  return wholeList(
    list.map((r) => presentPeriod(ctx, r, deadlines)),
    can,
  );
}

export async function getPeriod(ctx: Ctx, id: number) {
  const { row, deadlines } = await visiblePeriod(ctx, id);
  return presentPeriod(ctx, row, deadlines);
}

/** A period as just written, presented to the actor who wrote it. */
export async function presentPeriodById(ctx: Ctx, id: number) {
  const row = (await repo.getPeriod(ctx.db, id, null))!;
  return presentPeriod(ctx, row, await repo.periodDeadlines(ctx.db, [id]));
}

/**
 * The unit a period view is about: the one asked for (it must lie in the period's tree and in the
 * actor's scope for `perm`), else the period's root when in scope, else the actor's working unit.
 */
export async function resolvePeriodUnit(
  ctx: Ctx,
  period: repo.PeriodView,
  unitId: number | undefined,
  perm: Permission = 'reporting:read',
) {
  const id = periodViewUnitId(ctx.actor, period, unitId, perm);
  const unit = id ? await org.getUnitById(ctx, id) : undefined;
  return authorizePeriodUnit(ctx.actor, period, unit, perm);
}

/** Units expected to report in a period (as of its data cut-off), under a unit, optionally scoped. */
export function expectedFor(
  ctx: Ctx,
  period: repo.PeriodView,
  within: { path: string } | null,
  scopes: Scope[] | null,
) {
  return repo.expectedUnits(
    ctx.db,
    {
      rootPath: period.rootUnitPath,
      rootId: period.p.rootUnitId,
      requiredGroups: period.p.requiredGroups,
      requiredKinds: period.p.requiredKinds,
      asOf: period.p.cutoffDate,
    },
    within,
    scopes,
  );
}
