import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  reportingEvents,
  reportingPeriods,
  reportingReports,
  reportingValues,
} from '../../../db/schema/reporting.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { rows } from '../shared/sql.ts';

export type ReportRow = typeof reportingReports.$inferSelect;
export type ValueRow = typeof reportingValues.$inferSelect;
export type ValueInsert = typeof reportingValues.$inferInsert;
export type EventRow = typeof reportingEvents.$inferSelect;

/**
 * A report with its unit (the report policy decides, from the unit, whether the actor may see it);
 * with `lock` (in a transaction) its row is locked FOR UPDATE until commit.
 */
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

/** The reports of a period at a level; callers keep only those of the units they were authorised for. */
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

/**
 * Writes a report's values in one statement whatever their number: the rows travel as one JSON
 * parameter (jsonb_to_recordset), not as nine bound parameters per value, and are upserted on the
 * (report, indicator) key.
 */
export async function upsertValues(db: Db, list: ValueInsert[]) {
  if (!list.length) return;
  const at = (d: Date | undefined | null) => (d ? d.toISOString() : new Date().toISOString());
  // one row per key (the last written wins): a statement may not update the same row twice
  const rows = [...new Map(list.map((v) => [`${v.reportId}:${v.indicatorId}`, v])).values()];
  const json = JSON.stringify(
    rows.map((v) => ({
      report_id: v.reportId,
      indicator_id: v.indicatorId,
      value: v.value ?? null,
      source: v.source,
      computed_value: v.computedValue ?? null,
      origin: v.origin ?? null,
      override_reason: v.overrideReason ?? null,
      updated_by: v.updatedBy ?? null,
      updated_at: at(v.updatedAt),
    })),
  );
  await db.execute(sql`insert into reporting_values as v
      (report_id, indicator_id, value, source, computed_value, origin, override_reason, updated_by, updated_at)
    select x.report_id, x.indicator_id, x.value, x.source, x.computed_value, x.origin, x.override_reason,
      x.updated_by, x.updated_at
    from jsonb_to_recordset(${json}::jsonb) as x(report_id int, indicator_id int, value numeric, source text,
      computed_value numeric, origin text, override_reason text, updated_by int, updated_at timestamptz)
    on conflict (report_id, indicator_id) do update set
      value = excluded.value, source = excluded.source, computed_value = excluded.computed_value,
      origin = excluded.origin, override_reason = excluded.override_reason,
      updated_by = excluded.updated_by, updated_at = excluded.updated_at`);
}

export async function valuesOfReports(db: Db, reportIds: number[]): Promise<ValueRow[]> {
  if (!reportIds.length) return [];
  return db.select().from(reportingValues).where(inArray(reportingValues.reportId, reportIds));
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

export async function userName(db: Db, id: number | null): Promise<string | null> {
  if (!id) return null;
  const r = await rows<{ full_name: string }>(db, sql`select full_name from users where id = ${id}`);
  return r[0]?.full_name ?? null;
}

/**
 * Per report: its period's name and its template's sections and indicators (code, name), in one
 * query. Scope-free: the caller (the audit trail) has already limited the ids to what the reader sees.
 */
export async function reportOutlines(
  db: Db,
  ids: number[],
): Promise<{ id: number; period: string; sections: unknown; indicators: unknown }[]> {
  if (!ids.length) return [];
  const list = sql.join(
    ids.map((n) => sql`${n}`),
    sql`, `,
  );
  const res = await rows<{ id: number; period: string; sections: unknown; indicators: unknown }>(
    db,
    sql`
      select r.id, p.name as period, t.sections,
             (select coalesce(json_agg(json_build_object('code', i.code, 'name', i.name)), '[]'::json)
                from reporting_indicators i where i.template_id = t.id) as indicators
        from reporting_reports r
        join reporting_periods p on p.id = r.period_id
        join reporting_templates t on t.id = p.template_id
       where r.id in (${list})`,
  );
  return res.map((r) => ({ ...r, id: Number(r.id) }));
}
