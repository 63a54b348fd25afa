/**
 * Drizzle queries for the per-unit assignments of tasks: writing them, one with its task and plan,
 * a unit's own list ("my tasks"), the figures for reports and the reminder sweep.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { plansTaskAssignments } from '../../../db/schema/plans.ts';
import { unitScopeSql, type Scope } from '../../../core/scope.ts';
import { dateString, OPEN, unitOrSubtreeSql } from '../shared/sql.ts';

export type AssignmentRow = typeof plansTaskAssignments.$inferSelect;

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

/** Locks an assignment's row until the transaction ends (see plan.repository lockPlan). */
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
      and ${unitOrSubtreeSql(q, sql`a.unit_id`)}`)) as unknown as {
    rows: { assigned: number; done: number; overdue: number }[];
  };
  const r = res.rows[0];
  return { assigned: Number(r.assigned), done: Number(r.done), overdue: Number(r.overdue) };
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
