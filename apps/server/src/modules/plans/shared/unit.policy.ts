/**
 * The unit-level rules the entity policies of the plans module are built from (plan/plan.policy.ts,
 * task/task.policy.ts, …). Reads follow the actor's org subtree; some records are shared downwards on
 * purpose (issued plans and their tasks, shared guiding documents, year themes and movements): a
 * superior's such records are readable below it, its drafts and unshared records stay invisible (404).
 */
import type { Permission } from '@danvan/contracts';
import { activeAssignment, type Actor, type Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';

export type UnitLike = { id: number; path: string };
/** A record held by a unit (every record of the module carries its unit's id and path). */
export type UnitRecord = { unitId: number; unitPath: string };

export const unitOf = (r: UnitRecord): UnitLike => ({ id: r.unitId, path: r.unitPath });

/** Whether the actor holds `perm` at the unit. */
export function holds(actor: Actor | null, perm: Permission, unit: UnitLike): boolean {
  return actor ? inScope(scopesFor(actor, perm), unit) : false;
}

/** Whether `unit` is the unit of a scope or one of its superiors. */
export function isAncestorOfScope(scopes: Scope[], unit: UnitLike): boolean {
  return scopes.some((s) => s.path.startsWith(unit.path));
}

/** The actor reads the module's records of the unit (its own scope). */
export function readsAt(actor: Actor | null, unit: UnitLike): boolean {
  return holds(actor, 'plans:read', unit);
}

/** The unit is a superior of (or is) a unit the actor reads at: what it shares downwards is visible. */
export function readsBelow(actor: Actor | null, unit: UnitLike): boolean {
  return actor ? isAncestorOfScope(scopesFor(actor, 'plans:read'), unit) : false;
}

/**
 * For a record of `unit` the actor reads only because it is shared downwards: the actor's own scope
 * below it (the record's attachments are then reported as held there, locked). Null when the actor
 * reads at the unit itself, or not at all.
 */
export function readerUnitBelow(actor: Actor | null, unit: UnitLike): Scope | null {
  if (!actor) return null;
  const scopes = scopesFor(actor, 'plans:read');
  if (inScope(scopes, unit)) return null;
  return scopes.find((s) => s.path.startsWith(unit.path)) ?? null;
}

/** The actor's read scopes (for the WHERE clause of list queries). */
export function readScopes(ctx: Ctx): Scope[] {
  return scopesFor(requireActor(ctx.actor), 'plans:read');
}

/**
 * Whether the actor's read scope covers the unit and its whole subtree, so a read model over the
 * unit's records needs no per-unit scoping.
 */
export function readsWholeSubtree(ctx: Ctx, unit: UnitLike): boolean {
  return readScopes(ctx).some((s) => s.subtree && unit.path.startsWith(s.path));
}

/** A test for many units at once: the actor reads at the unit. */
export function readsAtTest(ctx: Ctx): (u: UnitLike) => boolean {
  const scopes = readScopes(ctx);
  return (u) => inScope(scopes, u);
}

/** A test for many units at once: the actor directs the unit (plans:manage: may require plans of it, give it tasks). */
export function directsTest(ctx: Ctx): (u: UnitLike) => boolean {
  const scopes = scopesFor(requireActor(ctx.actor), 'plans:manage');
  return (u) => inScope(scopes, u);
}

/** 404 (`what`) when the actor may not even read the record, 403 when readable but not allowed. */
export function authorizeWith(readable: boolean, allowed: boolean, what: string, message?: string): void {
  if (!readable) throw NotFound(what);
  if (!allowed) throw Forbidden(message);
}

/** The unit, when the actor may read the module's records there; otherwise 404. */
export async function readableUnit(ctx: Ctx, unitId: number) {
  const actor = requireActor(ctx.actor);
  const u = await org.getUnitById(ctx, unitId);
  if (!u || !readsAt(actor, u)) throw NotFound('Đơn vị');
  return u;
}

/**
 * The unit a record is to be created at, when the actor may create it there (`allowed`, the entity
 * policy's 'create'): 404 when the unit is unknown or out of read scope, 403 when readable only.
 */
export async function unitToCreateAt(
  ctx: Ctx,
  unitId: number,
  allowed: (actor: Actor, unit: UnitRecord) => boolean,
) {
  const actor = requireActor(ctx.actor);
  const u = await org.getUnitById(ctx, unitId);
  if (!u) throw NotFound('Đơn vị');
  if (allowed(actor, { unitId: u.id, unitPath: u.path })) return u;
  if (readsAt(actor, u)) throw Forbidden();
  throw NotFound('Đơn vị');
}

/** The unit a query is about: the given one (checked) or the actor's active unit. */
export async function unitOrActive(ctx: Ctx, unitId: number | undefined) {
  const actor = requireActor(ctx.actor);
  if (unitId) return readableUnit(ctx, unitId);
  const a = activeAssignment(actor);
  if (!a) throw NotFound('Đơn vị');
  return readableUnit(ctx, a.unitId);
}
