import type { Permission } from '@danvan/contracts';
import { activeAssignment, type Actor, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { assertUnitAccess, inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';

/**
 * The access rules of a report period. Reading: a period is visible to the actor's reports:read scope
 * when rooted in it or when a unit in it must report (the repository's periodVisibleSql). Managing
 * (edit, close, compile, review its reports): reports:review over the period's root unit.
 */
export type PeriodAction = 'create' | 'update' | 'compile' | 'review';

export interface PeriodRecord {
  root: { id: number; path: string };
}

export const periodRecord = (row: { p: { rootUnitId: number }; rootUnitPath: string }): PeriodRecord => ({
  root: { id: row.p.rootUnitId, path: row.rootUnitPath },
});

/** The scopes periods are read in (null: every period, for the system). */
export function periodReadScopes(actor: Actor | null): Scope[] | null {
  const a = requireActor(actor);
  return a.system ? null : scopesFor(a, 'reports:read');
}

/** Whether the actor may do the action to a period (or, for create, create one rooted at `root`). */
export function canPeriod(actor: Actor | null, _action: PeriodAction, r: PeriodRecord): boolean {
  return !!actor && inScope(scopesFor(actor, 'reports:review'), r.root);
}

/** The `can` flags of a period response. */
export function canPeriodFlags(actor: Actor | null, r: PeriodRecord) {
  return {
    update: canPeriod(actor, 'update', r),
    compile: canPeriod(actor, 'compile', r),
    review: canPeriod(actor, 'review', r),
  };
}

/** 404 when the root unit's reports are not readable to the actor, 403 when it may not manage them. */
export function authorizePeriod(ctx: Ctx, _action: PeriodAction, r: PeriodRecord): void {
  assertUnitAccess(ctx.actor, 'reports:review', r.root, 'reports:read');
}

/**
 * The unit a period view is about: the one asked for (it must lie in the period's tree and in the
 * actor's scope for `perm`), else the period's root when in scope, else the actor's working unit.
 * Returns the unit id to load, or throws 404; `check` then confirms the loaded unit.
 */
export function periodViewUnitId(
  actor: Actor | null,
  period: { p: { rootUnitId: number }; rootUnitPath: string },
  unitId: number | undefined,
  perm: Permission,
): number | undefined {
  const a = requireActor(actor);
  if (unitId) return unitId;
  const scopes = scopesFor(a, perm);
  const root = { id: period.p.rootUnitId, path: period.rootUnitPath };
  if (inScope(scopes, root)) return root.id;
  return activeAssignment(a)?.unitId ?? scopes[0]?.unitId;
}

/** Throws 404 unless the unit lies in the period's tree and in the actor's scope for `perm`. */
export function authorizePeriodUnit<U extends { id: number; path: string }>(
  actor: Actor | null,
  period: { rootUnitPath: string },
  unit: U | undefined,
  perm: Permission,
): U {
  const a = requireActor(actor);
  if (!unit || !unit.path.startsWith(period.rootUnitPath) || !inScope(scopesFor(a, perm), unit))
    throw NotFound('Đơn vị');
  return unit;
}

/** The periods list narrowed to one unit: 404 unless that unit's reports are readable. */
export function authorizeListUnit(
  actor: Actor | null,
  unit: { id: number; path: string } | undefined,
): Scope[] {
  const a = requireActor(actor);
  if (!unit || !inScope(scopesFor(a, 'reports:read'), unit)) throw NotFound('Đơn vị');
  return [{ unitId: unit.id, path: unit.path, subtree: false }];
}
