/**
 * Read models of the plans module: the cascade compliance of a plan (which required units issued
 * their own plan), the plans that require a unit's plan, and the tasks × units matrix with its
 * per-task totals. Scope comes in as a parameter.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { unitIdInScopeSql, unitScopeSql, type Scope } from '../../../core/scope.ts';
import { dateString, intArray, OPEN } from '../shared/sql.ts';

// ---------------------------------------------------------------------------------------------
// Cascade compliance

export interface ComplianceFilter {
  group?: string;
  q?: string;
}

/** Per required unit in scope: its issued linked plan (if any) and whether a draft exists. */
export async function complianceRows(db: Db, planId: number, scopes: Scope[], f: ComplianceFilter) {
  const parts: SQL[] = [sql`r.plan_id = ${planId}`, unitScopeSql(scopes, sql`u.id`, sql`u.path`)];
  if (f.group)
    parts.push(
      sql`exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = u.id and g.code = ${f.group})`,
    );
  if (f.q) parts.push(sql`u.search_key LIKE '%' || lower(f_unaccent(${f.q})) || '%'`);
  const res = (await db.execute(sql`
    select u.id as unit_id, u.code as unit_code, u.name as unit_name,
      coalesce((select array_agg(g.code order by g.code) from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = u.id), '{}') as groups,
      c.id as own_plan_id, c.number_symbol as own_number, c.issued_on as own_issued_on,
      exists (select 1 from plans d where d.parent_plan_id = r.plan_id and d.unit_id = u.id and d.status = 'draft') as has_draft
    from plans_required_units r
    join org_units u on u.id = r.unit_id
    left join plans c on c.parent_plan_id = r.plan_id and c.unit_id = r.unit_id and c.status = 'issued'
    where ${sql.join(parts, sql` and `)}
    order by u.name, u.id`)) as unknown as {
    rows: {
      unit_id: number;
      unit_code: string;
      unit_name: string;
      groups: string[];
      own_plan_id: number | null;
      own_number: string | null;
      own_issued_on: string | null;
      has_draft: boolean;
    }[];
  };
  return res.rows.map((r) => ({
    unitId: Number(r.unit_id),
    unitCode: r.unit_code,
    unitName: r.unit_name,
    groups: r.groups ?? [],
    ownPlanId: r.own_plan_id === null ? null : Number(r.own_plan_id),
    ownNumberSymbol: r.own_number,
    ownIssuedOn: dateString(r.own_issued_on),
    hasDraft: Boolean(r.has_draft),
  }));
}

/** Issued plans that require a plan from the unit, with the unit's own linked plan (issued first, else a draft). */
export async function requirementsOfUnit(db: Db, unitId: number) {
  const res = (await db.execute(sql`
    select p.id as plan_id, p.title, p.number_symbol, p.required_due, pu.name as plan_unit_name,
      c.id as own_id, c.status as own_status, c.issued_on as own_issued_on
    from plans_required_units r
    join plans p on p.id = r.plan_id and p.status = 'issued'
    join org_units pu on pu.id = p.unit_id
    left join lateral (
      select c.id, c.status, c.issued_on from plans c
      where c.parent_plan_id = p.id and c.unit_id = r.unit_id
      order by (c.status = 'issued') desc, c.id desc limit 1
    ) c on true
    where r.unit_id = ${unitId} and p.required_due is not null
    order by p.required_due desc, p.id desc`)) as unknown as {
    rows: {
      plan_id: number;
      title: string;
      number_symbol: string;
      required_due: string;
      plan_unit_name: string;
      own_id: number | null;
      own_status: string | null;
      own_issued_on: string | null;
    }[];
  };
  return res.rows.map((r) => ({
    planId: Number(r.plan_id),
    planTitle: r.title,
    planNumberSymbol: r.number_symbol,
    planUnitName: r.plan_unit_name,
    requiredDue: dateString(r.required_due)!,
    ownPlanId: r.own_id === null ? null : Number(r.own_id),
    ownPlanStatus: r.own_status as 'draft' | 'issued' | null,
    ownPlanIssuedOn: dateString(r.own_issued_on),
  }));
}

