/** Drizzle queries for the yearly inspection plans and their items. */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { inspections, inspectionsPlanItems, inspectionsPlans } from '../../../db/schema/inspections.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';
import { escapeLike } from '../inspection/inspection.repository.ts';

const p = inspectionsPlans;
const it = inspectionsPlanItems;
const columns = {
  id: p.id,
  unitId: p.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  year: p.year,
  title: p.title,
  decisionNumber: p.decisionNumber,
  approvedOn: p.approvedOn,
  version: p.version,
  isDemo: p.isDemo,
};
export type PlanRow = {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  year: number;
  title: string;
  decisionNumber: string;
  approvedOn: string | null;
  version: number;
  isDemo: boolean;
};

/** The inspection plans in scope, newest year first (a page of it: core/page.ts). */
export function planList(
  db: Db,
  scopes: Scope[],
  f: { under?: { path: string }; year?: number },
): ListQuery<PlanRow> {
  const parts: SQL[] = [unitIdInScopeSql(scopes, p.unitId)];
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${escapeLike(f.under.path) + '%'}`);
  if (f.year) parts.push(eq(p.year, f.year));
  const w = and(...parts)!;
  return {
    rows: db
      .select(columns)
      .from(p)
      .innerJoin(orgUnits, eq(orgUnits.id, p.unitId))
      .where(w)
      .orderBy(desc(p.year), desc(p.id)) as unknown as RowsQuery<PlanRow>,
    count: db.select(countAll()).from(p).innerJoin(orgUnits, eq(orgUnits.id, p.unitId)).where(w),
  };
}

export async function getPlan(db: Db, id: number, opts: { lock?: boolean } = {}) {
  if (opts.lock) await db.select({ id: p.id }).from(p).where(eq(p.id, id)).for('update');
  const [row] = (await db
    .select(columns)
    .from(p)
    .innerJoin(orgUnits, eq(orgUnits.id, p.unitId))
    .where(eq(p.id, id))) as PlanRow[];
  return row;
}

export async function insertPlan(db: Db, v: typeof p.$inferInsert): Promise<number> {
  const [row] = await db.insert(p).values(v).returning({ id: p.id });
  return row.id;
}

export async function updatePlan(db: Db, id: number, version: number, v: Partial<typeof p.$inferInsert>) {
  const [row] = await db
    .update(p)
    .set({ ...v, version: sql`${p.version} + 1` })
    .where(and(eq(p.id, id), eq(p.version, version)))
    .returning({ version: p.version });
  return row?.version ?? null;
}

export async function insertItem(db: Db, v: typeof it.$inferInsert): Promise<number> {
  const [row] = await db.insert(it).values(v).returning({ id: it.id });
  return row.id;
}

/** The items of plans, with the inspection carrying each out (if any) and its state. */
export async function itemsOf(db: Db, planIds: number[]) {
  if (!planIds.length) return [];
  return db
    .select({
      id: it.id,
      planId: it.planId,
      unitId: it.unitId,
      unitName: orgUnits.name,
      month: it.month,
      kind: it.kind,
      content: it.content,
      inspectionId: inspections.id,
      inspectionState: inspections.state,
    })
    .from(it)
    .innerJoin(orgUnits, eq(orgUnits.id, it.unitId))
    .leftJoin(inspections, eq(inspections.planItemId, it.id))
    .where(inArray(it.planId, planIds))
    .orderBy(asc(it.month), asc(it.id));
}

export async function getPlanItem(db: Db, id: number) {
  const [row] = await db
    .select({ id: it.id, planId: it.planId, unitId: it.unitId, planUnitId: p.unitId, year: p.year })
    .from(it)
    .innerJoin(p, eq(p.id, it.planId))
    .where(eq(it.id, id));
  return row;
}
