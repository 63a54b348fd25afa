import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/scope.ts';

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** SQL: the unit (path column) is an ancestor-or-self of one of the scopes' units (shared downwards). */
export function aboveScopesSql(scopes: Scope[], pathCol: SQL | unknown): SQL {
  if (!scopes.length) return sql`false`;
  if (scopes.some((s) => s.path === '/')) return sql`true`;
  return sql`(${sql.join(
    scopes.map((s) => sql`${s.path} LIKE replace(replace(${pathCol}, '%', '\\%'), '_', '\\_') || '%'`),
    sql` OR `,
  )})`;
}

export const iso = (d: Date | string | null): string | null =>
  d === null ? null : typeof d === 'string' ? new Date(d).toISOString() : d.toISOString();
