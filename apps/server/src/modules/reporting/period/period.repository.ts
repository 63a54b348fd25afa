import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  reportingDeadlines,
  reportingPeriods,
  reportingReports,
  reportingTemplates,
} from '../../../db/schema/reporting.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { unitScopeSql, type Scope } from '../../../core/scope.ts';
import { LRUCache } from 'lru-cache';
import { orgGeneration, orgGenerationSql } from '../../org/index.ts';
import { rows, textArray } from '../shared/sql.ts';

export type PeriodRow = typeof reportingPeriods.$inferSelect;
export type DeadlineRow = typeof reportingDeadlines.$inferSelect;

const periodColumns = {
  p: reportingPeriods,
  rootUnitName: orgUnits.name,
  rootUnitPath: orgUnits.path,
  templateName: reportingTemplates.name,
  templateVersion: reportingTemplates.version,
  /** The status of the report the root compiles for the level above (null: not compiled yet). */
  provinceStatus: sql<string | null>`(select pr.status from ${reportingReports} pr
    where pr.period_id = ${reportingPeriods.id} and pr.unit_id = ${reportingPeriods.rootUnitId} and pr.level = 'province')`,
};

/** Visible periods: rooted in scope, or where a unit in scope must report. */
export function periodVisibleSql(scopes: Scope[]): SQL {
  if (!scopes.length) return sql`false`;
  const expectedInScope = sql`exists (
    select 1 from org_units eu
    where eu.path like ${orgUnits.path} || '%' and eu.id <> ${orgUnits.id}
      and ${unitScopeSql(scopes, sql`eu.id`, sql`eu.path`)}
      and (eu.kind = any(${reportingPeriods.requiredKinds})
        or exists (select 1 from org_unit_groups eug join org_groups eg on eg.id = eug.group_id
                   where eug.unit_id = eu.id and eg.code = any(${reportingPeriods.requiredGroups}))))`;
  return sql`(${unitScopeSql(scopes, orgUnits.id, orgUnits.path)} or ${expectedInScope})`;
}

export async function listPeriods(
  db: Db,
  scopes: Scope[],
  f: { year?: number; kind?: string; status?: string },
) {
  return db
    .select(periodColumns)
    .from(reportingPeriods)
    .innerJoin(orgUnits, eq(orgUnits.id, reportingPeriods.rootUnitId))
    .innerJoin(reportingTemplates, eq(reportingTemplates.id, reportingPeriods.templateId))
    .where(
      and(
        periodVisibleSql(scopes),
        f.year ? eq(reportingPeriods.year, f.year) : undefined,
        f.kind ? eq(reportingPeriods.kind, f.kind) : undefined,
        f.status ? eq(reportingPeriods.status, f.status) : undefined,
      ),
    )
    .orderBy(desc(reportingPeriods.toDate), desc(reportingPeriods.id));
}

/**
 * A period with its root unit and template, if visible in `scopes` (null: the caller already holds a
 * record that makes it readable, e.g. a report of it, or acts as the system). In a transaction, `lock`
 * holds its row until commit: 'update' for a verb that changes the period, 'share' for a report verb
 * that relies on it staying open (a close waits for those, and they wait for a close).
 */
export async function getPeriod(db: Db, id: number, scopes: Scope[] | null, lock?: 'share' | 'update') {
  const q = db
    .select(periodColumns)
    .from(reportingPeriods)
    .innerJoin(orgUnits, eq(orgUnits.id, reportingPeriods.rootUnitId))
    .innerJoin(reportingTemplates, eq(reportingTemplates.id, reportingPeriods.templateId))
    .where(and(eq(reportingPeriods.id, id), scopes ? periodVisibleSql(scopes) : undefined));
  const [row] = await (lock ? q.for(lock, { of: reportingPeriods }) : q);
  return row;
}
export type PeriodView = NonNullable<Awaited<ReturnType<typeof getPeriod>>>;

export async function periodDeadlines(db: Db, periodIds: number[]): Promise<DeadlineRow[]> {
  if (!periodIds.length) return [];
  return db.select().from(reportingDeadlines).where(inArray(reportingDeadlines.periodId, periodIds));
}

export async function insertPeriod(db: Db, v: typeof reportingPeriods.$inferInsert) {
  const [row] = await db.insert(reportingPeriods).values(v).returning();
  return row;
}

export async function updatePeriod(db: Db, id: number, v: Partial<typeof reportingPeriods.$inferInsert>) {
  await db
    .update(reportingPeriods)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(reportingPeriods.id, id));
}

