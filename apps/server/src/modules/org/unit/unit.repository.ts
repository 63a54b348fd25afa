import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { preparedOnce } from '../../../db/prepared.ts';
import {
  orgEvents,
  orgGroups,
  orgSuccessions,
  orgUnitGroups,
  orgUnitNames,
  orgUnits,
} from '../../../db/schema/org.ts';
import type { ListQuery, RowsQuery } from '../../../core/page.ts';
import { forgetAllSessions } from '../../../core/session-cache.ts';
import { unitScopeSql, type Scope } from '../../../core/scope.ts';

export type UnitRow = typeof orgUnits.$inferSelect;

const groupCodes = sql<
  string[]
>`coalesce((select array_agg(g.code order by g.code) from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = org_units.id), '{}')`;
/** Today in Vietnam, in SQL (the server's own time zone may differ). */
const VN_TODAY = sql`(now() at time zone 'Asia/Ho_Chi_Minh')::date`;

/** Children that are current on the date, or all of them when ended units are shown. */
function childCountSql(asOf?: string, includeInactive?: boolean) {
  if (includeInactive)
    return sql<number>`(select count(*)::int from org_units c where c.parent_id = org_units.id)`;
  const d = asOf ? sql`${asOf}::date` : VN_TODAY;
  return sql<number>`(select count(*)::int from org_units c where c.parent_id = org_units.id and c.valid_from <= ${d} and (c.valid_to is null or c.valid_to >= ${d}))`;
}
const parentName = sql<string | null>`(select p.name from org_units p where p.id = org_units.parent_id)`;

const baseColumns = {
  id: orgUnits.id,
  code: orgUnits.code,
  adminCode: orgUnits.adminCode,
  name: orgUnits.name,
  shortName: orgUnits.shortName,
  kind: orgUnits.kind,
  parentId: orgUnits.parentId,
  path: orgUnits.path,
  depth: orgUnits.depth,
  validFrom: orgUnits.validFrom,
  validTo: orgUnits.validTo,
  isDemo: orgUnits.isDemo,
  groups: groupCodes,
  parentName,
};
function cols(asOf?: string, includeInactive?: boolean) {
  return { ...baseColumns, childCount: childCountSql(asOf, includeInactive) };
}
const unitColumns = cols();
export type UnitView = {
  id: number;
  code: string;
  adminCode: string | null;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: number | null;
  path: string;
  depth: number;
  validFrom: string;
  validTo: string | null;
  isDemo: boolean;
  groups: string[];
  parentName: string | null;
  childCount: number;
};

export interface UnitFilter {
  q?: string;
  parentId?: number;
  kind?: string;
  group?: string;
  includeInactive?: boolean;
  asOf: string;
  ids?: number[];
}

function filterSql(scopes: Scope[], f: UnitFilter): SQL {
  const parts: (SQL | undefined)[] = [unitScopeSql(scopes, orgUnits.id, orgUnits.path)];
  if (f.q) {
    const key = f.q;
    parts.push(sql`${orgUnits.searchKey} LIKE '%' || lower(f_unaccent(${key})) || '%'`);
  }
  if (f.parentId !== undefined) parts.push(eq(orgUnits.parentId, f.parentId));
  if (f.kind) parts.push(eq(orgUnits.kind, f.kind));
  if (f.group)
    parts.push(
      sql`exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = ${orgUnits.id} and g.code = ${f.group})`,
    );
  if (!f.includeInactive) {
    parts.push(sql`${orgUnits.validFrom} <= ${f.asOf}`);
    parts.push(or(isNull(orgUnits.validTo), sql`${orgUnits.validTo} >= ${f.asOf}`));
  }
  if (f.ids) parts.push(f.ids.length ? inArray(orgUnits.id, f.ids) : sql`false`);
  return and(...parts)!;
}

/** The units in scope matching the filter, shallowest first, by name (a page of it: core/page.ts). */
export function unitList(db: Db, scopes: Scope[], f: UnitFilter): ListQuery<UnitView> {
  const where = filterSql(scopes, f);
  return {
    rows: db
      .select(cols(f.asOf, f.includeInactive))
      .from(orgUnits)
      .where(where)
      .orderBy(asc(orgUnits.depth), asc(orgUnits.name), asc(orgUnits.id)) as unknown as RowsQuery<UnitView>,
    count: db.$count(orgUnits, where),
  };
}

