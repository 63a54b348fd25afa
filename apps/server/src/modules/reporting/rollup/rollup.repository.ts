import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { num, rows, textArray } from '../shared/sql.ts';

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
  const r = await rows<Record<string, unknown>>(
    db,
    sql`with recursive ${countedUnitsCte(q.unitPath + '%', q.asOf, q.group, q.kind)},
    reps as (
      select r.id, r.submitted_at from reporting_reports r
      where r.period_id = ${q.periodId} and r.level = 'unit' and r.status = any(${textArray([...q.statuses])})
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
  q: { periodId: number; indicatorId: number; unitPath: string; asOf: string; statuses: readonly string[] },
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
  const r = await rows<Record<string, unknown>>(
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
