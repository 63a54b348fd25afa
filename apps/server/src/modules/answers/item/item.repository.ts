/** Queries of answer items (joined with their source and units). */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { answersItems, answersItemSteps, answersSources } from '../../../db/schema/answers.ts';
import { readableItemSql, assignedSql } from '../shared/scope-sql.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import type { Scope } from '../../../core/scope.ts';
import type { ItemRef } from '../shared/refs.ts';

const su = alias(orgUnits, 'su');
const au = alias(orgUnits, 'au');
const ru = alias(orgUnits, 'ru');

const columns = {
  id: answersItems.id,
  sourceId: answersItems.sourceId,
  number: answersItems.number,
  text: answersItems.text,
  field: answersItems.field,
  origin: answersItems.origin,
  responsibleUnitId: answersItems.responsibleUnitId,
  responsibleName: ru.name,
  responsiblePath: ru.path,
  coordinatingUnitIds: answersItems.coordinatingUnitIds,
  coordinating: sql<
    { id: number; name: string; path: string }[]
  >`(select coalesce(json_agg(json_build_object('id', cu.id, 'name', cu.name, 'path', cu.path) order by cu.name), '[]'::json) from org_units cu where cu.id = any(${answersItems.coordinatingUnitIds}))`,
  ownerName: answersItems.ownerName,
  dueDate: answersItems.dueDate,
  dueRuleCode: answersItems.dueRuleCode,
  dueRuleVersion: answersItems.dueRuleVersion,
  status: answersItems.status,
  answerText: answersItems.answerText,
  answerDocument: answersItems.answerDocument,
  firstAnsweredOn: answersItems.firstAnsweredOn,
  answeredOn: answersItems.answeredOn,
  answerCount: answersItems.answerCount,
  declineReason: answersItems.declineReason,
  verdict: answersItems.verdict,
  verdictComment: answersItems.verdictComment,
  judgedOn: answersItems.judgedOn,
  closedOn: answersItems.closedOn,
  published: answersItems.published,
  publishedAt: answersItems.publishedAt,
  repeatOfItemId: answersItems.repeatOfItemId,
  repeatSimilarity: answersItems.repeatSimilarity,
  repeatSourceId: sql<
    number | null
  >`(select ri.source_id from answers_items ri where ri.id = ${answersItems.repeatOfItemId})`,
  repeatSourceTitle: sql<
    string | null
  >`(select rs.title from answers_items ri join answers_sources rs on rs.id = ri.source_id where ri.id = ${answersItems.repeatOfItemId})`,
  version: answersItems.version,
  isDemo: answersItems.isDemo,
  createdAt: answersItems.createdAt,
  updatedAt: answersItems.updatedAt,
  sourceKind: answersSources.kind,
  sourceTitle: answersSources.title,
  sourceUnitId: answersSources.unitId,
  sourceUnitName: su.name,
  sourceUnitPath: su.path,
  sourceCreatedBy: answersSources.createdBy,
  addresseeUnitId: answersSources.addresseeUnitId,
  addresseePath: au.path,
};

export interface ItemRow {
  id: number;
  sourceId: number;
  number: number;
  text: string;
  field: string;
  origin: string;
  responsibleUnitId: number | null;
  responsibleName: string | null;
  responsiblePath: string | null;
  coordinatingUnitIds: number[];
  coordinating: { id: number; name: string; path: string }[];
  ownerName: string;
  dueDate: string | null;
  dueRuleCode: string | null;
  dueRuleVersion: number | null;
  status: string;
  answerText: string;
  answerDocument: string;
  firstAnsweredOn: string | null;
  answeredOn: string | null;
  answerCount: number;
  declineReason: string;
  verdict: string | null;
  verdictComment: string;
  judgedOn: string | null;
  closedOn: string | null;
  published: boolean;
  publishedAt: Date | null;
  repeatOfItemId: number | null;
  repeatSimilarity: number | null;
  repeatSourceId: number | null;
  repeatSourceTitle: string | null;
  version: number;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
  sourceKind: string;
  sourceTitle: string;
  sourceUnitId: number;
  sourceUnitName: string;
  sourceUnitPath: string;
  sourceCreatedBy: number | null;
  addresseeUnitId: number | null;
  addresseePath: string | null;
}

