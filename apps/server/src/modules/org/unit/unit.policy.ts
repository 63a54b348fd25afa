/**
 * THE access rules of org units: one predicate per action, used by every org verb to authorise
 * (`authorizeUnit`) and by the presenter for the `can` flags (`unitFlags`).
 */
import type { Permission } from '@danvan/contracts';
import { today, type Actor, type Ctx } from '../../../core/context.ts';
import { Forbidden, Invalid, NotFound } from '../../../core/errors.ts';
import { coversRoot, inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';
import { isActive } from './unit.rules.ts';

type UnitRef = { id: number; path: string };

/**
 * read: see it. update, move, deactivate, merge (as a source or the successor), split: change it.
 * createChild: place a unit under it (a new unit, a moved one, the part of a split).
 */
export type UnitAction = 'read' | 'update' | 'move' | 'deactivate' | 'merge' | 'split' | 'createChild';

const PERMISSION: Record<UnitAction, Permission> = {
  read: 'org:read',
  update: 'org:write',
  move: 'org:write',
  deactivate: 'org:write',
  merge: 'org:write',
  split: 'org:write',
  createChild: 'org:write',
};

/** Where the actor reads units, for list queries. */
export function unitReadScopes(actor: Actor): Scope[] {
  return scopesFor(actor, 'org:read');
}

export function canUnit(actor: Actor | null, action: UnitAction, unit: UnitRef): boolean {
  return inScope(scopesFor(actor, PERMISSION[action]), unit);
}

/** 404 (naming `what`) when the actor may not even see the unit, 403 when visible but not so changed. */
export function authorizeUnit<U extends UnitRef>(
  ctx: Ctx,
  action: UnitAction,
  unit: U | undefined,
  what = 'Đơn vị',
): asserts unit is U {
  const actor = requireActor(ctx.actor);
  if (!unit || !canUnit(actor, 'read', unit)) throw NotFound(what);
  if (!canUnit(actor, action, unit)) throw Forbidden();
}

/** Only an administrator over a whole tree (or the system) may create a new root. */
export function canCreateRoot(actor: Actor): boolean {
  return coversRoot(scopesFor(actor, 'org:write'));
}

export function authorizeCreateRoot(ctx: Ctx): void {
  const actor = requireActor(ctx.actor);
  if (canCreateRoot(actor)) return;
  if (!actor.permissions.has('org:write')) throw NotFound('Đơn vị cấp trên');
  throw Invalid('Phải chọn đơn vị cấp trên.');
}

/** The `can` object of a unit: the access predicate of each action, and the unit in force today. */
export function unitFlags(
  ctx: Ctx,
  u: UnitRef & { parentId: number | null; validFrom: string; validTo: string | null },
) {
  const active = isActive(u, today(ctx));
  const may = (a: UnitAction) => active && canUnit(ctx.actor, a, u);
  return {
    update: may('update'),
    move: may('move') && u.parentId !== null,
    deactivate: may('deactivate'),
    merge: may('merge'),
    split: may('split'),
    createChild: may('createChild'),
  };
}