// ---------------------------------------------------------------------------------------------
// The tasks × units matrix and per-task totals

/** Per task: assignments in scope (optionally only of some units), done, in progress, overdue on `today`. */
export async function taskSummaries(
  db: Db,
  taskIds: number[],
  /** null: every assignee is visible (the actor's scope covers the plan's subtree). */
  scopes: Scope[] | null,
  today: string,
  unitFilter?: MatrixUnitFilter,
) {
  const extra = unitFilter ? matrixUnitFilterSql(unitFilter) : undefined;
  const out = new Map<number, { total: number; done: number; inProgress: number; overdue: number }>();
  if (!taskIds.length) return out;
  const res = (await db.execute(sql`
    select a.task_id,
      count(*)::int as total,
      count(*) filter (where a.status = 'done')::int as done,
      count(*) filter (where a.status = 'in_progress')::int as in_progress,
      count(*) filter (where a.status in ${OPEN} and a.period_due < ${today})::int as overdue
    from plans_task_assignments a
    where a.task_id = ANY(${intArray(taskIds)}) and a.status <> 'cancelled'
      ${scopes ? sql`and ${unitIdInScopeSql(scopes, sql`a.unit_id`)}` : sql``}
      ${extra ? sql`and exists (select 1 from org_units u where u.id = a.unit_id and ${extra})` : sql``}
    group by a.task_id`)) as unknown as {
    rows: { task_id: number; total: number; done: number; in_progress: number; overdue: number }[];
  };
  for (const r of res.rows)
    out.set(Number(r.task_id), {
      total: Number(r.total),
      done: Number(r.done),
      inProgress: Number(r.in_progress),
      overdue: Number(r.overdue),
    });
  return out;
}

/**
 * The same totals as taskSummaries over every unit, read from plans_task_stats (kept by triggers):
 * for an actor whose scope covers the whole plan and no unit filter.
 */
export async function taskTotalsFromStats(db: Db, taskIds: number[], today: string) {
  const out = new Map<number, { total: number; done: number; inProgress: number; overdue: number }>();
  if (!taskIds.length) return out;
  const res = (await db.execute(sql`
    select s.task_id,
      coalesce(sum(s.n) filter (where s.status <> 'cancelled'), 0)::int as total,
      coalesce(sum(s.n) filter (where s.status = 'done'), 0)::int as done,
      coalesce(sum(s.n) filter (where s.status = 'in_progress'), 0)::int as in_progress,
      coalesce(sum(s.n) filter (where s.status in ${OPEN} and s.period_due < ${today}), 0)::int as overdue
    from plans_task_stats s
    where s.task_id = ANY(${intArray(taskIds)})
    group by s.task_id`)) as unknown as {
    rows: { task_id: number; total: number; done: number; in_progress: number; overdue: number }[];
  };
  for (const r of res.rows)
    out.set(Number(r.task_id), {
      total: Number(r.total),
      done: Number(r.done),
      inProgress: Number(r.in_progress),
      overdue: Number(r.overdue),
    });
  return out;
}

export interface MatrixUnitFilter {
  group?: string;
  kind?: string;
  q?: string;
  state?: 'overdue' | 'open' | 'done';
  today: string;
}

/** SQL on org unit alias `u` for the matrix's unit filters (group, kind, name). */
export function matrixUnitFilterSql(f: MatrixUnitFilter, alias = 'u'): SQL | undefined {
  const u = sql.raw(alias);
  const parts: SQL[] = [];
  if (f.group)
    parts.push(
      sql`exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = ${u}.id and g.code = ${f.group})`,
    );
  if (f.kind) parts.push(sql`${u}.kind = ${f.kind}`);
  if (f.q) parts.push(sql`${u}.search_key LIKE '%' || lower(f_unaccent(${f.q})) || '%'`);
  return parts.length ? sql.join(parts, sql` and `) : undefined;
}

