/** SQL fragments and row normalisers shared by the repositories of the plans module. */
import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/scope.ts';
import { unitIdInScopeSql } from '../../../core/scope.ts';

/** The open assignment statuses, as an SQL list. */
export const OPEN = sql.raw(`('not_started', 'in_progress')`);

/** Ids of the units on the paths of the scopes: the scope units and every superior of them. */
export function ancestorIdsOf(scopes: Scope[]): number[] {
  const out = new Set<number>();
  for (const s of scopes) for (const part of s.path.split('/').filter(Boolean)) out.add(Number(part));
  return [...out];
}

/**
 * SQL: the record's unit is in scope, or (when `sharedDown` holds) a superior of a scope unit. The
 * query side of the policies' "shared downwards" read rule.
 */
export function visibleUnitSql(scopes: Scope[], unitCol: SQL | unknown, sharedDown: SQL): SQL {
  const ancestors = ancestorIdsOf(scopes);
  const own = unitIdInScopeSql(scopes, unitCol);
  if (!ancestors.length) return own;
  return sql`(${own} OR (${sharedDown} AND ${unitCol} = ANY(${sql.raw(`ARRAY[${ancestors.join(',')}]::int[]`)})))`;
}

/** SQL: the unit column is the unit or one of its superiors (records set for a subtree apply below). */
export function onPathOf(unitCol: unknown, unit: { path: string }): SQL {
  const ids = unit.path.split('/').filter(Boolean).map(Number);
  return sql`${unitCol} = ANY(${sql.raw(`ARRAY[${ids.join(',')}]::int[]`)})`;
}

/** SQL: the unit column is the unit (or, with `subtree`, any unit below it). */
export function unitOrSubtreeSql(q: { unitId: number; unitPath: string; subtree?: boolean }, col: SQL): SQL {
  return q.subtree
    ? sql`${col} IN (select su.id from org_units su where su.path LIKE ${q.unitPath + '%'})`
    : sql`${col} = ${q.unitId}`;
}

export function intArray(ids: number[]): SQL {
  return sql.raw(`ARRAY[${ids.map((n) => Math.trunc(Number(n))).join(',')}]::int[]`);
}

/** Raw rows give dates as strings on node-postgres and as Date on PGlite; normalise to 'YYYY-MM-DD'. */
export function dateString(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    const y = v.getUTCFullYear();
    return `${y}-${String(v.getUTCMonth() + 1).padStart(2, '0')}-${String(v.getUTCDate()).padStart(2, '0')}`;
  }
  return String(v).slice(0, 10);
}
