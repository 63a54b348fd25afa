/** Queries of source documents. */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { answersSources } from '../../../db/schema/answers.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';
import { readableSourceSql } from '../shared/scope-sql.ts';
import type { SourceRef } from '../shared/refs.ts';

const su = alias(orgUnits, 'su');
const au = alias(orgUnits, 'au');

const counts = (today: string) =>
  sql<{
    total: number;
    assigned: number;
    answered: number;
    resolved: number;
    overdue: number;
  }>`(select json_build_object(
      'total', count(*),
      'assigned', count(*) filter (where ci.responsible_unit_id is not null),
      'answered', count(*) filter (where ci.first_answered_on is not null),
      'resolved', count(*) filter (where ci.status in ('closed', 'satisfied', 'not_taken')),
      'overdue', count(*) filter (where ci.first_answered_on is null and ci.due_date < ${today}::date))
    from answers_items ci where ci.source_id = ${answersSources.id})`;

const comments = sql<
  Record<string, number>
>`(select coalesce(json_object_agg(cs.state, cs.n), '{}'::json) from (select state, count(*)::int as n from answers_comments cc where cc.source_id = ${answersSources.id} group by state) cs)`;

const columns = (today: string) => ({
  id: answersSources.id,
  kind: answersSources.kind,
  unitId: answersSources.unitId,
  unitName: su.name,
  unitPath: su.path,
  addresseeUnitId: answersSources.addresseeUnitId,
  addresseeName: au.name,
  addresseePath: au.path,
  title: answersSources.title,
  documentNumber: answersSources.documentNumber,
  receivedOn: answersSources.receivedOn,
  summary: answersSources.summary,
  dialogueState: answersSources.dialogueState,
  heldOn: answersSources.heldOn,
  answerDue: answersSources.answerDue,
  opensOn: answersSources.opensOn,
  closesOn: answersSources.closesOn,
  details: answersSources.details,
  version: answersSources.version,
  isDemo: answersSources.isDemo,
  createdBy: answersSources.createdBy,
  createdAt: answersSources.createdAt,
  updatedAt: answersSources.updatedAt,
  counts: counts(today),
  comments,
});

export interface SourceRow {
  id: number;
  kind: string;
  unitId: number;
  unitName: string;
  unitPath: string;
  addresseeUnitId: number | null;
  addresseeName: string | null;
  addresseePath: string | null;
  title: string;
  documentNumber: string;
  receivedOn: string;
  summary: string;
  dialogueState: string | null;
  heldOn: string | null;
  answerDue: string | null;
  opensOn: string | null;
  closesOn: string | null;
  details: Record<string, unknown>;
  version: number;
  isDemo: boolean;
  createdBy: number | null;
  createdAt: Date;
  updatedAt: Date;
  counts: { total: number; assigned: number; answered: number; resolved: number; overdue: number };
  comments: Record<string, number>;
}

export function sourceRef(r: SourceRow): SourceRef {
  return {
    kind: r.kind,
    unit: { id: r.unitId, path: r.unitPath },
    addressee: r.addresseeUnitId && r.addresseePath ? { id: r.addresseeUnitId, path: r.addresseePath } : null,
  };
}

function base(db: Db, today: string) {
  return db
    .select(columns(today))
    .from(answersSources)
    .innerJoin(su, eq(su.id, answersSources.unitId))
    .leftJoin(au, eq(au.id, answersSources.addresseeUnitId));
}

export async function getSource(
  db: Db,
  id: number,
  today: string,
  lock = false,
): Promise<SourceRow | undefined> {
  const q = base(db, today).where(eq(answersSources.id, id));
  const rows = lock ? await q.for('update', { of: answersSources }) : await q;
  return rows[0] as SourceRow | undefined;
}

export interface SourceFilter {
  kind?: string;
  unitPath?: string;
  q?: string;
  year?: number;
}

function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** The sources in scope matching the filter, newest received first (a page of it: core/page.ts). */
export function sourceList(db: Db, scopes: Scope[], f: SourceFilter, today: string): ListQuery<SourceRow> {
  const parts: SQL[] = [readableSourceSql(scopes)];
  if (f.kind) parts.push(eq(answersSources.kind, f.kind));
  if (f.unitPath) parts.push(sql`${su.path} like ${escapeLike(f.unitPath) + '%'}`);
  if (f.year) parts.push(sql`extract(year from ${answersSources.receivedOn}) = ${f.year}`);
  if (f.q) parts.push(sql`${answersSources.searchKey} like ${'%' + escapeLike(f.q) + '%'}`);
  const where = and(...parts)!;
  return {
    rows: base(db, today)
      .where(where)
      .orderBy(desc(answersSources.receivedOn), desc(answersSources.id)) as unknown as RowsQuery<SourceRow>,
    count: db
      .select(countAll())
      .from(answersSources)
      .innerJoin(su, eq(su.id, answersSources.unitId))
      .where(where),
  };
}

/** The consultations opened by `today` and closing at most 30 days before it, latest closing first. */
export function openConsultationList(db: Db, today: string) {
  const where = and(
    eq(answersSources.kind, 'consultation'),
    sql`${answersSources.closesOn} >= ${today}::date - 30`,
    sql`${answersSources.opensOn} <= ${today}::date`,
  );
  return {
    rows: db
      .select({ s: answersSources, unitName: orgUnits.name })
      .from(answersSources)
      .innerJoin(orgUnits, eq(orgUnits.id, answersSources.unitId))
      .where(where)
      .orderBy(desc(answersSources.closesOn), desc(answersSources.id)),
    count: db.$count(answersSources, where),
  } satisfies ListQuery<{ s: typeof answersSources.$inferSelect; unitName: string }>;
}

export async function insertSource(db: Db, v: typeof answersSources.$inferInsert) {
  const [r] = await db.insert(answersSources).values(v).returning({ id: answersSources.id });
  return r!.id;
}

export async function updateSource(
  db: Db,
  id: number,
  version: number,
  patch: Partial<typeof answersSources.$inferInsert>,
): Promise<number | null> {
  const rows = await db
    .update(answersSources)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(answersSources.id, id), eq(answersSources.version, version)))
    .returning({ version: answersSources.version });
  return rows[0]?.version ?? null;
}

/** Whether one of the source's items is assigned to a unit of the scopes. */
export async function hasAssignedItem(db: Db, sourceId: number, scopes: Scope[]): Promise<boolean> {
  if (!scopes.length) return false;
  const r = await db.execute(
    sql`select 1 from answers_items ai where ai.source_id = ${sourceId} and (${unitIdInScopeSql(scopes, sql`ai.responsible_unit_id`)} or ai.coordinating_unit_ids && array(select sx.id from org_units sx where ${unitIdInScopeSql(scopes, sql`sx.id`)})::integer[]) limit 1`,
  );
  const rows = ((r as unknown as { rows?: unknown[] }).rows ?? (r as unknown as unknown[])) as unknown[];
  return rows.length > 0;
}