/**
 * One page of the units that hold assignments of the tasks (null: of every task of the plan, read
 * from plans_assignees), in scope and filtered, by name.
 */
export async function matrixUnits(
  db: Db,
  planId: number,
  taskIds: number[] | null,
  scopes: Scope[],
  f: MatrixUnitFilter,
  page: { limit: number; offset: number },
) {
  if (taskIds && !taskIds.length) return { rows: [], total: 0 };
  const assigned =
    f.state === 'overdue'
      ? sql`a.status in ${OPEN} and a.period_due < ${f.today}`
      : f.state === 'open'
        ? sql`a.status in ${OPEN}`
        : f.state === 'done'
          ? sql`a.status = 'done'`
          : sql`a.status <> 'cancelled'`;
  const parts: SQL[] = [
    // the units of the whole plan come from plans_assignees (kept by triggers)
    taskIds
      ? sql`u.id in (select a.unit_id from plans_task_assignments a where a.task_id = ANY(${intArray(taskIds)}) and ${assigned})`
      : sql`u.id in (select pa.unit_id from plans_assignees pa where pa.plan_id = ${planId})`,
    unitScopeSql(scopes, sql`u.id`, sql`u.path`),
  ];
  const extra = matrixUnitFilterSql(f);
  if (extra) parts.push(extra);
  const where = sql.join(parts, sql` and `);
  const res = (await db.execute(sql`
    select u.id, u.code, u.name, count(*) over ()::int as total
    from org_units u where ${where}
    order by u.name, u.id
    limit ${page.limit} offset ${page.offset}`)) as unknown as {
    rows: { id: number; code: string; name: string; total: number }[];
  };
  let total = res.rows[0] ? Number(res.rows[0].total) : 0;
  if (!res.rows.length && page.offset > 0) {
    const c = (await db.execute(
      sql`select count(*)::int as n from org_units u where ${where}`,
    )) as unknown as {
      rows: { n: number }[];
    };
    total = Number(c.rows[0].n);
  }
  return { rows: res.rows.map((r) => ({ id: Number(r.id), code: r.code, name: r.name })), total };
}

/**
 * The cells of the matrix for some tasks and units: per (task, unit), the current occurrence (the
 * earliest not done, else the last) and how many occurrences there are, are done, are overdue.
 */
export async function matrixCells(db: Db, taskIds: number[], unitIds: number[], today: string) {
  if (!taskIds.length || !unitIds.length) return [];
  // one JSON array of compact rows: far cheaper to move and parse than thousands of result rows
  const res = (await db.execute(sql`
    select coalesce(json_agg(json_build_array(task_id, unit_id, id, status, progress, period_due, completed_on, total, done, overdue)), '[]') as cells
    from (
      select distinct on (a.task_id, a.unit_id)
        a.task_id, a.unit_id, a.id, a.status, a.progress, a.period_due, a.completed_on,
        count(*) over w as total,
        count(*) filter (where a.status = 'done') over w as done,
        count(*) filter (where a.status in ${OPEN} and a.period_due < ${today}) over w as overdue
      from plans_task_assignments a
      where a.task_id = ANY(${intArray(taskIds)}) and a.unit_id = ANY(${intArray(unitIds)})
      window w as (partition by a.task_id, a.unit_id)
      order by a.task_id, a.unit_id, (a.status in ('done', 'cancelled')),
        case when a.status in ${OPEN} then a.period_due end asc nulls last, a.period_due desc
    ) c`)) as unknown as { rows: { cells: unknown }[] };
  const raw = res.rows[0]?.cells;
  const list = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [
    number,
    number,
    number,
    string,
    number,
    string,
    string | null,
    number,
    number,
    number,
  ][];
  return list.map(
    ([taskId, unitId, assignmentId, status, progress, periodDue, completedOn, total, done, overdue]) => ({
      taskId,
      unitId,
      assignmentId,
      status,
      progress,
      periodDue,
      completedOn,
      total,
      done,
      overdue,
    }),
  );
}
