/** Drizzle queries for the registers: guiding documents, leaders in charge, year themes, movements. */
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { orgUnits } from '../../db/schema/org.ts';
import { plansGuidingDocuments, plansLeaders, plansMovements, plansThemes } from '../../db/schema/plans.ts';
import { unitIdInScopeSql, unitScopeSql, type Scope } from '../../core/scope.ts';
import { visibleUnitSql } from './plans.access.ts';

// ---------------------------------------------------------------------------------------------
// Guiding documents

const docColumns = {
  id: plansGuidingDocuments.id,
  unitId: plansGuidingDocuments.unitId,
  numberSymbol: plansGuidingDocuments.numberSymbol,
  issuedOn: plansGuidingDocuments.issuedOn,
  issuer: plansGuidingDocuments.issuer,
  kind: plansGuidingDocuments.kind,
  title: plansGuidingDocuments.title,
  summary: plansGuidingDocuments.summary,
  sharedWithSubunits: plansGuidingDocuments.sharedWithSubunits,
  isDemo: plansGuidingDocuments.isDemo,
  createdAt: plansGuidingDocuments.createdAt,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type DocView = Awaited<ReturnType<typeof getDoc>> & object;

/** Documents of units in scope, and the shared ones of their superiors. */
export function docVisibleSql(scopes: Scope[]): SQL {
  return visibleUnitSql(
    scopes,
    plansGuidingDocuments.unitId,
    sql`${plansGuidingDocuments.sharedWithSubunits}`,
  );
}

export interface DocFilter {
  q?: string;
  kind?: string;
  year?: number;
  /** Documents usable by this unit: its own and the shared ones of its superiors. */
  usableBy?: { id: number; path: string };
  ids?: number[];
}

function docWhere(scopes: Scope[], f: DocFilter): SQL {
  const parts: SQL[] = [docVisibleSql(scopes)];
  if (f.q) parts.push(sql`${plansGuidingDocuments.searchKey} LIKE '%' || lower(f_unaccent(${f.q})) || '%'`);
  if (f.kind) parts.push(eq(plansGuidingDocuments.kind, f.kind));
  if (f.year)
    parts.push(sql`${plansGuidingDocuments.issuedOn} between ${`${f.year}-01-01`} and ${`${f.year}-12-31`}`);
  if (f.usableBy) {
    const ancestors = f.usableBy.path.split('/').filter(Boolean).map(Number);
    parts.push(
      sql`(${plansGuidingDocuments.unitId} = ${f.usableBy.id} OR (${plansGuidingDocuments.sharedWithSubunits} AND ${plansGuidingDocuments.unitId} = ANY(${sql.raw(`ARRAY[${ancestors.join(',')}]::int[]`)})))`,
    );
  }
  if (f.ids) parts.push(f.ids.length ? inArray(plansGuidingDocuments.id, f.ids) : sql`false`);
  return and(...parts)!;
}

export async function listDocs(
  db: Db,
  scopes: Scope[],
  f: DocFilter,
  page: { limit: number; offset: number },
) {
  const where = docWhere(scopes, f);
  const rows = await db
    .select(docColumns)
    .from(plansGuidingDocuments)
    .innerJoin(orgUnits, eq(orgUnits.id, plansGuidingDocuments.unitId))
    .where(where)
    .orderBy(desc(plansGuidingDocuments.issuedOn), desc(plansGuidingDocuments.id))
    .limit(page.limit)
    .offset(page.offset);
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(plansGuidingDocuments)
    .where(where);
  return { rows, total: n };
}

export async function getDoc(db: Db, id: number) {
  const [row] = await db
    .select(docColumns)
    .from(plansGuidingDocuments)
    .innerJoin(orgUnits, eq(orgUnits.id, plansGuidingDocuments.unitId))
    .where(eq(plansGuidingDocuments.id, id));
  return row;
}

/** Short references of documents by id (for citations; no scope filter: callers validated the ids). */
export async function docRefs(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: plansGuidingDocuments.id,
      numberSymbol: plansGuidingDocuments.numberSymbol,
      kind: plansGuidingDocuments.kind,
      title: plansGuidingDocuments.title,
      issuedOn: plansGuidingDocuments.issuedOn,
    })
    .from(plansGuidingDocuments)
    .where(inArray(plansGuidingDocuments.id, ids));
}

