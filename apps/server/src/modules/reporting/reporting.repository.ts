import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  reportingDeadlines,
  reportingEvents,
  reportingIndicators,
  reportingPeriods,
  reportingReports,
  reportingTemplates,
  reportingValues,
} from '../../db/schema/reporting.ts';
import { orgUnits } from '../../db/schema/org.ts';
import { unitScopeSql, type Scope } from '../../core/scope.ts';

export type TemplateRow = typeof reportingTemplates.$inferSelect;
export type IndicatorRow = typeof reportingIndicators.$inferSelect;
export type PeriodRow = typeof reportingPeriods.$inferSelect;
export type DeadlineRow = typeof reportingDeadlines.$inferSelect;
export type ReportRow = typeof reportingReports.$inferSelect;
export type ValueRow = typeof reportingValues.$inferSelect;
export type EventRow = typeof reportingEvents.$inferSelect;

/** Rows of a raw query, on either driver. */
export async function rows<T>(db: Db, q: SQL): Promise<T[]> {
  const r = (await db.execute(q)) as unknown as { rows: T[] };
  return r.rows;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const intArray = (ids: number[]) => sql.raw(`ARRAY[${ids.map((i) => Number(i)).join(',')}]::int[]`);
const textArray = (xs: string[]) =>
  sql`${`{${xs.map((x) => `"${x.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;

// ------------------------------------------------------------------------------------------------
// Templates

export async function listTemplates(db: Db) {
  return db
    .select({
      t: reportingTemplates,
      ownerUnitName: orgUnits.name,
      ownerUnitPath: orgUnits.path,
      indicatorCount: sql<number>`(select count(*)::int from reporting_indicators i where i.template_id = ${reportingTemplates.id})`,
      latest: sql<boolean>`not exists (select 1 from reporting_templates n where n.code = ${reportingTemplates.code} and n.version > ${reportingTemplates.version})`,
    })
    .from(reportingTemplates)
    .leftJoin(orgUnits, eq(orgUnits.id, reportingTemplates.ownerUnitId))
    .orderBy(
      desc(reportingTemplates.builtin),
      asc(reportingTemplates.code),
      desc(reportingTemplates.version),
    );
}

export async function getTemplate(db: Db, id: number) {
  const [row] = await db
    .select({ t: reportingTemplates, ownerUnitName: orgUnits.name, ownerUnitPath: orgUnits.path })
    .from(reportingTemplates)
    .leftJoin(orgUnits, eq(orgUnits.id, reportingTemplates.ownerUnitId))
    .where(eq(reportingTemplates.id, id));
  return row;
}

export async function getTemplateByCode(db: Db, code: string, version?: number) {
  const [row] = await db
    .select()
    .from(reportingTemplates)
    .where(
      and(
        eq(reportingTemplates.code, code),
        version === undefined ? undefined : eq(reportingTemplates.version, version),
      ),
    )
    .orderBy(desc(reportingTemplates.version))
    .limit(1);
  return row;
}

export async function templateVersions(db: Db, code: string) {
  return db
    .select({
      id: reportingTemplates.id,
      version: reportingTemplates.version,
      frozenAt: reportingTemplates.frozenAt,
      createdAt: reportingTemplates.createdAt,
    })
    .from(reportingTemplates)
    .where(eq(reportingTemplates.code, code))
    .orderBy(desc(reportingTemplates.version));
}

export async function insertTemplate(db: Db, v: typeof reportingTemplates.$inferInsert) {
  const [row] = await db.insert(reportingTemplates).values(v).returning();
  return row;
}

export async function updateTemplate(db: Db, id: number, v: Partial<typeof reportingTemplates.$inferInsert>) {
  await db
    .update(reportingTemplates)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(reportingTemplates.id, id));
}

export async function freezeTemplate(db: Db, id: number, at: Date) {
  await db
    .update(reportingTemplates)
    .set({ frozenAt: at })
    .where(and(eq(reportingTemplates.id, id), sql`${reportingTemplates.frozenAt} is null`));
}

export async function templateIndicators(db: Db, templateId: number): Promise<IndicatorRow[]> {
  return db
    .select()
    .from(reportingIndicators)
    .where(eq(reportingIndicators.templateId, templateId))
    .orderBy(asc(reportingIndicators.position));
}

export async function replaceIndicators(
  db: Db,
  templateId: number,
  list: Omit<typeof reportingIndicators.$inferInsert, 'templateId' | 'id'>[],
) {
  await db.delete(reportingIndicators).where(eq(reportingIndicators.templateId, templateId));
  if (list.length) await db.insert(reportingIndicators).values(list.map((i) => ({ ...i, templateId })));
}

// ------------------------------------------------------------------------------------------------
// Periods

const periodColumns = {
  p: reportingPeriods,
  rootUnitName: orgUnits.name,
  rootUnitPath: orgUnits.path,
  templateName: reportingTemplates.name,
  templateVersion: reportingTemplates.version,
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
 * A period with its root unit and template. In a transaction, `lock` holds its row until commit:
 * 'update' for a verb that changes the period, 'share' for a report verb that relies on it staying
 * open (a close waits for those, and they wait for a close).
 */
export async function getPeriod(db: Db, id: number, scopes?: Scope[], lock?: 'share' | 'update') {
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
 * of a required kind or in a required group; limited to a subtree and to the actor's scope.
 */
export async function expectedUnits(
  db: Db,
  p: { rootPath: string; rootId: number; requiredGroups: string[]; requiredKinds: string[]; asOf: string },
  within: { path: string } | null,
  scopes: Scope[] | null,
): Promise<ExpectedUnit[]> {
  const r = await rows<{
    id: number;
    name: string;
    code: string;
    kind: string;
    path: string;
    groups: string[];
  }>(
    db,
    sql`select u.id, u.name, u.code, u.kind, u.path,
        coalesce((select array_agg(g.code order by g.code) from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = u.id), '{}') as groups
      from org_units u
      where u.path like ${p.rootPath + '%'} and u.id <> ${p.rootId}
        ${within ? sql`and u.path like ${within.path + '%'}` : sql``}
        ${scopes ? sql`and ${unitScopeSql(scopes, sql`u.id`, sql`u.path`)}` : sql``}
        and u.valid_from <= ${p.asOf} and (u.valid_to is null or u.valid_to >= ${p.asOf})
        and (u.kind = any(${textArray(p.requiredKinds)})
          or exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id
                     where ug.unit_id = u.id and g.code = any(${textArray(p.requiredGroups)})))
      order by u.path`,
  );
  return r.map((u) => ({ ...u, id: Number(u.id), groups: parsePgArray(u.groups) }));
}

function parsePgArray(v: unknown): string[] {
  if (Array.isArray(v)) return v as string[];
  if (typeof v === 'string')
    return v
      .replace(/^\{|\}$/g, '')
      .split(',')
      .filter(Boolean);
  return [];
}

// ------------------------------------------------------------------------------------------------
// Reports

/** A report with its unit; with `lock` (in a transaction) its row is locked FOR UPDATE until commit. */
export async function getReport(db: Db, id: number, lock = false) {
  const q = db
    .select({
      r: reportingReports,
      unitName: orgUnits.name,
      unitCode: orgUnits.code,
      unitPath: orgUnits.path,
      templateId: reportingPeriods.templateId,
    })
    .from(reportingReports)
    .innerJoin(orgUnits, eq(orgUnits.id, reportingReports.unitId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, reportingReports.periodId))
    .where(eq(reportingReports.id, id));
  const [row] = await (lock ? q.for('update', { of: reportingReports }) : q);
  return row;
}
export type ReportView = NonNullable<Awaited<ReturnType<typeof getReport>>>;

export async function findReport(db: Db, periodId: number, unitId: number, level: string) {
  const [row] = await db
    .select()
    .from(reportingReports)
    .where(
      and(
        eq(reportingReports.periodId, periodId),
        eq(reportingReports.unitId, unitId),
        eq(reportingReports.level, level),
      ),
    );
  return row;
}

export async function periodReports(db: Db, periodId: number, level = 'unit') {
  return db
    .select()
    .from(reportingReports)
    .where(and(eq(reportingReports.periodId, periodId), eq(reportingReports.level, level)));
}

export async function insertReport(db: Db, v: typeof reportingReports.$inferInsert) {
  const [row] = await db.insert(reportingReports).values(v).onConflictDoNothing().returning();
  return row;
}

/**
 * Writes a report only if it is still at `version` (and bumps it): the optimistic lock. Returns the
 * new version, or null when someone else changed the report first.
 */
export async function updateReport(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof reportingReports.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(reportingReports)
    .set({ ...v, updatedAt: new Date(), version: sql`${reportingReports.version} + 1` })
    .where(and(eq(reportingReports.id, id), eq(reportingReports.version, version)))
    .returning({ version: reportingReports.version });
  return row?.version ?? null;
}

export async function reportValues(db: Db, reportId: number): Promise<ValueRow[]> {
  return db.select().from(reportingValues).where(eq(reportingValues.reportId, reportId));
}

export async function upsertValues(db: Db, list: (typeof reportingValues.$inferInsert)[]) {
  if (!list.length) return;
  await db
    .insert(reportingValues)
    .values(list)
    .onConflictDoUpdate({
      target: [reportingValues.reportId, reportingValues.indicatorId],
      set: {
        value: sql`excluded.value`,
        source: sql`excluded.source`,
        computedValue: sql`excluded.computed_value`,
        origin: sql`excluded.origin`,
        overrideReason: sql`excluded.override_reason`,
        updatedBy: sql`excluded.updated_by`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}

export async function insertEvent(db: Db, v: typeof reportingEvents.$inferInsert) {
  await db.insert(reportingEvents).values(v);
}

export async function reportEvents(db: Db, reportId: number): Promise<EventRow[]> {
  return db
    .select()
    .from(reportingEvents)
    .where(eq(reportingEvents.reportId, reportId))
    .orderBy(asc(reportingEvents.at), asc(reportingEvents.id));
}

// ------------------------------------------------------------------------------------------------
// Roll-up: one SQL over the reports of a subtree, merged units mapped to their successor.

/**
 * The units whose reports count under a subtree: units inside it that were not merged away (as of
 * asOf), plus, transitively, every unit merged into one of them. A merged unit therefore counts under
 * its successor's ancestors, and never also under its own former parent.
 */
function countedUnitsCte(prefix: string, asOf: string, group?: string | null): SQL {
  return sql`sub as (
      select u.id from org_units u
      where u.path like ${prefix}
        and not exists (select 1 from org_successions s where s.predecessor_id = u.id and s.kind = 'merge' and s.effective_date <= ${asOf})
        ${group ? sql`and exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = u.id and g.code = ${group})` : sql``}
    ), mapped(id, under_id, depth) as (
      select id, id, 0 from sub
      union
      select s.predecessor_id, m.under_id, m.depth + 1 from org_successions s join mapped m on s.successor_id = m.id
      where s.kind = 'merge' and s.effective_date <= ${asOf} and m.depth < 20
    )`;
}

export interface RollupRow {
  indicatorId: number;
  code: string;
  aggregation: string;
  numeratorCode: string | null;
  denominatorCode: string | null;
  value: number | null;
  n: number;
}

export async function rollup(
  db: Db,
  q: {
    periodId: number;
    templateId: number;
    unitPath: string;
    asOf: string;
    statuses: string[];
    group?: string | null;
  },
): Promise<{ rows: RollupRow[]; reports: number }> {
  const r = await rows<Record<string, unknown>>(
    db,
    sql`with recursive ${countedUnitsCte(q.unitPath + '%', q.asOf, q.group)},
    reps as (
      select r.id, r.submitted_at from reporting_reports r
      where r.period_id = ${q.periodId} and r.level = 'unit' and r.status = any(${textArray(q.statuses)})
        and r.unit_id in (select id from mapped)
    ), agg as (
      select v.indicator_id, count(v.value)::int as n,
        sum(v.value) as s, avg(v.value) as a, min(v.value) as mn, max(v.value) as mx
      from reporting_values v join reps on reps.id = v.report_id
      group by v.indicator_id
    ), lastv as (
      -- 'last': the value of the most recently submitted report that has one; probed through the
      -- (report_id, indicator_id) key per report, so it never scans the whole values table
      select li.id as indicator_id, lv.value
      from reporting_indicators li
      cross join lateral (
        select v.value from reps
        cross join lateral (
          select x.value from reporting_values x where x.report_id = reps.id and x.indicator_id = li.id
        ) v
        where v.value is not null
        order by reps.submitted_at desc nulls last, reps.id desc
        limit 1
      ) lv
      where li.template_id = ${q.templateId} and li.aggregation = 'last'
    )
    select i.id, i.code, i.aggregation, i.numerator_code, i.denominator_code, coalesce(agg.n, 0) as n,
      case i.aggregation when 'sum' then agg.s when 'avg' then agg.a when 'min' then agg.mn
        when 'max' then agg.mx when 'last' then lastv.value else null end as value,
      (select count(*)::int from reps) as reports
    from reporting_indicators i left join agg on agg.indicator_id = i.id left join lastv on lastv.indicator_id = i.id
    where i.template_id = ${q.templateId}
    order by i.position`,
  );
  return {
    reports: r.length ? Number(r[0].reports) : 0,
    rows: r.map((x) => ({
      indicatorId: Number(x.id),
      code: String(x.code),
      aggregation: String(x.aggregation),
      numeratorCode: (x.numerator_code as string) ?? null,
      denominatorCode: (x.denominator_code as string) ?? null,
      value: num(x.value),
      n: Number(x.n),
    })),
  };
}

export interface DrillRow {
  reportId: number;
  unitId: number;
  unitName: string;
  underId: number;
  underName: string;
  depth: number;
  status: string;
  value: number | null;
  source: string | null;
}

/** Per report of a subtree: the value of one indicator, and the unit it counts under. */
export async function drilldown(
  db: Db,
  q: { periodId: number; indicatorId: number; unitPath: string; asOf: string; statuses: string[] },
): Promise<DrillRow[]> {
  const r = await rows<Record<string, unknown>>(
    db,
    sql`with recursive ${countedUnitsCte(q.unitPath + '%', q.asOf)}
    select r.id as report_id, r.unit_id, u.name as unit_name, m.under_id, uu.name as under_name, m.depth,
      r.status, v.value, v.source
    from reporting_reports r
    join mapped m on m.id = r.unit_id
    join org_units u on u.id = r.unit_id
    join org_units uu on uu.id = m.under_id
    left join reporting_values v on v.report_id = r.id and v.indicator_id = ${q.indicatorId}
    where r.period_id = ${q.periodId} and r.level = 'unit' and r.status = any(${textArray(q.statuses)})
    order by u.path`,
  );
  return r.map((x) => ({
    reportId: Number(x.report_id),
    unitId: Number(x.unit_id),
    unitName: String(x.unit_name),
    underId: Number(x.under_id),
    underName: String(x.under_name),
    depth: Number(x.depth),
    status: String(x.status),
    value: num(x.value),
    source: (x.source as string) ?? null,
  }));
}

/** Narratives of the reports counted under a subtree, for the province's compilation. */
export async function subtreeNarratives(
  db: Db,
  q: { periodId: number; unitPath: string; asOf: string; statuses: string[] },
) {
  const r = await rows<Record<string, unknown>>(
    db,
    sql`with recursive ${countedUnitsCte(q.unitPath + '%', q.asOf)}
    select r.id, r.unit_id, u.name as unit_name, r.status, r.narratives
    from reporting_reports r join mapped m on m.id = r.unit_id join org_units u on u.id = r.unit_id
    where r.period_id = ${q.periodId} and r.level = 'unit' and r.status = any(${textArray(q.statuses)})
    order by u.path`,
  );
  return r.map((x) => ({
    reportId: Number(x.id),
    unitId: Number(x.unit_id),
    unitName: String(x.unit_name),
    status: String(x.status),
    narratives: (typeof x.narratives === 'string' ? JSON.parse(x.narratives) : x.narratives) as Record<
      string,
      string
    >,
  }));
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

export { intArray };

export async function valuesOfReports(db: Db, reportIds: number[]): Promise<ValueRow[]> {
  if (!reportIds.length) return [];
  return db.select().from(reportingValues).where(inArray(reportingValues.reportId, reportIds));
}

export async function userName(db: Db, id: number | null): Promise<string | null> {
  if (!id) return null;
  const r = await rows<{ full_name: string }>(db, sql`select full_name from users where id = ${id}`);
  return r[0]?.full_name ?? null;
}