/**
 * Locks the units' rows until the transaction ends, in id order (so two transactions locking
 * overlapping sets never deadlock): a merge, split or edit then checks the units as they are.
 */
export async function lockUnits(db: Db, ids: number[]): Promise<void> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  if (!sorted.length) return;
  await db.execute(
    sql`select id from org_units where id in (${sql.join(
      sorted.map((i) => sql`${i}`),
      sql`, `,
    )}) order by id for no key update`,
  );
}

export async function getUnit(db: Db, id: number): Promise<UnitView | undefined> {
  const [row] = (await db.select(unitColumns).from(orgUnits).where(eq(orgUnits.id, id))) as UnitView[];
  return row;
}

/** A unit's place in the tree (id, path, kind, name): what a scope check or a subtree filter needs. */
export type UnitPath = { id: number; path: string; kind: string; name: string };

/**
 * The lookup behind getUnitPath: prepared once per database (PostgreSQL plans it once per connection,
 * Drizzle builds its SQL once), without the groups, parent name and child count of UnitView.
 */
const unitPathQuery = preparedOnce((db) =>
  db
    .select({ id: orgUnits.id, path: orgUnits.path, kind: orgUnits.kind, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.id, sql.placeholder('id')))
    .prepare('org_unit_path_by_id'),
);

export async function getUnitPath(db: Db, id: number): Promise<UnitPath | undefined> {
  const [row] = await unitPathQuery(db).execute({ id });
  return row;
}

export async function getUnitsByIds(db: Db, ids: number[]): Promise<UnitView[]> {
  if (!ids.length) return [];
  return (await db.select(unitColumns).from(orgUnits).where(inArray(orgUnits.id, ids))) as UnitView[];
}

export async function getUnitByCode(db: Db, code: string): Promise<UnitView | undefined> {
  const [row] = (await db.select(unitColumns).from(orgUnits).where(eq(orgUnits.code, code))) as UnitView[];
  return row;
}

export async function insertUnit(
  db: Db,
  v: {
    code: string;
    adminCode?: string | null;
    name: string;
    shortName?: string | null;
    kind: string;
    parentId: number | null;
    parentPath: string | null;
    validFrom: string;
    isDemo?: boolean;
  },
): Promise<UnitView> {
  const [row] = await db
    .insert(orgUnits)
    .values({
      code: v.code,
      adminCode: v.adminCode ?? null,
      name: v.name,
      shortName: v.shortName ?? null,
      kind: v.kind,
      parentId: v.parentId,
      path: '/',
      depth: v.parentPath ? v.parentPath.split('/').filter(Boolean).length : 0,
      validFrom: v.validFrom,
      isDemo: v.isDemo ?? false,
    })
    .returning({ id: orgUnits.id });
  const path = `${v.parentPath ?? '/'}${row.id}/`;
  await db.update(orgUnits).set({ path }).where(eq(orgUnits.id, row.id));
  await db.insert(orgUnitNames).values({ unitId: row.id, name: v.name, validFrom: v.validFrom });
  return (await getUnit(db, row.id))!;
}

export async function updateUnit(
  db: Db,
  id: number,
  v: Partial<Pick<UnitRow, 'name' | 'shortName' | 'adminCode' | 'kind' | 'validTo'>>,
) {
  await db
    .update(orgUnits)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(orgUnits.id, id));
}

export async function recordRename(
  db: Db,
  unitId: number,
  newName: string,
  effectiveDate: string,
  dayBefore: string,
) {
  await db
    .update(orgUnitNames)
    .set({ validTo: dayBefore })
    .where(and(eq(orgUnitNames.unitId, unitId), isNull(orgUnitNames.validTo)));
  await db.insert(orgUnitNames).values({ unitId, name: newName, validFrom: effectiveDate });
}

/** Moves a unit and its whole subtree under a new parent by rewriting the path prefix. */
export async function moveSubtree(
  db: Db,
  unit: { id: number; path: string },
  newParent: { id: number; path: string },
) {
  const newPath = `${newParent.path}${unit.id}/`;
  forgetAllSessions(); // sessions carry their units' paths (core/session-cache.ts)
  await db.execute(sql`
    update org_units set
      path = ${newPath} || substr(path, ${unit.path.length + 1}),
      depth = depth + ${newPath.split('/').length - unit.path.split('/').length},
      updated_at = now()
    where path like ${unit.path + '%'}`);
  await db.update(orgUnits).set({ parentId: newParent.id }).where(eq(orgUnits.id, unit.id));
}