export async function setDeadlines(
  db: Db,
  periodId: number,
  list: { level: string; deadline: string; remindDaysBefore: number }[],
) {
  await db.delete(reportingDeadlines).where(eq(reportingDeadlines.periodId, periodId));
  if (list.length) await db.insert(reportingDeadlines).values(list.map((d) => ({ ...d, periodId })));
}

/** Open periods with their deadlines (for the reminders job). */
export async function openPeriodsWithDeadlines(db: Db) {
  return db
    .select({ p: reportingPeriods, d: reportingDeadlines, rootPath: orgUnits.path, rootName: orgUnits.name })
    .from(reportingPeriods)
    .innerJoin(reportingDeadlines, eq(reportingDeadlines.periodId, reportingPeriods.id))
    .innerJoin(orgUnits, eq(orgUnits.id, reportingPeriods.rootUnitId))
    .where(eq(reportingPeriods.status, 'open'));
}

/** A previous period of the same kind and root, for "change against the previous period". */
export async function previousPeriod(db: Db, p: PeriodRow) {
  const [row] = await db
    .select()
    .from(reportingPeriods)
    .where(
      and(
        eq(reportingPeriods.rootUnitId, p.rootUnitId),
        eq(reportingPeriods.kind, p.kind),
        sql`${reportingPeriods.toDate} < ${p.fromDate}`,
      ),
    )
    .orderBy(desc(reportingPeriods.toDate))
    .limit(1);
  return row;
}

export interface ExpectedUnit {
  id: number;
  name: string;
  code: string;
  kind: string;
  path: string;
  groups: string[];
}

/**
 * Units that must report for a period: active on the data cut-off, strictly inside the root's subtree,
 * of a required kind or in a required group; limited to a subtree and to the actor's scope (null: the
 * whole tree, for the system's jobs).
 */
/**
 * The expected units of the periods read lately, by org generation and question: derived from the
 * tree alone (and the period's rules, which are part of the key), they change when the tree does.
 * The lists are shared between readers: read-only.
 */
const expectedCache = new LRUCache<string, ExpectedUnit[]>({ max: 128 });

export async function expectedUnits(
  db: Db,
  p: { rootPath: string; rootId: number; requiredGroups: string[]; requiredKinds: string[]; asOf: string },
  within: { path: string } | null,
  scopes: Scope[] | null,
): Promise<ExpectedUnit[]> {
  const key = (g: string) =>
    JSON.stringify([
      g,
      p.rootPath,
      p.rootId,
      p.requiredGroups,
      p.requiredKinds,
      p.asOf,
      within?.path,
      scopes,
    ]);
  const hit = expectedCache.get(key(await orgGeneration(db)));
  if (hit) return hit;
  // a row per unit and group, in the order of the tree, gathered here: grouped in SQL, each unit's
  // array of groups cost a sort of its own (20 ms for a nation's 4,100 units; flat, 10)
  const r = await rows<Omit<ExpectedUnit, 'groups'> & { code_g: string | null; gen: string }>(
    db,
    // the generation read with the units, in one snapshot: they are kept under the tree they came from
    sql`select u.id, u.name, u.code, u.kind, u.path, g.code as code_g, ${orgGenerationSql} as gen
      from org_units u
      left join org_unit_groups ug on ug.unit_id = u.id
      left join org_groups g on g.id = ug.group_id
      where u.path like ${p.rootPath + '%'} and u.id <> ${p.rootId}
        ${within ? sql`and u.path like ${within.path + '%'}` : sql``}
        ${scopes ? sql`and ${unitScopeSql(scopes, sql`u.id`, sql`u.path`)}` : sql``}
        and u.valid_from <= ${p.asOf} and (u.valid_to is null or u.valid_to >= ${p.asOf})
        and (u.kind = any(${textArray(p.requiredKinds)}) or exists (
          select 1 from org_unit_groups rg join org_groups rgg on rgg.id = rg.group_id
          where rg.unit_id = u.id and rgg.code = any(${textArray(p.requiredGroups)})))
      order by u.path, g.code`,
  );
  const out: ExpectedUnit[] = [];
  for (const x of r) {
    const id = Number(x.id);
    let last = out.at(-1);
    if (last?.id !== id)
      out.push((last = { id, name: x.name, code: x.code, kind: x.kind, path: x.path, groups: [] }));
    if (x.code_g !== null) last.groups.push(x.code_g);
  }
  // none expected: no row carries the generation, and nothing is kept
  if (r.length) expectedCache.set(key(String(r[0].gen)), out);
  return out;
}
