/** Drizzle queries for tasks and their per-unit assignments: the matrix, "my tasks", figures, reminders. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { orgUnits } from '../../db/schema/org.ts';
import { plans, plansTaskAssignments, plansTasks } from '../../db/schema/plans.ts';
import { unitIdInScopeSql, unitScopeSql, type Scope } from '../../core/scope.ts';
import { dateString } from './plans.repository.ts';

export type TaskRow = typeof plansTasks.$inferSelect;
export type AssignmentRow = typeof plansTaskAssignments.$inferSelect;

const OPEN = sql.raw(`('not_started', 'in_progress')`);

// ---------------------------------------------------------------------------------------------
// Tasks

const taskColumns = {
  id: plansTasks.id,
  planId: plansTasks.planId,
  unitId: plansTasks.unitId,
  code: plansTasks.code,
  sectionNumber: plansTasks.sectionNumber,
  title: plansTasks.title,
  description: plansTasks.description,
  leadUnitId: plansTasks.leadUnitId,
  coordinatingUnitIds: plansTasks.coordinatingUnitIds,
  assignSelector: plansTasks.assignSelector,
  recurrence: plansTasks.recurrence,
  dueDate: plansTasks.dueDate,
  expectedProduct: plansTasks.expectedProduct,
  guidingDocumentIds: plansTasks.guidingDocumentIds,
  status: plansTasks.status,
  sortOrder: plansTasks.sortOrder,
  isDemo: plansTasks.isDemo,
  createdAt: plansTasks.createdAt,
  planTitle: plans.title,
  planStatus: plans.status,
  planYear: plans.year,
  planIssuedOn: plans.issuedOn,
  unitPath: orgUnits.path,
};
export type TaskView = Awaited<ReturnType<typeof getTask>> & object;

export async function getTask(db: Db, id: number) {
  const [row] = await db
    .select(taskColumns)
    .from(plansTasks)
    .innerJoin(plans, eq(plans.id, plansTasks.planId))
    .innerJoin(orgUnits, eq(orgUnits.id, plansTasks.unitId))
    .where(eq(plansTasks.id, id));
  return row;
}

export async function listTasks(
  db: Db,
  planId: number,
  f: { sectionNumber?: string; taskId?: number; includeCancelled?: boolean } = {},
) {
  const parts: SQL[] = [eq(plansTasks.planId, planId)];
  if (!f.includeCancelled) parts.push(sql`${plansTasks.status} <> 'cancelled'`);
  if (f.sectionNumber) parts.push(eq(plansTasks.sectionNumber, f.sectionNumber));
  if (f.taskId) parts.push(eq(plansTasks.id, f.taskId));
  return db
    .select(taskColumns)
    .from(plansTasks)
    .innerJoin(plans, eq(plans.id, plansTasks.planId))
    .innerJoin(orgUnits, eq(orgUnits.id, plansTasks.unitId))
    .where(and(...parts))
    .orderBy(asc(plansTasks.sortOrder), asc(plansTasks.id));
}

export async function insertTask(db: Db, v: typeof plansTasks.$inferInsert) {
  const [row] = await db.insert(plansTasks).values(v).returning({ id: plansTasks.id });
  return row.id;
}
export async function updateTask(db: Db, id: number, v: Partial<typeof plansTasks.$inferInsert>) {
  await db.update(plansTasks).set(v).where(eq(plansTasks.id, id));
}
export async function deleteTask(db: Db, id: number) {
  await db.delete(plansTasks).where(eq(plansTasks.id, id));
}
export async function nextSortOrder(db: Db, planId: number): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`coalesce(max(${plansTasks.sortOrder}), 0)::int + 1` })
    .from(plansTasks)
    .where(eq(plansTasks.planId, planId));
  return n;
}

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

// ---------------------------------------------------------------------------------------------
// Assignments

export async function insertAssignments(
  db: Db,
  rows: { taskId: number; unitId: number; periodDue: string }[],
): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    if (!chunk.length) continue;
    const r = await db
      .insert(plansTaskAssignments)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ id: plansTaskAssignments.id });
    n += r.length;
  }
  return n;
}

export async function assignmentUnitsOfTask(db: Db, taskId: number) {
  return db
    .select({
      unitId: plansTaskAssignments.unitId,
      untouched: sql<boolean>`bool_and(${plansTaskAssignments.status} = 'not_started' and ${plansTaskAssignments.progress} = 0 and ${plansTaskAssignments.note} = '')`,
    })
    .from(plansTaskAssignments)
    .where(eq(plansTaskAssignments.taskId, taskId))
    .groupBy(plansTaskAssignments.unitId);
}

export async function deleteAssignmentsOf(db: Db, taskId: number, unitIds: number[]) {
  if (!unitIds.length) return;
  await db
    .delete(plansTaskAssignments)
    .where(and(eq(plansTaskAssignments.taskId, taskId), inArray(plansTaskAssignments.unitId, unitIds)));
}

export async function moveDueDate(db: Db, taskId: number, due: string) {
  await db
    .update(plansTaskAssignments)
    .set({ periodDue: due })
    .where(eq(plansTaskAssignments.taskId, taskId));
}

export async function cancelAssignments(db: Db, taskId: number, at: Date) {
  await db
    .update(plansTaskAssignments)
    .set({ status: 'cancelled', updatedAt: at })
    .where(and(eq(plansTaskAssignments.taskId, taskId), sql`${plansTaskAssignments.status} <> 'done'`));
}

const assignmentSelect = sql`
  a.id, a.task_id, a.unit_id, a.period_due, a.status, a.progress, a.note, a.completed_on, a.updated_at,
  t.code as task_code, t.title as task_title, t.description as task_description, t.expected_product,
  t.recurrence, t.status as task_status, t.lead_unit_id, t.guiding_document_ids,
  p.id as plan_id, p.title as plan_title, p.number_symbol as plan_number, p.issued_on as plan_issued_on,
  u.name as unit_name, u.path as unit_path,
  (select uu.full_name from users uu where uu.id = a.updated_by) as updated_by_name,
  (select count(*)::int from files f where f.entity = 'task_assignment' and f.entity_id = a.id::text and f.deleted_at is null) as file_count`;

interface RawAssignment {
  id: number;
  task_id: number;
  unit_id: number;
  period_due: unknown;
  status: string;
  progress: number;
  note: string;
  completed_on: unknown;
  updated_at: unknown;
  task_code: string;
  task_title: string;
  task_description: string;
  expected_product: string;
  recurrence: string;
  task_status: string;
  lead_unit_id: number | null;
  guiding_document_ids: number[];
  plan_id: number;
  plan_title: string;
  plan_number: string;
  plan_issued_on: unknown;
  unit_name: string;
  unit_path: string;
  updated_by_name: string | null;
  file_count: number;
}

function mapAssignment(r: RawAssignment) {
  return {
    id: Number(r.id),
    taskId: Number(r.task_id),
    unitId: Number(r.unit_id),
    periodDue: dateString(r.period_due)!,
    status: r.status,
    progress: Number(r.progress),
    note: r.note,
    completedOn: dateString(r.completed_on),
    updatedAt: r.updated_at instanceof Date ? r.updated_at : new Date(String(r.updated_at)),
    taskCode: r.task_code,
    taskTitle: r.task_title,
    taskDescription: r.task_description,
    expectedProduct: r.expected_product,
    recurrence: r.recurrence,
    taskStatus: r.task_status,
    leadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
    guidingDocumentIds: (r.guiding_document_ids ?? []).map(Number),
    planId: Number(r.plan_id),
    planTitle: r.plan_title,
    planNumberSymbol: r.plan_number,
    planIssuedOn: dateString(r.plan_issued_on),
    unitName: r.unit_name,
    unitPath: r.unit_path,
    updatedByName: r.updated_by_name,
    fileCount: Number(r.file_count),
  };
}
export type AssignmentView = ReturnType<typeof mapAssignment>;

export async function getAssignment(db: Db, id: number): Promise<AssignmentView | undefined> {
  const res = (await db.execute(sql`
    select ${assignmentSelect}
    from plans_task_assignments a
    join plans_tasks t on t.id = a.task_id
    join plans p on p.id = t.plan_id
    join org_units u on u.id = a.unit_id
    where a.id = ${id}`)) as unknown as { rows: RawAssignment[] };
  return res.rows[0] ? mapAssignment(res.rows[0]) : undefined;
}

/** Locks an assignment's row until the transaction ends (see plans.repository lockPlan). */
export async function lockAssignment(db: Db, id: number): Promise<boolean> {
  const res = (await db.execute(
    sql`select id from plans_task_assignments where id = ${id} for no key update`,
  )) as unknown as { rows: unknown[] };
  return res.rows.length > 0;
}