export async function countActiveChildren(db: Db, unitId: number, asOf: string): Promise<number> {
  const n = await db.$count(
    orgUnits,
    and(eq(orgUnits.parentId, unitId), or(isNull(orgUnits.validTo), sql`${orgUnits.validTo} >= ${asOf}`)),
  );
  return n;
}

export async function setGroups(db: Db, unitId: number, codes: string[]) {
  await db.delete(orgUnitGroups).where(eq(orgUnitGroups.unitId, unitId));
  if (!codes.length) return;
  const groups = await db.select().from(orgGroups).where(inArray(orgGroups.code, codes));
  if (groups.length) await db.insert(orgUnitGroups).values(groups.map((g) => ({ unitId, groupId: g.id })));
}

export async function insertSuccession(
  db: Db,
  predecessorId: number,
  successorId: number,
  kind: 'merge' | 'split',
  effectiveDate: string,
) {
  await db
    .insert(orgSuccessions)
    .values({ predecessorId, successorId, kind, effectiveDate })
    .onConflictDoNothing();
}

export async function insertEvent(
  db: Db,
  e: {
    kind: string;
    unitId: number;
    relatedUnitIds?: number[];
    effectiveDate: string;
    details?: Record<string, unknown>;
    decision?: string | null;
    createdBy?: number | null;
  },
) {
  await db.insert(orgEvents).values({
    kind: e.kind,
    unitId: e.unitId,
    relatedUnitIds: e.relatedUnitIds ?? [],
    effectiveDate: e.effectiveDate,
    details: e.details ?? {},
    decision: e.decision ?? null,
    createdBy: e.createdBy ?? null,
  });
}

export async function unitHistory(db: Db, unitId: number) {
  const events = await db
    .select()
    .from(orgEvents)
    .where(or(eq(orgEvents.unitId, unitId), sql`${unitId} = any(${orgEvents.relatedUnitIds})`))
    .orderBy(asc(orgEvents.effectiveDate), asc(orgEvents.id));
  const predecessors = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, validTo: orgUnits.validTo })
    .from(orgSuccessions)
    .innerJoin(orgUnits, eq(orgUnits.id, orgSuccessions.predecessorId))
    .where(eq(orgSuccessions.successorId, unitId));
  const successors = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, validFrom: orgUnits.validFrom })
    .from(orgSuccessions)
    .innerJoin(orgUnits, eq(orgUnits.id, orgSuccessions.successorId))
    .where(eq(orgSuccessions.predecessorId, unitId));
  const names = await db
    .select({ name: orgUnitNames.name, validFrom: orgUnitNames.validFrom, validTo: orgUnitNames.validTo })
    .from(orgUnitNames)
    .where(eq(orgUnitNames.unitId, unitId))
    .orderBy(asc(orgUnitNames.validFrom));
  return { events, predecessors, successors, names };
}

/**
 * The unit that carries a unit's work on a date: follows merge links forward (a merged commune's
 * records count under its successor from the merge date). Splits have several successors; they stop
 * the chain (their records stay with the original unit).
 */
export async function resolveCurrentUnitIds(
  db: Db,
  unitIds: number[],
  asOf: string,
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!unitIds.length) return out;
  const rows = (await db.execute(sql`
    with recursive chain(origin, unit_id, hops) as (
      select u.id, u.id, 0 from org_units u where u.id = any(${sql.raw(`ARRAY[${unitIds.map(Number).join(',')}]::int[]`)})
      union all
      select c.origin, s.successor_id, c.hops + 1
      from chain c
      join org_successions s on s.predecessor_id = c.unit_id and s.kind = 'merge' and s.effective_date <= ${asOf}
      where c.hops < 20
    )
    select distinct on (origin) origin, unit_id from chain order by origin, hops desc`)) as unknown as {
    rows: { origin: number; unit_id: number }[];
  };
  for (const r of rows.rows) out.set(Number(r.origin), Number(r.unit_id));
  return out;
}