/** The policy's view of an item row. */
export function itemRef(r: ItemRow): ItemRef {
  return {
    source: {
      kind: r.sourceKind,
      unit: { id: r.sourceUnitId, path: r.sourceUnitPath },
      addressee:
        r.addresseeUnitId && r.addresseePath ? { id: r.addresseeUnitId, path: r.addresseePath } : null,
    },
    status: r.status,
    responsible:
      r.responsibleUnitId && r.responsiblePath ? { id: r.responsibleUnitId, path: r.responsiblePath } : null,
    coordinating: (r.coordinating ?? []).map((c) => ({ id: c.id, path: c.path })),
  };
}

function base(db: Db) {
  return db
    .select(columns)
    .from(answersItems)
    .innerJoin(answersSources, eq(answersSources.id, answersItems.sourceId))
    .innerJoin(su, eq(su.id, answersSources.unitId))
    .leftJoin(au, eq(au.id, answersSources.addresseeUnitId))
    .leftJoin(ru, eq(ru.id, answersItems.responsibleUnitId));
}

export async function getItem(db: Db, id: number, lock = false): Promise<ItemRow | undefined> {
  const q = base(db).where(eq(answersItems.id, id));
  const rows = lock ? await q.for('update', { of: answersItems }) : await q;
  return rows[0] as ItemRow | undefined;
}

export async function itemsOfSource(db: Db, sourceId: number): Promise<ItemRow[]> {
  return (await base(db)
    .where(eq(answersItems.sourceId, sourceId))
    .orderBy(asc(answersItems.number))) as ItemRow[];
}

export interface ItemFilter {
  sourceId?: number;
  kind?: string;
  status?: string;
  field?: string;
  compliance?: string;
  responsiblePath?: string;
  q?: string;
  today: string;
  /** Only items assigned to units where the actor may answer. */
  answerScopes?: Scope[];
}

export function complianceSql(c: string, today: string): SQL {
  const first = answersItems.firstAnsweredOn;
  const due = answersItems.dueDate;
  switch (c) {
    case 'on_time':
      return sql`(${first} is not null and (${due} is null or ${first} <= ${due}))`;
    case 'late':
      return sql`(${first} is not null and ${due} is not null and ${first} > ${due})`;
    case 'overdue':
      return sql`(${first} is null and ${due} is not null and ${due} < ${today}::date)`;
    default:
      return sql`(${first} is null and (${due} is null or ${due} >= ${today}::date))`;
  }
}

function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

function filterSql(scopes: Scope[], f: ItemFilter): SQL {
  const parts: SQL[] = [readableItemSql(scopes)];
  if (f.sourceId) parts.push(eq(answersItems.sourceId, f.sourceId));
  if (f.kind) parts.push(eq(answersSources.kind, f.kind));
  if (f.status) parts.push(eq(answersItems.status, f.status));
  if (f.field) parts.push(eq(answersItems.field, f.field));
  if (f.compliance) parts.push(complianceSql(f.compliance, f.today));
  if (f.responsiblePath) parts.push(sql`${ru.path} like ${escapeLike(f.responsiblePath) + '%'}`);
  if (f.answerScopes) parts.push(assignedSql(f.answerScopes));
  if (f.q) parts.push(sql`${answersItems.searchKey} like ${'%' + escapeLike(f.q) + '%'}`);
  return and(...parts)!;
}

/** The items in scope matching the filter, by source (newest received first) then number (a page of it: core/page.ts). */
export function itemList(db: Db, scopes: Scope[], f: ItemFilter): ListQuery<ItemRow> {
  const where = filterSql(scopes, f);
  return {
    rows: base(db)
      .where(where)
      .orderBy(
        desc(answersSources.receivedOn),
        asc(answersItems.sourceId),
        asc(answersItems.number),
      ) as unknown as RowsQuery<ItemRow>,
    count: db
      .select(countAll())
      .from(answersItems)
      .innerJoin(answersSources, eq(answersSources.id, answersItems.sourceId))
      .leftJoin(ru, eq(ru.id, answersItems.responsibleUnitId))
      .where(where),
  };
}

/**
 * How many items each answering unit has in each compliance class, over the items in scope assigned
 * to a unit (under `unitPath`), of a kind, due in [from, to]; most overdue first.
 */
