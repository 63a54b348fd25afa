/** Drizzle queries for the tasks of plans. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { plans, plansTasks } from '../../../db/schema/plans.ts';

export type TaskRow = typeof plansTasks.$inferSelect;

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

export async function taskIdsOfPlan(db: Db, planId: number, statuses: string[]) {
  const rows = await db
    .select({ id: plansTasks.id })
    .from(plansTasks)
    .where(and(eq(plansTasks.planId, planId), inArray(plansTasks.status, statuses)))
    .orderBy(asc(plansTasks.sortOrder), asc(plansTasks.id));
  return rows.map((r) => r.id);
}

/** The plan of each task, in one query; scope-free (the caller limits the ids). */
export async function taskPlans(db: Db, ids: number[]): Promise<{ id: number; planId: number }[]> {
  if (!ids.length) return [];
  return db
    .select({ id: plansTasks.id, planId: plansTasks.planId })
    .from(plansTasks)
    .where(inArray(plansTasks.id, ids));
}
