/** Drizzle queries for plans, their required units and cascade compliance. Scope comes in as a parameter. */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { orgUnits } from '../../db/schema/org.ts';
import { plans, plansRequiredUnits, plansTasks, type UnitSelectorJson } from '../../db/schema/plans.ts';
import { unitScopeSql, type Scope } from '../../core/scope.ts';
import { visibleUnitSql } from './plans.access.ts';

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

export async function listPlans(
  db: Db,
  scopes: Scope[],
  f: PlanFilter,
  page: { limit: number; offset: number },
) {
  const where = filterSql(scopes, f);
  const rows = await db
    .select(planColumns)
    .from(plans)
    .innerJoin(orgUnits, eq(orgUnits.id, plans.unitId))
    .where(where)
    .orderBy(desc(plans.year), asc(orgUnits.depth), asc(orgUnits.name), desc(plans.id))
    .limit(page.limit)
    .offset(page.offset);
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(plans)
    .where(where);
  return { rows, total: n };
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
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(plans)
    .where(eq(plans.parentPlanId, planId));
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

export async function taskIdsOfPlan(db: Db, planId: number, statuses: string[]) {
  const rows = await db
    .select({ id: plansTasks.id })
    .from(plansTasks)
    .where(and(eq(plansTasks.planId, planId), inArray(plansTasks.status, statuses)))
    .orderBy(asc(plansTasks.sortOrder), asc(plansTasks.id));
  return rows.map((r) => r.id);
}

/** Raw rows give dates as strings on node-postgres and as Date on PGlite; normalise to 'YYYY-MM-DD'. */
export function dateString(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    const y = v.getUTCFullYear();
    return `${y}-${String(v.getUTCMonth() + 1).padStart(2, '0')}-${String(v.getUTCDate()).padStart(2, '0')}`;
  }
  return String(v).slice(0, 10);
}

export type { UnitSelectorJson };
