/**
 * The state bodies in scope (the unit kinds that must build models: LEADER_REQUIRED_KINDS, in force
 * today) with the count of their own models by state: one SQL over org_units and models.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { unitScopeSql, type Scope } from '../../../core/scope.ts';

export interface ComplianceFilter {
  kinds: readonly string[];
  today: string;
  under?: { path: string };
  q?: string;
  minimum: number;
  status?: 'none' | 'below' | 'meets';
}

export interface ComplianceDbRow {
  unitId: number;
  unitCode: string;
  unitName: string;
  unitKind: string;
  registered: number;
  running: number;
  recognised: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

function counted(scopes: Scope[], f: ComplianceFilter): SQL {
  const parts: SQL[] = [
    unitScopeSql(scopes, sql`ou.id`, sql`ou.path`),
    sql`ou.kind IN (${sql.join(
      f.kinds.map((k) => sql`${k}`),
      sql`, `,
    )})`,
    sql`ou.valid_from <= ${f.today}`,
    sql`(ou.valid_to IS NULL OR ou.valid_to >= ${f.today})`,
  ];
  if (f.under) parts.push(sql`ou.path LIKE ${escapeLike(f.under.path) + '%'}`);
  if (f.q) parts.push(sql`ou.search_key LIKE '%' || lower(f_unaccent(${escapeLike(f.q)})) || '%'`);
  return sql`
    SELECT ou.id AS "unitId", ou.code AS "unitCode", ou.name AS "unitName", ou.kind AS "unitKind",
      count(m.id) FILTER (WHERE m.state = 'registered')::int AS registered,
      count(m.id) FILTER (WHERE m.state IN ('running', 'evaluated'))::int AS running,
      count(m.id) FILTER (WHERE m.state IN ('recognised', 'replicated'))::int AS recognised
    FROM org_units ou LEFT JOIN models m ON m.unit_id = ou.id
    WHERE ${sql.join(parts, sql` AND `)}
    GROUP BY ou.id, ou.code, ou.name, ou.kind`;
}

const statusSql = (min: number, status?: string): SQL => {
  if (status === 'none') return sql`(running + recognised) = 0`;
  if (status === 'below') return sql`(running + recognised) > 0 AND (running + recognised) < ${min}`;
  if (status === 'meets') return sql`(running + recognised) >= ${min} AND (running + recognised) > 0`;
  return sql`true`;
};

export async function complianceRows(
  db: Db,
  scopes: Scope[],
  f: ComplianceFilter,
  page: { limit: number; offset: number },
): Promise<{
  rows: ComplianceDbRow[];
  total: number;
  summary: { units: number; none: number; below: number; meets: number };
}> {
  const base = counted(scopes, f);
  const res = await db.execute(sql`
    WITH c AS (${base})
    SELECT *, count(*) OVER ()::int AS "total" FROM c WHERE ${statusSql(f.minimum, f.status)}
    ORDER BY (running + recognised) ASC, "unitName" ASC, "unitId" ASC
    LIMIT ${page.limit} OFFSET ${page.offset}`);
  const rows = (res as unknown as { rows: (ComplianceDbRow & { total: number })[] }).rows;
  const sum = await db.execute(sql`
    WITH c AS (${base})
    SELECT count(*)::int AS units,
      count(*) FILTER (WHERE ${statusSql(f.minimum, 'none')})::int AS none,
      count(*) FILTER (WHERE ${statusSql(f.minimum, 'below')})::int AS below,
      count(*) FILTER (WHERE ${statusSql(f.minimum, 'meets')})::int AS meets
    FROM c`);
  const s = (sum as unknown as { rows: { units: number; none: number; below: number; meets: number }[] })
    .rows[0];
  return {
    rows: rows.map((r) => ({
      unitId: Number(r.unitId),
      unitCode: r.unitCode,
      unitName: r.unitName,
      unitKind: r.unitKind,
      registered: Number(r.registered),
      running: Number(r.running),
      recognised: Number(r.recognised),
    })),
    total: rows.length ? Number(rows[0].total) : 0,
    summary: { units: Number(s.units), none: Number(s.none), below: Number(s.below), meets: Number(s.meets) },
  };
}
