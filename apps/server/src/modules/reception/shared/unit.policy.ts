/**
 * The unit-level rules the policies of the reception module are built from: records are read within
 * the actor's reception:read scope and written where the actor holds reception:write (the reception
 * officer and the head of the unit). Nothing is shared downwards: out of scope is 404.
 */
import type { Permission } from '@danvan/contracts';
import { activeAssignment, type Actor, type Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';

export type UnitLike = { id: number; path: string };
/** A record held by a unit. */
export type UnitRecord = { unitId: number; unitPath: string };

export const unitOf = (r: UnitRecord): UnitLike => ({ id: r.unitId, path: r.unitPath });

export const READ: Permission = 'reception:read';
export const WRITE: Permission = 'reception:write';

export function holds(actor: Actor | null, perm: Permission, unit: UnitLike): boolean {
  return actor ? inScope(scopesFor(actor, perm), unit) : false;
}
export const readsAt = (actor: Actor | null, unit: UnitLike) => holds(actor, READ, unit);
export const writesAt = (actor: Actor | null, unit: UnitLike) =>
  holds(actor, WRITE, unit) && holds(actor, READ, unit);

export function readScopes(ctx: Ctx): Scope[] {
  return scopesFor(requireActor(ctx.actor), READ);
}

/** 404 (`what`) when the record is not readable, 403 when readable but the action is not allowed. */
export function authorizeWith(readable: boolean, allowed: boolean, what: string): void {
  if (!readable) throw NotFound(what);
  if (!allowed) throw Forbidden();
}

/** The unit, when the actor reads reception records there; otherwise 404. */
export async function readableUnit(ctx: Ctx, unitId: number) {
  const actor = requireActor(ctx.actor);
  const u = await org.getUnitById(ctx, unitId);
  if (!u || !readsAt(actor, u)) throw NotFound('Đơn vị');
  return u;
}

/** The unit a record is created at: 404 when unknown or out of read scope, 403 when readable only. */
export async function unitToWriteAt(ctx: Ctx, unitId: number) {
  const actor = requireActor(ctx.actor);
  const u = await org.getUnitById(ctx, unitId);
  if (!u || !readsAt(actor, u)) throw NotFound('Đơn vị');
  if (!writesAt(actor, u)) throw Forbidden();
  return u;
}

/** The unit a query is about: the given one (checked) or the actor's active unit. */
export async function unitOrActive(ctx: Ctx, unitId: number | undefined) {
  const actor = requireActor(ctx.actor);
  if (unitId) return readableUnit(ctx, unitId);
  const a = activeAssignment(actor);
  if (!a) throw NotFound('Đơn vị');
  return readableUnit(ctx, a.unitId);
}
