/** Drizzle queries for inspections of public duty. */
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { inspections, inspectionsViolations } from '../../../db/schema/inspections.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';

const i = inspections;
const cu = alias(orgUnits, 'conductor_unit');
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

const columns = (today: string) => ({
  id: i.id,
  unitId: i.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  conductorUnitId: i.conductorUnitId,
  conductorUnitName: cu.name,
  conductorPath: cu.path,
  planItemId: i.planItemId,
  kind: i.kind,
  mode: i.mode,
  title: i.title,
  decisionNumber: i.decisionNumber,
  startOn: i.startOn,
  endOn: i.endOn,
  team: i.team,
  scope: i.scope,
  findings: i.findings,
  state: i.state,
  conclusionNumber: i.conclusionNumber,
  conclusionDate: i.conclusionDate,
  conclusionText: i.conclusionText,
  signerName: i.signerName,
  signerPosition: i.signerPosition,
  isPublic: i.isPublic,
  publicSummary: i.publicSummary,
  violations: sql<number>`(SELECT count(*)::int FROM inspections_violations v WHERE v.inspection_id = ${i.id})`,
  recommendations: sql<number>`(SELECT count(*)::int FROM inspections_recommendations r WHERE r.inspection_id = ${i.id})`,
  recommendationsOpen: sql<number>`(SELECT count(*)::int FROM inspections_recommendations r WHERE r.inspection_id = ${i.id} AND r.state <> 'done')`,
  recommendationsOverdue: sql<number>`(SELECT count(*)::int FROM inspections_recommendations r WHERE r.inspection_id = ${i.id} AND r.state <> 'done' AND r.due_on < ${today})`,
  version: i.version,
  isDemo: i.isDemo,
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
});
export interface InspectionRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  conductorUnitId: number;
  conductorUnitName: string;
  conductorPath: string;
  planItemId: number | null;
  kind: string;
  mode: string;
  title: string;
  decisionNumber: string;
  startOn: string;
  endOn: string | null;
  team: unknown;
  scope: string;
  findings: string;
  state: string;
  conclusionNumber: string;
  conclusionDate: string | null;
  conclusionText: string;
  signerName: string;
  signerPosition: string;
  isPublic: boolean;
  publicSummary: string;
  violations: number;
  recommendations: number;
  recommendationsOpen: number;
  recommendationsOverdue: number;
  version: number;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface InspectionFilter {
  q?: string;
  under?: { path: string };
  kind?: string;
  mode?: string;
  state?: string;
  from?: string;
  to?: string;
  overdue?: boolean;
}

