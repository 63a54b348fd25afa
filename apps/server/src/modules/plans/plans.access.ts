/**
 * Who may see and do what in the plans module. Reads follow the actor's org subtree; two kinds of
 * records are shared downwards on purpose: issued plans (and their tasks) of a superior unit, which
 * every subordinate unit must implement, and guiding documents a superior registered as shared. A
 * superior's drafts and unshared records stay invisible (404) below it.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Permission } from '@danvan/contracts';
import { activeAssignment, type Actor, type Ctx } from '../../core/context.ts';
import { Forbidden, NotFound } from '../../core/errors.ts';
import { inScope, requireActor, scopesFor, unitIdInScopeSql, type Scope } from '../../core/scope.ts';
import * as org from '../org/index.ts';

export type UnitLike = { id: number; path: string };

/** Ids of the units on the paths of the scopes: the scope units and every superior of them. */
export function ancestorIdsOf(scopes: Scope[]): number[] {
  const out = new Set<number>();
  for (const s of scopes) for (const part of s.path.split('/').filter(Boolean)) out.add(Number(part));
  return [...out];
}

/** Whether `unit` is the unit of a scope or one of its superiors. */
export function isAncestorOfScope(scopes: Scope[], unit: UnitLike): boolean {
  return scopes.some((s) => s.path.startsWith(unit.path));
}

/** SQL: the record's unit is in scope, or (when `sharedDown` holds) a superior of a scope unit. */
export function visibleUnitSql(scopes: Scope[], unitCol: SQL | unknown, sharedDown: SQL): SQL {
  const ancestors = ancestorIdsOf(scopes);
  const own = unitIdInScopeSql(scopes, unitCol);
  if (!ancestors.length) return own;
  return sql`(${own} OR (${sharedDown} AND ${unitCol} = ANY(${sql.raw(`ARRAY[${ancestors.join(',')}]::int[]`)})))`;
}

export function can(actor: Actor | null, perm: Permission, unit: UnitLike): boolean {
  return actor ? inScope(scopesFor(actor, perm), unit) : false;
}

/** The unit, when the actor may read plans there; otherwise 404. */
export async function readableUnit(ctx: Ctx, unitId: number) {
  const actor = requireActor(ctx.actor);
  const u = await org.getUnitById(ctx, unitId);
  if (!u || !inScope(scopesFor(actor, 'plans:read'), u)) throw NotFound('Đơn vị');
  return u;
}

/** The unit, when the actor holds `perm` there: 404 when out of read scope, 403 when readable only. */
export async function unitWith(ctx: Ctx, unitId: number, perm: Permission) {
  const actor = requireActor(ctx.actor);
  const u = await org.getUnitById(ctx, unitId);
  if (!u) throw NotFound('Đơn vị');
  if (inScope(scopesFor(actor, perm), u)) return u;
  if (inScope(scopesFor(actor, 'plans:read'), u)) throw Forbidden();
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

export function readScopes(ctx: Ctx): Scope[] {
  return scopesFor(requireActor(ctx.actor), 'plans:read');
}
