import { sql, type SQL } from 'drizzle-orm';
import { isOwnUnitPermission, permissionsOfRole, type Permission } from '@danvan/contracts';
import { activeAssignment, type Actor } from './context.ts';
import { Forbidden, NotFound, Unauthenticated } from './errors.ts';

/** A part of the org tree where the actor holds a permission. */
export interface Scope {
  unitId: number;
  path: string;
  subtree: boolean;
}

/** The units where the actor holds `perm`; empty means nowhere. */
export function scopesFor(actor: Actor | null, perm: Permission): Scope[] {
  if (!actor) return [];
  if (actor.system) return [{ unitId: 0, path: '/', subtree: true }];
  const out: Scope[] = [];
  // Permissions are per assignment: only assignments whose role carries perm give scope. Some
  // (a unit's own report) hold at the assignment's unit only, never over the units below it.
  const ownOnly = isOwnUnitPermission(perm);
  for (const a of actor.assignments) {
    if (!permissionsOfRole(a.role).includes(perm)) continue;
    out.push({ unitId: a.unitId, path: a.unitPath, subtree: a.includeSubtree && !ownOnly });
  }
  return out;
}

/** Whether a unit (by id and path) lies in any of the scopes. */
export function inScope(scopes: Scope[], unit: { id: number; path: string }): boolean {
  return scopes.some((s) => s.unitId === unit.id || (s.subtree && unit.path.startsWith(s.path)));
}

/**
 * Whether the scopes cover a grant at `unit`: the unit itself and, when `subtree`, every unit below it
 * (which only a scope over a subtree containing the unit does).
 */
export function coversGrant(scopes: Scope[], unit: { id: number; path: string }, subtree: boolean): boolean {
  if (!subtree) return inScope(scopes, unit);
  return scopes.some((s) => s.subtree && unit.path.startsWith(s.path));
}

/** Whether one of the scopes is a whole tree: a root unit with its subtree (or the system's '/'). */
export function coversRoot(scopes: Scope[]): boolean {
  return scopes.some((s) => s.subtree && (s.path === '/' || s.path === `/${s.unitId}/`));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/**
 * SQL predicate: the org unit with these id and path columns is in scope. Each scope is one indexed
 * predicate (path LIKE '/1/5/%' on a text_pattern_ops index, or id = n).
 */
export function unitScopeSql(scopes: Scope[], idCol: SQL | unknown, pathCol: SQL | unknown): SQL {
  if (scopes.length === 0) return sql`false`;
  const parts = scopes.map((s) =>
    s.subtree ? sql`${pathCol} LIKE ${escapeLike(s.path) + '%'}` : sql`${idCol} = ${s.unitId}`,
  );
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** SQL predicate for a table with a unit id column: the unit lies in scope. */
export function unitIdInScopeSql(scopes: Scope[], unitIdCol: SQL | unknown): SQL {
  if (scopes.length === 0) return sql`false`;
  return sql`${unitIdCol} IN (SELECT su.id FROM org_units su WHERE ${unitScopeSql(scopes, sql`su.id`, sql`su.path`)})`;
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw Unauthenticated();
  return actor;
}

/** Throws 404 when the unit is outside every scope that grants `perm` to read, 403 when readable but not writable. */
export function assertUnitAccess(
  actor: Actor | null,
  perm: Permission,
  unit: { id: number; path: string },
  readPerm?: Permission,
): void {
  const a = requireActor(actor);
  if (inScope(scopesFor(a, perm), unit)) return;
  if (readPerm && inScope(scopesFor(a, readPerm), unit)) throw Forbidden();
  throw NotFound();
}

/**
 * A list's `can` flags: whether the actor may create a record at the unit the list is about (the
 * query's unit), or else at the actor's active unit. `mayCreate` is the entity policy's 'create'
 * predicate, so the button the web shows and the check the verb makes are the same rule.
 */
export function listCan(
  actor: Actor | null,
  unit: { id: number; path: string } | undefined,
  mayCreate: (unit: { id: number; path: string }) => boolean,
): { create: boolean } {
  const active = actor ? activeAssignment(actor) : null;
  const at = unit ?? (active ? { id: active.unitId, path: active.unitPath } : null);
  return { create: Boolean(actor && at && mayCreate(at)) };
}