export async function complianceByUnit(
  db: Db,
  scopes: Scope[],
  f: { kind?: string; unitPath?: string; from?: string; to?: string },
  today: string,
) {
  const parts: SQL[] = [readableItemSql(scopes), sql`${answersItems.responsibleUnitId} is not null`];
  if (f.kind) parts.push(eq(answersSources.kind, f.kind));
  if (f.unitPath) parts.push(sql`${ru.path} like ${escapeLike(f.unitPath) + '%'}`);
  if (f.from) parts.push(sql`${answersItems.dueDate} >= ${f.from}::date`);
  if (f.to) parts.push(sql`${answersItems.dueDate} <= ${f.to}::date`);
  const cls = (c: string) => sql<number>`count(*) filter (where ${complianceSql(c, today)})::int`;
  return db
    .select({
      unitId: ru.id,
      unitName: ru.name,
      on_time: cls('on_time'),
      late: cls('late'),
      overdue: cls('overdue'),
      pending: cls('pending'),
    })
    .from(answersItems)
    .innerJoin(answersSources, eq(answersSources.id, answersItems.sourceId))
    .innerJoin(ru, eq(ru.id, answersItems.responsibleUnitId))
    .where(and(...parts))
    .groupBy(ru.id, ru.name)
    .orderBy(sql`5 desc`, ru.name);
}

/** Writes the patch when the row is still at `version`; the new version, or null when it moved. */
export async function updateItem(
  db: Db,
  id: number,
  version: number,
  patch: Partial<typeof answersItems.$inferInsert>,
): Promise<number | null> {
  const rows = await db
    .update(answersItems)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(answersItems.id, id), eq(answersItems.version, version)))
    .returning({ version: answersItems.version });
  return rows[0]?.version ?? null;
}

export async function insertItems(db: Db, rows: (typeof answersItems.$inferInsert)[]) {
  if (!rows.length) return [];
  return db.insert(answersItems).values(rows).returning({ id: answersItems.id, number: answersItems.number });
}

export async function nextNumber(db: Db, sourceId: number): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`coalesce(max(${answersItems.number}), 0)::int` })
    .from(answersItems)
    .where(eq(answersItems.sourceId, sourceId));
  return Number(r?.n ?? 0) + 1;
}

export async function insertStep(db: Db, v: typeof answersItemSteps.$inferInsert) {
  await db.insert(answersItemSteps).values(v);
}

export async function stepsOf(db: Db, itemId: number) {
  return db
    .select()
    .from(answersItemSteps)
    .where(eq(answersItemSteps.itemId, itemId))
    .orderBy(asc(answersItemSteps.id));
}

export async function itemsByIds(db: Db, ids: number[]): Promise<ItemRow[]> {
  if (!ids.length) return [];
  return (await base(db).where(inArray(answersItems.id, ids)).orderBy(asc(answersItems.id))) as ItemRow[];
}

/** Earlier voter petitions (other sessions of the same council unit) similar to `text`, best first. */
export async function similarEarlier(db: Db, unitId: number, sourceId: number, text: string, min: number) {
  const rows = await db.execute(
    sql`select i.id, i.source_id as "sourceId", similarity(lower(f_unaccent(i.text)), lower(f_unaccent(${text})))::float8 as sim
        from answers_items i join answers_sources s on s.id = i.source_id
        where s.kind = 'council_session' and s.unit_id = ${unitId} and s.id <> ${sourceId}
          and similarity(lower(f_unaccent(i.text)), lower(f_unaccent(${text}))) >= ${min}
        order by sim desc, i.id desc limit 1`,
  );
  const list = ((rows as unknown as { rows?: unknown[] }).rows ?? (rows as unknown as unknown[])) as {
    id: number;
    sourceId: number;
    sim: number;
  }[];
  return list[0] ?? null;
}

/** Open items due by `until` (the reminder sweep's window), assigned to a unit. */
export async function dueItems(db: Db, until: string) {
  return db
    .select({
      id: answersItems.id,
      number: answersItems.number,
      dueDate: answersItems.dueDate,
      responsibleUnitId: answersItems.responsibleUnitId,
      sourceId: answersItems.sourceId,
      sourceTitle: answersSources.title,
      sourceKind: answersSources.kind,
      status: answersItems.status,
    })
    .from(answersItems)
    .innerJoin(answersSources, eq(answersSources.id, answersItems.sourceId))
    .where(
      and(
        inArray(answersItems.status, ['received', 'in_progress', 'not_satisfied']),
        sql`${answersItems.firstAnsweredOn} is null or ${answersItems.status} = 'not_satisfied'`,
        sql`${answersItems.responsibleUnitId} is not null`,
        sql`${answersItems.dueDate} is not null and ${answersItems.dueDate} <= ${until}::date`,
      ),
    );
}