function where(scopes: Scope[], f: InspectionFilter, today: string): SQL {
  const parts: SQL[] = [
    sql`(${unitIdInScopeSql(scopes, i.unitId)} OR ${unitIdInScopeSql(scopes, i.conductorUnitId)})`,
  ];
  if (f.q) parts.push(sql`${i.searchKey} LIKE lower(f_unaccent(${'%' + escapeLike(f.q) + '%'}))`);
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${escapeLike(f.under.path) + '%'}`);
  if (f.kind) parts.push(eq(i.kind, f.kind));
  if (f.mode) parts.push(eq(i.mode, f.mode));
  if (f.state) parts.push(eq(i.state, f.state));
  if (f.from) parts.push(sql`${i.startOn} >= ${f.from}`);
  if (f.to) parts.push(sql`${i.startOn} <= ${f.to}`);
  if (f.overdue !== undefined) {
    const has = sql`EXISTS (SELECT 1 FROM inspections_recommendations r WHERE r.inspection_id = ${i.id} AND r.state <> 'done' AND r.due_on < ${today})`;
    parts.push(f.overdue ? has : sql`NOT ${has}`);
  }
  return and(...parts)!;
}

/** The inspections in scope matching the filter, latest start first (a page of it: core/page.ts). */
export function inspectionList(
  db: Db,
  scopes: Scope[],
  f: InspectionFilter,
  today: string,
): ListQuery<InspectionRow> {
  const w = where(scopes, f, today);
  return {
    rows: db
      .select(columns(today))
      .from(i)
      .innerJoin(orgUnits, eq(orgUnits.id, i.unitId))
      .innerJoin(cu, eq(cu.id, i.conductorUnitId))
      .where(w)
      .orderBy(desc(i.startOn), desc(i.id)) as unknown as RowsQuery<InspectionRow>,
    count: db.select(countAll()).from(i).innerJoin(orgUnits, eq(orgUnits.id, i.unitId)).where(w),
  };
}

export async function getInspection(db: Db, id: number, today: string, opts: { lock?: boolean } = {}) {
  if (opts.lock) await db.select({ id: i.id }).from(i).where(eq(i.id, id)).for('update');
  const [row] = (await db
    .select(columns(today))
    .from(i)
    .innerJoin(orgUnits, eq(orgUnits.id, i.unitId))
    .innerJoin(cu, eq(cu.id, i.conductorUnitId))
    .where(eq(i.id, id))) as InspectionRow[];
  return row;
}

export async function insertInspection(db: Db, v: typeof i.$inferInsert): Promise<number> {
  const [row] = await db.insert(i).values(v).returning({ id: i.id });
  return row.id;
}

/** The update on the version the caller read: null when someone else changed the inspection first. */
export async function updateInspection(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof i.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(i)
    .set({ ...v, version: sql`${i.version} + 1` })
    .where(and(eq(i.id, id), eq(i.version, version)))
    .returning({ version: i.version });
  return row?.version ?? null;
}

export async function inspectionOfPlanItem(db: Db, planItemId: number): Promise<number | null> {
  const [row] = await db.select({ id: i.id }).from(i).where(eq(i.planItemId, planItemId));
  return row?.id ?? null;
}

type FigureQ = { unitId: number; unitPath: string; subtree?: boolean; from: string; to: string };
const unitSql = (col: unknown, q: FigureQ) =>
  q.subtree
    ? sql`${col} IN (SELECT id FROM org_units WHERE path LIKE ${escapeLike(q.unitPath) + '%'})`
    : sql`${col} = ${q.unitId}`;

/** Figures: inspections of the unit (or its subtree) begun within [from, to]. */
export async function countInspections(db: Db, q: FigureQ): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(i)
    .where(and(unitSql(i.unitId, q), sql`${i.startOn} >= ${q.from}`, sql`${i.startOn} <= ${q.to}`));
  return Number(n);
}

/** Figures: violations found by those inspections; with `sanctions`, only those given one of them. */
export async function countViolations(db: Db, q: FigureQ, sanctions?: readonly string[]): Promise<number> {
  const v = inspectionsViolations;
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(v)
    .innerJoin(i, eq(i.id, v.inspectionId))
    .where(
      and(
        unitSql(i.unitId, q),
        sql`${i.startOn} >= ${q.from}`,
        sql`${i.startOn} <= ${q.to}`,
        sanctions ? inArray(v.sanction, [...sanctions]) : undefined,
      ),
    );
  return Number(n);
}

/** Concluded inspections marked public, newest first (no person's data is selected). */
export function publicList(db: Db, f: { unitId?: number; id?: number }) {
  const w = and(
    eq(i.state, 'concluded'),
    eq(i.isPublic, true),
    f.unitId ? eq(i.unitId, f.unitId) : undefined,
    f.id ? eq(i.id, f.id) : undefined,
  );
  const rows = db
    .select({
      id: i.id,
      unitId: i.unitId,
      unitName: orgUnits.name,
      conductorUnitName: cu.name,
      kind: i.kind,
      title: i.title,
      startOn: i.startOn,
      endOn: i.endOn,
      conclusionNumber: i.conclusionNumber,
      conclusionDate: i.conclusionDate,
      summary: i.publicSummary,
      violations: sql<number>`(SELECT count(*)::int FROM inspections_violations v WHERE v.inspection_id = ${i.id})`,
      recommendations: sql<number>`(SELECT count(*)::int FROM inspections_recommendations r WHERE r.inspection_id = ${i.id})`,
      recommendationsDone: sql<number>`(SELECT count(*)::int FROM inspections_recommendations r WHERE r.inspection_id = ${i.id} AND r.state = 'done')`,
    })
    .from(i)
    .innerJoin(orgUnits, eq(orgUnits.id, i.unitId))
    .innerJoin(cu, eq(cu.id, i.conductorUnitId))
    .where(w)
    .orderBy(desc(i.conclusionDate), desc(i.id));
  return { rows, count: db.select(countAll()).from(i).where(w) };
}
