/** Drizzle queries for the register of guiding documents (văn bản chỉ đạo). */
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { plansGuidingDocuments } from '../../../db/schema/plans.ts';
import type { Scope } from '../../../core/scope.ts';
import { visibleUnitSql } from '../shared/sql.ts';

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

/** The documents in scope matching the filter, newest first (a page of it: core/page.ts). */
export function docList(db: Db, scopes: Scope[], f: DocFilter) {
  const where = docWhere(scopes, f);
  return {
    rows: db
      .select(docColumns)
      .from(plansGuidingDocuments)
      .innerJoin(orgUnits, eq(orgUnits.id, plansGuidingDocuments.unitId))
      .where(where)
      .orderBy(desc(plansGuidingDocuments.issuedOn), desc(plansGuidingDocuments.id)),
    count: db.$count(plansGuidingDocuments, where),
  };
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
