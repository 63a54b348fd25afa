/** Drizzle queries for plans and their required units. Scope comes in as a parameter. */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { plans, plansRequiredUnits, type UnitSelectorJson } from '../../../db/schema/plans.ts';
import type { Scope } from '../../../core/scope.ts';
import { dateString, unitOrSubtreeSql, visibleUnitSql } from '../shared/sql.ts';

export type PlanRow = typeof plans.$inferSelect;

const planColumns = {
  id: plans.id,
  unitId: plans.unitId,
  year: plans.year,
  numberSymbol: plans.numberSymbol,
  title: plans.title,
  issuerName: plans.issuerName,
  issuerParent: plans.issuerParent,
  place: plans.place,
  basis: plans.basis,
  purposes: plans.purposes,
  requirements: plans.requirements,
  sections: plans.sections,
  closing: plans.closing,
  recipients: plans.recipients,
  signerAuthority: plans.signerAuthority,
  signerPosition: plans.signerPosition,
  signerName: plans.signerName,
  status: plans.status,
  issuedOn: plans.issuedOn,
  issuedAt: plans.issuedAt,
  issuedBy: plans.issuedBy,
  parentPlanId: plans.parentPlanId,
  themeId: plans.themeId,
  movementIds: plans.movementIds,
  guidingDocumentIds: plans.guidingDocumentIds,
  requiredSelector: plans.requiredSelector,
  requiredDue: plans.requiredDue,
  isDemo: plans.isDemo,
  createdBy: plans.createdBy,
  createdAt: plans.createdAt,
  updatedAt: plans.updatedAt,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  unitKind: orgUnits.kind,
  parentPlanTitle: sql<string | null>`(select pp.title from plans pp where pp.id = ${plans.parentPlanId})`,
  requiredCount: sql<number>`(select count(*)::int from plans_required_units r where r.plan_id = ${plans.id})`,
  taskCount: sql<number>`(select count(*)::int from plans_tasks t where t.plan_id = ${plans.id} and t.status <> 'cancelled')`,
  issuedByName: sql<string | null>`(select u.full_name from users u where u.id = ${plans.issuedBy})`,
};
export type PlanView = Awaited<ReturnType<typeof getPlan>> & {};

export interface PlanFilter {
  q?: string;
  /** Plans of exactly these units (a unit or its subtree), already checked by the caller. */
  unit?: { id: number; path: string; subtree: boolean };
  year?: number;
  status?: string;
  parentPlanId?: number;
}

/** Plans the actor may see: of units in scope, plus issued plans of their superiors. */
export function planVisibleSql(scopes: Scope[]): SQL {
  return visibleUnitSql(scopes, plans.unitId, sql`${plans.status} = 'issued'`);
}

function filterSql(scopes: Scope[], f: PlanFilter): SQL {
  const parts: (SQL | undefined)[] = [planVisibleSql(scopes)];
  if (f.q) parts.push(sql`${plans.searchKey} LIKE '%' || lower(f_unaccent(${f.q})) || '%'`);
  if (f.unit)
    parts.push(
      f.unit.subtree
        ? sql`${plans.unitId} IN (select su.id from org_units su where su.path LIKE ${f.unit.path + '%'})`
        : eq(plans.unitId, f.unit.id),
    );
  if (f.year) parts.push(eq(plans.year, f.year));
  if (f.status) parts.push(eq(plans.status, f.status));
  if (f.parentPlanId) parts.push(eq(plans.parentPlanId, f.parentPlanId));
  return and(...parts)!;
}

/** The plans in scope matching the filter, newest year first (a page of it: core/page.ts). */
export function planList(db: Db, scopes: Scope[], f: PlanFilter) {
  const where = filterSql(scopes, f);
  return {
    rows: db
      .select(planColumns)
      .from(plans)
      .innerJoin(orgUnits, eq(orgUnits.id, plans.unitId))
      .where(where)
      .orderBy(desc(plans.year), asc(orgUnits.depth), asc(orgUnits.name), desc(plans.id)),
    count: db.$count(plans, where),
  };
}

export async function getPlan(db: Db, id: number) {
  const [row] = await db
    .select(planColumns)
    .from(plans)
    .innerJoin(orgUnits, eq(orgUnits.id, plans.unitId))
    .where(eq(plans.id, id));
  return row;
}