export async function findDocByNumber(db: Db, unitId: number, numberSymbol: string, issuedOn: string) {
  const [row] = await db
    .select({ id: plansGuidingDocuments.id })
    .from(plansGuidingDocuments)
    .where(
      and(
        eq(plansGuidingDocuments.unitId, unitId),
        eq(plansGuidingDocuments.numberSymbol, numberSymbol),
        eq(plansGuidingDocuments.issuedOn, issuedOn),
      ),
    );
  return row?.id ?? null;
}

export async function insertDoc(db: Db, v: typeof plansGuidingDocuments.$inferInsert) {
  const [row] = await db.insert(plansGuidingDocuments).values(v).returning({ id: plansGuidingDocuments.id });
  return row.id;
}
export async function updateDoc(db: Db, id: number, v: Partial<typeof plansGuidingDocuments.$inferInsert>) {
  await db.update(plansGuidingDocuments).set(v).where(eq(plansGuidingDocuments.id, id));
}
export async function deleteDoc(db: Db, id: number) {
  await db.delete(plansGuidingDocuments).where(eq(plansGuidingDocuments.id, id));
}

/** How many plans, tasks, themes and movements cite the document. */
export async function docCitations(db: Db, id: number): Promise<number> {
  const res = (await db.execute(sql`
    select (select count(*) from plans where ${id} = any(guiding_document_ids))
         + (select count(*) from plans_tasks where ${id} = any(guiding_document_ids))
         + (select count(*) from plans_themes where ${id} = any(guiding_document_ids))
         + (select count(*) from plans_movements where ${id} = any(guiding_document_ids)) as n`)) as unknown as {
    rows: { n: number | string }[];
  };
  return Number(res.rows[0]?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Leaders in charge

const leaderColumns = {
  id: plansLeaders.id,
  unitId: plansLeaders.unitId,
  leaderName: plansLeaders.leaderName,
  position: plansLeaders.position,
  fromDate: plansLeaders.fromDate,
  toDate: plansLeaders.toDate,
  decisionNumber: plansLeaders.decisionNumber,
  decisionDate: plansLeaders.decisionDate,
  decisionIssuer: plansLeaders.decisionIssuer,
  note: plansLeaders.note,
  isDemo: plansLeaders.isDemo,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type LeaderView = Awaited<ReturnType<typeof getLeader>> & object;

export interface LeaderFilter {
  under?: { path: string };
  activeOn?: string;
  q?: string;
}

export async function listLeaders(
  db: Db,
  scopes: Scope[],
  f: LeaderFilter,
  page: { limit: number; offset: number },
) {
  const parts: SQL[] = [unitIdInScopeSql(scopes, plansLeaders.unitId)];
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${f.under.path + '%'}`);
  if (f.activeOn)
    parts.push(
      and(
        sql`${plansLeaders.fromDate} <= ${f.activeOn}`,
        or(isNull(plansLeaders.toDate), sql`${plansLeaders.toDate} >= ${f.activeOn}`),
      )!,
    );
  if (f.q)
    parts.push(
      sql`(${plansLeaders.searchKey} LIKE '%' || lower(f_unaccent(${f.q})) || '%' OR ${orgUnits.searchKey} LIKE '%' || lower(f_unaccent(${f.q})) || '%')`,
    );
  const where = and(...parts)!;
  const rows = await db
    .select(leaderColumns)
    .from(plansLeaders)
    .innerJoin(orgUnits, eq(orgUnits.id, plansLeaders.unitId))
    .where(where)
    .orderBy(asc(orgUnits.depth), asc(orgUnits.name), desc(plansLeaders.fromDate))
    .limit(page.limit)
    .offset(page.offset);
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(plansLeaders)
    .innerJoin(orgUnits, eq(orgUnits.id, plansLeaders.unitId))
    .where(where);
  return { rows, total: n };
}

export async function getLeader(db: Db, id: number) {
  const [row] = await db
    .select(leaderColumns)
    .from(plansLeaders)
    .innerJoin(orgUnits, eq(orgUnits.id, plansLeaders.unitId))
    .where(eq(plansLeaders.id, id));
  return row;
}
export async function insertLeader(db: Db, v: typeof plansLeaders.$inferInsert) {
  const [row] = await db.insert(plansLeaders).values(v).returning({ id: plansLeaders.id });
  return row.id;
}
export async function updateLeader(db: Db, id: number, v: Partial<typeof plansLeaders.$inferInsert>) {
  await db.update(plansLeaders).set(v).where(eq(plansLeaders.id, id));
}

/** Active units under a unit (in scope, of the kinds) with their leader in charge on a date, if any. */
export async function leaderCoverage(
  db: Db,
  scopes: Scope[],
  f: { under: { path: string }; kinds: string[]; group?: string; asOf: string; missingOnly: boolean },
) {
  const parts: SQL[] = [
    unitScopeSql(scopes, sql`u.id`, sql`u.path`),
    sql`u.path LIKE ${f.under.path + '%'}`,
    sql`u.valid_from <= ${f.asOf}`,
    sql`(u.valid_to is null or u.valid_to >= ${f.asOf})`,
  ];
  if (f.kinds.length)
    parts.push(
      sql`u.kind = ANY(${sql.raw(`ARRAY[${f.kinds.map((k) => `'${k.replace(/'/g, '')}'`).join(',')}]::text[]`)})`,
    );
  if (f.group)
    parts.push(
      sql`exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = u.id and g.code = ${f.group})`,
    );
  const res = (await db.execute(sql`
    select u.id, u.code, u.name, u.kind, l.leader_name, l.position, l.decision_number, l.from_date
    from org_units u
    left join lateral (
      select l.leader_name, l.position, l.decision_number, l.from_date from plans_leaders l
      where l.unit_id = u.id and l.from_date <= ${f.asOf} and (l.to_date is null or l.to_date >= ${f.asOf})
      order by l.from_date desc, l.id desc limit 1
    ) l on true
    where ${sql.join(parts, sql` and `)}
    order by u.depth, u.name, u.id`)) as unknown as {
    rows: {
      id: number;
      code: string;
      name: string;
      kind: string;
      leader_name: string | null;
      position: string | null;
      decision_number: string | null;
      from_date: unknown;
    }[];
  };
  const all = res.rows.map((r) => ({
    unitId: Number(r.id),
    unitCode: r.code,
    unitName: r.name,
    kind: r.kind,
    leaderName: r.leader_name,
    position: r.position,
    decisionNumber: r.decision_number,
    fromDate: r.from_date == null ? null : dateOnly(r.from_date),
  }));
  const withLeader = all.filter((r) => r.leaderName !== null).length;
  return {
    total: all.length,
    withLeader,
    without: all.length - withLeader,
    rows: f.missingOnly ? all.filter((r) => r.leaderName === null) : all,
  };
}

function dateOnly(v: unknown): string {
  if (v instanceof Date)
    return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}-${String(v.getUTCDate()).padStart(2, '0')}`;
  return String(v).slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Year themes and movements: set by a unit for its subtree, so superiors' ones are visible below.

const themeColumns = {
  id: plansThemes.id,
  unitId: plansThemes.unitId,
  year: plansThemes.year,
  name: plansThemes.name,
  description: plansThemes.description,
  contents: plansThemes.contents,
  guidingDocumentIds: plansThemes.guidingDocumentIds,
  isDemo: plansThemes.isDemo,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type ThemeView = Awaited<ReturnType<typeof getTheme>> & object;

function onPathOf(unitCol: unknown, unit: { path: string }): SQL {
  const ids = unit.path.split('/').filter(Boolean).map(Number);
  return sql`${unitCol} = ANY(${sql.raw(`ARRAY[${ids.join(',')}]::int[]`)})`;
}

export async function listThemes(
  db: Db,
  scopes: Scope[],
  f: { appliesTo?: { path: string }; year?: number },
) {
  const parts: SQL[] = [visibleUnitSql(scopes, plansThemes.unitId, sql`true`)];
  if (f.appliesTo) parts.push(onPathOf(plansThemes.unitId, f.appliesTo));
  if (f.year) parts.push(eq(plansThemes.year, f.year));
  return db
    .select(themeColumns)
    .from(plansThemes)
    .innerJoin(orgUnits, eq(orgUnits.id, plansThemes.unitId))
    .where(and(...parts))
    .orderBy(desc(plansThemes.year), asc(orgUnits.depth));
}
export async function getTheme(db: Db, id: number) {
  const [row] = await db
    .select(themeColumns)
    .from(plansThemes)
    .innerJoin(orgUnits, eq(orgUnits.id, plansThemes.unitId))
    .where(eq(plansThemes.id, id));
  return row;
}
export async function themeOf(db: Db, unitId: number, year: number) {
  const [row] = await db
    .select({ id: plansThemes.id })
    .from(plansThemes)
    .where(and(eq(plansThemes.unitId, unitId), eq(plansThemes.year, year)));
  return row?.id ?? null;
}
export async function insertTheme(db: Db, v: typeof plansThemes.$inferInsert) {
  const [row] = await db.insert(plansThemes).values(v).returning({ id: plansThemes.id });
  return row.id;
}
export async function updateTheme(db: Db, id: number, v: Partial<typeof plansThemes.$inferInsert>) {
  await db.update(plansThemes).set(v).where(eq(plansThemes.id, id));
}

const movementColumns = {
  id: plansMovements.id,
  unitId: plansMovements.unitId,
  code: plansMovements.code,
  name: plansMovements.name,
  kind: plansMovements.kind,
  description: plansMovements.description,
  fields: plansMovements.fields,
  requirements: plansMovements.requirements,
  guidingDocumentIds: plansMovements.guidingDocumentIds,
  active: plansMovements.active,
  isDemo: plansMovements.isDemo,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type MovementView = Awaited<ReturnType<typeof getMovement>> & object;

export async function listMovements(
  db: Db,
  scopes: Scope[],
  f: { appliesTo?: { path: string }; activeOnly?: boolean; ids?: number[] },
) {
  const parts: SQL[] = [visibleUnitSql(scopes, plansMovements.unitId, sql`true`)];
  if (f.appliesTo) parts.push(onPathOf(plansMovements.unitId, f.appliesTo));
  if (f.activeOnly) parts.push(eq(plansMovements.active, true));
  if (f.ids) parts.push(f.ids.length ? inArray(plansMovements.id, f.ids) : sql`false`);
  return db
    .select(movementColumns)
    .from(plansMovements)
    .innerJoin(orgUnits, eq(orgUnits.id, plansMovements.unitId))
    .where(and(...parts))
    .orderBy(asc(orgUnits.depth), asc(plansMovements.name));
}
export async function getMovement(db: Db, id: number) {
  const [row] = await db
    .select(movementColumns)
    .from(plansMovements)
    .innerJoin(orgUnits, eq(orgUnits.id, plansMovements.unitId))
    .where(eq(plansMovements.id, id));
  return row;
}
export async function movementByCode(db: Db, unitId: number, code: string) {
  const [row] = await db
    .select({ id: plansMovements.id })
    .from(plansMovements)
    .where(and(eq(plansMovements.unitId, unitId), eq(plansMovements.code, code)));
  return row?.id ?? null;
}
export async function insertMovement(db: Db, v: typeof plansMovements.$inferInsert) {
  const [row] = await db.insert(plansMovements).values(v).returning({ id: plansMovements.id });
  return row.id;
}
export async function updateMovement(db: Db, id: number, v: Partial<typeof plansMovements.$inferInsert>) {
  await db.update(plansMovements).set(v).where(eq(plansMovements.id, id));
}

/** Names of movements by id (for plan views). */
export async function movementNames(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({ id: plansMovements.id, name: plansMovements.name })
    .from(plansMovements)
    .where(inArray(plansMovements.id, ids));
}
