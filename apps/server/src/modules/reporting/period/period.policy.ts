import type { Permission } from '@danvan/contracts';
import { activeAssignment, type Actor, type Ctx } from '../../../core/context.ts';
import { EDITABLE_REPORT_STATUSES } from '@danvan/domain';
import { Err, NotFound } from '../../../core/errors.ts';
import { assertUnitAccess, inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';

/**
 * The access rules of a report period. Reading: a period is visible to the actor's reporting:read scope
 * when rooted in it or when a unit in it must report (the repository's periodVisibleSql). Managing
 * (edit, close, compile, review its reports, remind the late units): reporting:review over the period's
 * root unit; reminding only while the period is open.
 */
export type PeriodAction = 'create' | 'update' | 'compile' | 'review' | 'remind';

export interface PeriodRecord {
  root: { id: number; path: string };
  /** Whether the period is open (absent for create: the period does not exist yet). */
  open?: boolean;
  /** The status of the root's own report for the level above (null: not compiled yet). */
  provinceStatus?: string | null;
}

export const periodRecord = (row: {
  p: { rootUnitId: number; status?: string };
  rootUnitPath: string;
  provinceStatus?: string | null;
}): PeriodRecord => ({
  root: { id: row.p.rootUnitId, path: row.rootUnitPath },
  open: row.p.status === undefined ? undefined : row.p.status === 'open',
  provinceStatus: row.provinceStatus ?? null,
});

/**
 * When: what the period's state allows, whoever asks. Reminding needs an open period; compiling an
 * open period whose province report is not compiled yet or still editable (draft, returned).
 */
function periodStateAllows(action: PeriodAction, r: PeriodRecord): boolean {
  if (action === 'remind') return r.open !== false;
  if (action === 'compile')
    return (
      r.open !== false &&
      (!r.provinceStatus || (EDITABLE_REPORT_STATUSES as readonly string[]).includes(r.provinceStatus))
    );
  return true;
}

/** The scopes periods are read in (null: every period, for the system). */
export function periodReadScopes(actor: Actor | null): Scope[] | null {
  const a = requireActor(actor);
  return a.system ? null : scopesFor(a, 'reporting:read');
}

/** Whether the actor may do the action to a period (or, for create, create one rooted at `root`). */
export function canPeriod(actor: Actor | null, action: PeriodAction, r: PeriodRecord): boolean {
  return !!actor && inScope(scopesFor(actor, 'reporting:review'), r.root) && periodStateAllows(action, r);
}

/** The `can` flags of a period response. */
export function canPeriodFlags(actor: Actor | null, r: PeriodRecord) {
  return {
    update: canPeriod(actor, 'update', r),
    compile: canPeriod(actor, 'compile', r),
    review: canPeriod(actor, 'review', r),
    remind: canPeriod(actor, 'remind', r),
  };
}

/**
 * 404 when the root unit's reports are not readable to the actor, 403 when it may not manage them,
 * 409 (locked) when the period's state does not allow the action (reminding in a closed period).
 */
export function authorizePeriod(ctx: Ctx, action: PeriodAction, r: PeriodRecord): void {
  assertUnitAccess(ctx.actor, 'reporting:review', r.root, 'reporting:read');
  if (!periodStateAllows(action, r)) {
    if (r.open === false)
      throw Err.locked(
        action === 'remind'
          ? 'Kỳ báo cáo đã đóng; không thể nhắc các đơn vị chưa nộp.'
          : 'Kỳ báo cáo đã đóng.',
      );
    throw Err.state_invalid('Báo cáo của tỉnh đã gửi; không thể tổng hợp lại.');
  }
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
  if (!unit || !inScope(scopesFor(a, 'reporting:read'), unit)) throw NotFound('Đơn vị');
  return [{ unitId: unit.id, path: unit.path, subtree: false }];
}