/**
 * Locks the plan's row until the transaction ends, so a read-check-write on it (issue, edit, delete,
 * adding a task) sees the state it changes and two of them never both act on a stale one.
 * Returns false when the plan does not exist.
 */
export async function lockPlan(db: Db, id: number): Promise<boolean> {
  const res = (await db.execute(sql`select id from plans where id = ${id} for no key update`)) as unknown as {
    rows: unknown[];
  };
  return res.rows.length > 0;
}

export async function insertPlan(db: Db, v: typeof plans.$inferInsert) {
  const [row] = await db.insert(plans).values(v).returning({ id: plans.id });
  return row.id;
}

export async function updatePlan(db: Db, id: number, v: Partial<typeof plans.$inferInsert>) {
  await db.update(plans).set(v).where(eq(plans.id, id));
}

export async function deletePlan(db: Db, id: number) {
  await db.delete(plans).where(eq(plans.id, id));
}

export async function countChildPlans(db: Db, planId: number): Promise<number> {
  const n = await db.$count(plans, eq(plans.parentPlanId, planId));
  return n;
}

/** Another issued plan of the unit with this number in the year (số, ký hiệu must be unique). */
export async function issuedWithNumber(
  db: Db,
  unitId: number,
  year: number,
  numberSymbol: string,
  exceptId: number,
) {
  const [row] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        eq(plans.unitId, unitId),
        eq(plans.year, year),
        eq(plans.numberSymbol, numberSymbol),
        eq(plans.status, 'issued'),
        sql`${plans.id} <> ${exceptId}`,
      ),
    );
  return row?.id ?? null;
}

/** The issued plan of a unit that answers a parent plan, if any. */
export async function issuedChildOf(db: Db, parentPlanId: number, unitId: number) {
  const [row] = await db
    .select({ id: plans.id, numberSymbol: plans.numberSymbol })
    .from(plans)
    .where(and(eq(plans.parentPlanId, parentPlanId), eq(plans.unitId, unitId), eq(plans.status, 'issued')));
  return row ?? null;
}

export async function setRequiredUnits(db: Db, planId: number, unitIds: number[]) {
  await db.delete(plansRequiredUnits).where(eq(plansRequiredUnits.planId, planId));
  for (let i = 0; i < unitIds.length; i += 2000) {
    const chunk = unitIds.slice(i, i + 2000);
    if (chunk.length) await db.insert(plansRequiredUnits).values(chunk.map((unitId) => ({ planId, unitId })));
  }
}

export async function requiredUnitIds(db: Db, planId: number): Promise<number[]> {
  const rows = await db
    .select({ unitId: plansRequiredUnits.unitId })
    .from(plansRequiredUnits)
    .where(eq(plansRequiredUnits.planId, planId));
  return rows.map((r) => r.unitId);
}

/** Issued plans with a requirement date, and their required units that have not issued a linked plan. */
export async function openRequirements(db: Db, from: string, to: string) {
  const res = (await db.execute(sql`
    select p.id as plan_id, p.unit_id as plan_unit_id, p.title, p.number_symbol, p.required_due, r.unit_id
    from plans p
    join plans_required_units r on r.plan_id = p.id
    where p.status = 'issued' and p.required_due between ${from} and ${to}
      and not exists (select 1 from plans c where c.parent_plan_id = p.id and c.unit_id = r.unit_id and c.status = 'issued')
    order by p.id, r.unit_id`)) as unknown as {
    rows: {
      plan_id: number;
      plan_unit_id: number;
      title: string;
      number_symbol: string;
      required_due: string;
      unit_id: number;
    }[];
  };
  return res.rows.map((r) => ({
    planId: Number(r.plan_id),
    planUnitId: Number(r.plan_unit_id),
    title: r.title,
    numberSymbol: r.number_symbol,
    requiredDue: dateString(r.required_due)!,
    unitId: Number(r.unit_id),
  }));
}

export async function countPlansIssued(
  db: Db,
  q: { unitId: number; unitPath: string; subtree?: boolean; from: string; to: string },
) {
  const res = (await db.execute(sql`
    select count(*)::int as n from plans p
    where p.status = 'issued' and p.issued_on between ${q.from} and ${q.to} and ${unitOrSubtreeSql(q, sql`p.unit_id`)}`)) as unknown as {
    rows: { n: number }[];
  };
  return Number(res.rows[0].n);
}

export type { UnitSelectorJson };
