/** Drizzle queries for the leaders in charge (phân công lãnh đạo phụ trách) and the units without one. */
import { and, asc, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { plansLeaders } from '../../../db/schema/plans.ts';
import { countAll } from '../../../core/page.ts';
import { unitIdInScopeSql, unitScopeSql, type Scope } from '../../../core/scope.ts';
import { dateString, unitOrSubtreeSql } from '../shared/sql.ts';

const leaderColumns = {
  id: plansLeaders.id,
  unitId: plansLeaders.unitId,
  leaderName: plansLeaders.leaderName,
  position: plansLeaders.position,
  fromDate: plansLeaders.fromDate,
  toDate: plansLeaders.toDate,
  decisionNumber: plansLeaders.decisionNumber,
  decisionDate: plansLeaders.decisionDate,
  decisionIssuer: plansLeaders.decisionIssuer,
  note: plansLeaders.note,
  isDemo: plansLeaders.isDemo,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type LeaderView = Awaited<ReturnType<typeof getLeader>> & object;

export interface LeaderFilter {
  under?: { path: string };
  activeOn?: string;
  q?: string;
}

/** The leaders in scope matching the filter, by unit then newest first (a page of it: core/page.ts). */
export function leaderList(db: Db, scopes: Scope[], f: LeaderFilter) {
  const parts: SQL[] = [unitIdInScopeSql(scopes, plansLeaders.unitId)];
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${f.under.path + '%'}`);
  if (f.activeOn)
    parts.push(
      and(
        sql`${plansLeaders.fromDate} <= ${f.activeOn}`,
        or(isNull(plansLeaders.toDate), sql`${plansLeaders.toDate} >= ${f.activeOn}`),
      )!,
    );
  if (f.q)
    parts.push(
      sql`(${plansLeaders.searchKey} LIKE '%' || lower(f_unaccent(${f.q})) || '%' OR ${orgUnits.searchKey} LIKE '%' || lower(f_unaccent(${f.q})) || '%')`,
    );
  const where = and(...parts)!;
  return {
    rows: db
      .select(leaderColumns)
      .from(plansLeaders)
      .innerJoin(orgUnits, eq(orgUnits.id, plansLeaders.unitId))
      .where(where)
      .orderBy(asc(orgUnits.depth), asc(orgUnits.name), desc(plansLeaders.fromDate), asc(plansLeaders.id)),
    count: db
      .select(countAll())
      .from(plansLeaders)
      .innerJoin(orgUnits, eq(orgUnits.id, plansLeaders.unitId))
      .where(where),
  };
}

export async function getLeader(db: Db, id: number) {
  const [row] = await db
    .select(leaderColumns)
    .from(plansLeaders)
    .innerJoin(orgUnits, eq(orgUnits.id, plansLeaders.unitId))
    .where(eq(plansLeaders.id, id));
  return row;
}
export async function insertLeader(db: Db, v: typeof plansLeaders.$inferInsert) {
  const [row] = await db.insert(plansLeaders).values(v).returning({ id: plansLeaders.id });
  return row.id;
}
export async function updateLeader(db: Db, id: number, v: Partial<typeof plansLeaders.$inferInsert>) {
  await db.update(plansLeaders).set(v).where(eq(plansLeaders.id, id));
}

/** Active units under a unit (in scope, of the kinds) with their leader in charge on a date, if any. */
export async function leaderCoverage(
  db: Db,
  scopes: Scope[],
  f: { under: { path: string }; kinds: string[]; group?: string; asOf: string; missingOnly: boolean },
) {
  const parts: SQL[] = [
    unitScopeSql(scopes, sql`u.id`, sql`u.path`),
    sql`u.path LIKE ${f.under.path + '%'}`,
    sql`u.valid_from <= ${f.asOf}`,
    sql`(u.valid_to is null or u.valid_to >= ${f.asOf})`,
  ];
  if (f.kinds.length)
    parts.push(
      sql`u.kind = ANY(${sql.raw(`ARRAY[${f.kinds.map((k) => `'${k.replace(/'/g, '')}'`).join(',')}]::text[]`)})`,
    );
  if (f.group)
    parts.push(
      sql`exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = u.id and g.code = ${f.group})`,
    );
  const res = (await db.execute(sql`
    select u.id, u.code, u.name, u.kind, l.leader_name, l.position, l.decision_number, l.from_date
    from org_units u
    left join lateral (
      select l.leader_name, l.position, l.decision_number, l.from_date from plans_leaders l
      where l.unit_id = u.id and l.from_date <= ${f.asOf} and (l.to_date is null or l.to_date >= ${f.asOf})
      order by l.from_date desc, l.id desc limit 1
    ) l on true
    where ${sql.join(parts, sql` and `)}
    order by u.depth, u.name, u.id`)) as unknown as {
    rows: {
      id: number;
      code: string;
      name: string;
      kind: string;
      leader_name: string | null;
      position: string | null;
      decision_number: string | null;
      from_date: unknown;
    }[];
  };
  const all = res.rows.map((r) => ({
    unitId: Number(r.id),
    unitCode: r.code,
    unitName: r.name,
    kind: r.kind,
    leaderName: r.leader_name,
    position: r.position,
    decisionNumber: r.decision_number,
    fromDate: r.from_date == null ? null : dateString(r.from_date)!,
  }));
  const withLeader = all.filter((r) => r.leaderName !== null).length;
  return {
    total: all.length,
    withLeader,
    without: all.length - withLeader,
    rows: f.missingOnly ? all.filter((r) => r.leaderName === null) : all,
  };
}

export async function countUnitsWithLeader(
  db: Db,
  q: { unitId: number; unitPath: string; subtree?: boolean; asOf: string },
) {
  const res = (await db.execute(sql`
    select count(distinct l.unit_id)::int as n from plans_leaders l
    where l.from_date <= ${q.asOf} and (l.to_date is null or l.to_date >= ${q.asOf})
      and ${unitOrSubtreeSql(q, sql`l.unit_id`)}`)) as unknown as { rows: { n: number }[] };
  return Number(res.rows[0].n);
}