export async function updateAssignment(
  db: Db,
  id: number,
  v: Partial<typeof plansTaskAssignments.$inferInsert>,
) {
  await db.update(plansTaskAssignments).set(v).where(eq(plansTaskAssignments.id, id));
}

export type MyState = 'open' | 'overdue' | 'due_soon' | 'done' | 'all';

function stateSql(state: MyState, today: string, soon: string): SQL {
  switch (state) {
    case 'open':
      return sql`a.status in ${OPEN}`;
    case 'overdue':
      return sql`a.status in ${OPEN} and a.period_due < ${today}`;
    case 'due_soon':
      return sql`a.status in ${OPEN} and a.period_due between ${today} and ${soon}`;
    case 'done':
      return sql`a.status = 'done'`;
    default:
      return sql`a.status <> 'cancelled'`;
  }
}

/** A unit's own assignments ("my tasks"), by due date, with counts per state. */
export async function myAssignments(
  db: Db,
  unitId: number,
  scopes: Scope[],
  f: { state: MyState; planId?: number; from?: string; to?: string; q?: string; today: string; soon: string },
  page: { limit: number; offset: number },
) {
  const parts: SQL[] = [sql`a.unit_id = ${unitId}`, sql`p.status = 'issued'`, sql`t.status <> 'cancelled'`];
  if (f.planId) parts.push(sql`t.plan_id = ${f.planId}`);
  if (f.from) parts.push(sql`a.period_due >= ${f.from}`);
  if (f.to) parts.push(sql`a.period_due <= ${f.to}`);
  if (f.q)
    parts.push(sql`lower(f_unaccent(t.title || ' ' || t.code)) LIKE '%' || lower(f_unaccent(${f.q})) || '%'`);
  const base = sql.join(parts, sql` and `);
  const listing = db.execute(sql`
    select ${assignmentSelect}
    from plans_task_assignments a
    join plans_tasks t on t.id = a.task_id
    join plans p on p.id = t.plan_id
    join org_units u on u.id = a.unit_id
    where ${base} and ${stateSql(f.state, f.today, f.soon)}
    order by a.period_due, t.sort_order, a.id
    limit ${page.limit} offset ${page.offset}`);
  const counting = db.execute(sql`
    select
      (select json_build_object('id', u.id, 'code', u.code, 'name', u.name) from org_units u
        where u.id = ${unitId} and ${unitScopeSql(scopes, sql`u.id`, sql`u.path`)}) as unit,
      count(*) filter (where ${stateSql('open', f.today, f.soon)})::int as open,
      count(*) filter (where ${stateSql('overdue', f.today, f.soon)})::int as overdue,
      count(*) filter (where ${stateSql('due_soon', f.today, f.soon)})::int as due_soon,
      count(*) filter (where ${stateSql('done', f.today, f.soon)})::int as done,
      count(*) filter (where ${stateSql(f.state, f.today, f.soon)})::int as total
    from plans_task_assignments a
    join plans_tasks t on t.id = a.task_id
    join plans p on p.id = t.plan_id
    where ${base}`);
  // the page and the counts are independent: run them side by side
  const [res, counts] = (await Promise.all([listing, counting])) as unknown as [
    { rows: RawAssignment[] },
    {
      rows: {
        unit: unknown;
        open: number;
        overdue: number;
        due_soon: number;
        done: number;
        total: number;
      }[];
    },
  ];
  const c = counts.rows[0];
  const unit = (typeof c.unit === 'string' ? JSON.parse(c.unit) : c.unit) as {
    id: number;
    code: string;
    name: string;
  } | null;
  return {
    /** The unit, when it lies in the scopes; otherwise null and the caller answers "not found". */
    unit,
    rows: res.rows.map(mapAssignment),
    total: Number(c.total),
    counts: {
      open: Number(c.open),
      overdue: Number(c.overdue),
      dueSoon: Number(c.due_soon),
      done: Number(c.done),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The tasks × units matrix

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

// ---------------------------------------------------------------------------------------------
// Figures and reminders

function unitSql(q: { unitId: number; unitPath: string; subtree?: boolean }, col: SQL): SQL {
  return q.subtree
    ? sql`${col} IN (select su.id from org_units su where su.path LIKE ${q.unitPath + '%'})`
    : sql`${col} = ${q.unitId}`;
}

export async function countPlansIssued(
  db: Db,
  q: { unitId: number; unitPath: string; subtree?: boolean; from: string; to: string },
) {
  const res = (await db.execute(sql`
    select count(*)::int as n from plans p
    where p.status = 'issued' and p.issued_on between ${q.from} and ${q.to} and ${unitSql(q, sql`p.unit_id`)}`)) as unknown as {
    rows: { n: number }[];
  };
  return Number(res.rows[0].n);
}

/** Assignments due in the period: all, done by its end, and overdue (not done by min(end, today)). */
export async function countAssignments(
  db: Db,
  q: { unitId: number; unitPath: string; subtree?: boolean; from: string; to: string; asOf: string },
) {
  const res = (await db.execute(sql`
    select count(*)::int as assigned,
      count(*) filter (where a.status = 'done' and a.completed_on <= ${q.to})::int as done,
      count(*) filter (where a.period_due < ${q.asOf}
        and not (a.status = 'done' and a.completed_on <= ${q.asOf}))::int as overdue
    from plans_task_assignments a
    where a.status <> 'cancelled' and a.period_due between ${q.from} and ${q.to}
      and ${unitSql(q, sql`a.unit_id`)}`)) as unknown as {
    rows: { assigned: number; done: number; overdue: number }[];
  };
  const r = res.rows[0];
  return { assigned: Number(r.assigned), done: Number(r.done), overdue: Number(r.overdue) };
}

export async function countUnitsWithLeader(
  db: Db,
  q: { unitId: number; unitPath: string; subtree?: boolean; asOf: string },
) {
  const res = (await db.execute(sql`
    select count(distinct l.unit_id)::int as n from plans_leaders l
    where l.from_date <= ${q.asOf} and (l.to_date is null or l.to_date >= ${q.asOf})
      and ${unitSql(q, sql`l.unit_id`)}`)) as unknown as { rows: { n: number }[] };
  return Number(res.rows[0].n);
}

/** Open assignments due between two dates, counted per (unit, due date), of issued plans. */
export async function openDueByUnit(db: Db, from: string, to: string) {
  const res = (await db.execute(sql`
    select a.unit_id, a.period_due, count(*)::int as n
    from plans_task_assignments a
    join plans_tasks t on t.id = a.task_id and t.status = 'assigned'
    where a.status in ${OPEN} and a.period_due between ${from} and ${to}
    group by a.unit_id, a.period_due
    order by a.period_due, a.unit_id`)) as unknown as {
    rows: { unit_id: number; period_due: unknown; n: number }[];
  };
  return res.rows.map((r) => ({
    unitId: Number(r.unit_id),
    due: dateString(r.period_due)!,
    count: Number(r.n),
  }));
}

export function intArray(ids: number[]): SQL {
  return sql.raw(`ARRAY[${ids.map((n) => Math.trunc(Number(n))).join(',')}]::int[]`);
}

/** Sets status, progress, note and completion of many assignments in one statement (demo data, imports). */
export async function setProgressMany(
  db: Db,
  rows: { id: number; status: string; progress: number; completedOn: string | null; note: string }[],
  at: Date,
) {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    if (!chunk.length) continue;
    const values = sql.join(
      chunk.map(
        (r) =>
          sql`(${r.id}::int, ${r.status}::text, ${r.progress}::int, ${r.completedOn}::date, ${r.note}::text)`,
      ),
      sql`, `,
    );
    await db.execute(sql`
      update plans_task_assignments a set status = v.status, progress = v.progress, completed_on = v.completed_on,
        note = v.note, updated_at = ${at}
      from (values ${values}) as v(id, status, progress, completed_on, note)
      where a.id = v.id`);
  }
}
