import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { intParam, num, rows, textArray } from '../shared/sql.ts';

// Roll-up: one SQL over the reports of a subtree, merged units mapped to their successor. Every query
// takes the subtree (unitPath) the caller was authorised for by the period policy.

/**
 * The units whose reports count under a subtree: units inside it that were not merged away (as of
 * asOf), plus, transitively, every unit merged into one of them. A merged unit therefore counts under
 * its successor's ancestors, and never also under its own former parent.
 */
function countedUnitsCte(prefix: string, asOf: string, group?: string | null, kind?: string | null): SQL {
  return sql`sub as (
      select u.id from org_units u
      where u.path like ${prefix}
        and not exists (select 1 from org_successions s where s.predecessor_id = u.id and s.kind = 'merge' and s.effective_date <= ${asOf})
        ${group ? sql`and exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = u.id and g.code = ${group})` : sql``}
        ${kind ? sql`and u.kind = ${kind}` : sql``}
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

/**
 * The ids of the units whose reports count under a subtree (countedUnitsCte), resolved on their own
 * first. The roll-up then filters on an array the planner counts exactly: planned on the recursive
 * CTE instead (estimated at 80 times its size at national scale), its cost crossed PostgreSQL's JIT
 * threshold and every roll-up, even a province's, paid 50 ms of JIT compilation.
 */
export async function countedUnitIds(
  db: Db,
  q: { unitPath: string; asOf: string; group?: string | null; kind?: string | null },
): Promise<number[]> {
  const r = await rows<{ id: number }>(
    db,
    sql`with recursive ${countedUnitsCte(q.unitPath + '%', q.asOf, q.group, q.kind)}
    select distinct id from mapped`,
  );
  return r.map((x) => Number(x.id));
}

/**
 * Runs roll-up statements with PostgreSQL's JIT off (SET LOCAL: until this transaction ends, or the
 * caller's when it runs inside one, where it is a savepoint): a roll-up runs for tens of milliseconds, and compiling it costs
 * 50 ms each time once its estimated cost crosses jit_above_cost, as a national one's does when the
 * values table grows. PGlite accepts the setting too (it has no JIT).
 */
async function withoutJit<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return fn(tx as unknown as Db);
  });
}

/** One statement over a subtree's reports (its recursive CTE misestimated), with JIT off. */
const rowsWithoutJit = (db: Db, q: SQL) => withoutJit(db, (tx) => rows<Record<string, unknown>>(tx, q));

export async function rollup(
  db: Db,
  q: {
    periodId: number;
    templateId: number;
    unitPath: string;
    asOf: string;
    statuses: readonly string[];
    group?: string | null;
    /** Only the units of this kind (with the units merged into them). */
    kind?: string | null;
  },
): Promise<{ rows: RollupRow[]; reports: number }> {
  const r = await withoutJit(db, async (tx) => {
    const ids = await countedUnitIds(tx, q);
    // reps is inlined wherever it is read (not materialized): the values' scan and join are then
    // planned on the real table, in parallel where worthwhile, as the bare GROUP BY would be
    return rows<Record<string, unknown>>(
      tx,
      sql`with reps as not materialized (
      select r.id, r.submitted_at from reporting_reports r
      where r.period_id = ${q.periodId} and r.level = 'unit' and r.status = any(${textArray([...q.statuses])})
        and r.unit_id = any(${intParam(ids)})
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
  });
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
  q: { periodId: number; indicatorId: number; unitPath: string; asOf: string; statuses: readonly string[] },
): Promise<DrillRow[]> {
  const r = await rowsWithoutJit(
    db,
    sql`with recursive ${countedUnitsCte(q.unitPath + '%', q.asOf)}
    select r.id as report_id, r.unit_id, u.name as unit_name, m.under_id, uu.name as under_name, m.depth,
      r.status, v.value, v.source
    from reporting_reports r
    join mapped m on m.id = r.unit_id
    join org_units u on u.id = r.unit_id
    join org_units uu on uu.id = m.under_id
    left join reporting_values v on v.report_id = r.id and v.indicator_id = ${q.indicatorId}
    where r.period_id = ${q.periodId} and r.level = 'unit' and r.status = any(${textArray([...q.statuses])})
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
  q: { periodId: number; unitPath: string; asOf: string; statuses: readonly string[] },
) {
  const r = await rowsWithoutJit(
    db,
    sql`with recursive ${countedUnitsCte(q.unitPath + '%', q.asOf)}
    select r.id, r.unit_id, u.name as unit_name, r.status, r.narratives
    from reporting_reports r join mapped m on m.id = r.unit_id join org_units u on u.id = r.unit_id
    where r.period_id = ${q.periodId} and r.level = 'unit' and r.status = any(${textArray([...q.statuses])})
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

export interface ReportStatusRow {
  id: number;
  unitId: number;
  status: string;
  submittedAt: Date | null;
  firstSubmittedAt: Date | null;
  acceptedAt: Date | null;
}

const asDate = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

/**
 * Where each report of a period stands, for the units of one subtree only (the list, the dashboard,
 * the reminders), with the few columns they show: never the narratives, never another subtree's rows.
 */
export async function subtreeReportStatuses(
  db: Db,
  q: { periodId: number; unitPath: string; level?: string },
): Promise<ReportStatusRow[]> {
  const r = await rows<Record<string, unknown>>(
    db,
    sql`select r.id, r.unit_id, r.status, r.submitted_at, r.first_submitted_at, r.accepted_at
    from reporting_reports r join org_units u on u.id = r.unit_id
    where r.period_id = ${q.periodId} and r.level = ${q.level ?? 'unit'} and u.path like ${q.unitPath + '%'}`,
  );
  return r.map((x) => ({
    id: Number(x.id),
    unitId: Number(x.unit_id),
    status: String(x.status),
    submittedAt: asDate(x.submitted_at),
    firstSubmittedAt: asDate(x.first_submitted_at),
    acceptedAt: asDate(x.accepted_at),
  }));
}
