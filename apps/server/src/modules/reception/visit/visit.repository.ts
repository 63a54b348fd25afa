/** Queries of the reception log (sổ tiếp công dân). */
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { receptionVisits } from '../../../db/schema/reception.ts';
import { countAll } from '../../../core/page.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';

const columns = {
  id: receptionVisits.id,
  unitId: receptionVisits.unitId,
  kind: receptionVisits.kind,
  receivedAt: receptionVisits.receivedAt,
  receivedOn: receptionVisits.receivedOn,
  place: receptionVisits.place,
  receiverUserId: receptionVisits.receiverUserId,
  receiverName: receptionVisits.receiverName,
  receiverTitle: receptionVisits.receiverTitle,
  headInPerson: receptionVisits.headInPerson,
  deputyOnBehalf: receptionVisits.deputyOnBehalf,
  visitorsCount: receptionVisits.visitorsCount,
  massDelegation: receptionVisits.massDelegation,
  representativeName: receptionVisits.representativeName,
  idNumber: receptionVisits.idNumber,
  address: receptionVisits.address,
  content: receptionVisits.content,
  field: receptionVisits.field,
  outcome: receptionVisits.outcome,
  refusalReason: receptionVisits.refusalReason,
  outcomeNote: receptionVisits.outcomeNote,
  conclusion: receptionVisits.conclusion,
  online: receptionVisits.online,
  onlineNoticeSentOn: receptionVisits.onlineNoticeSentOn,
  petitionId: receptionVisits.petitionId,
  version: receptionVisits.version,
  isDemo: receptionVisits.isDemo,
  createdAt: receptionVisits.createdAt,
  unitName: orgUnits.name,
  unitCode: orgUnits.code,
  unitPath: orgUnits.path,
  unitKind: orgUnits.kind,
  unitParentId: orgUnits.parentId,
};
export type VisitView = Awaited<ReturnType<typeof getVisit>> & object;
export type VisitInsert = typeof receptionVisits.$inferInsert;

export interface VisitFilter {
  under?: { id: number; path: string };
  kind?: string;
  field?: string;
  outcome?: string;
  from?: string;
  to?: string;
  mass?: boolean;
  q?: string;
}

function where(scopes: Scope[], f: VisitFilter): SQL {
  const parts: SQL[] = [unitIdInScopeSql(scopes, receptionVisits.unitId)];
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${f.under.path + '%'}`);
  if (f.kind) parts.push(eq(receptionVisits.kind, f.kind));
  if (f.field) parts.push(eq(receptionVisits.field, f.field));
  if (f.outcome) parts.push(eq(receptionVisits.outcome, f.outcome));
  if (f.from) parts.push(gte(receptionVisits.receivedOn, f.from));
  if (f.to) parts.push(lte(receptionVisits.receivedOn, f.to));
  if (f.mass) parts.push(eq(receptionVisits.massDelegation, true));
  // every word of the query, without diacritics, somewhere in the entry
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10))
    parts.push(
      sql`${receptionVisits.searchKey} LIKE '%' || lower(f_unaccent(${word.replace(/[\\%_]/g, (c) => '\\' + c)})) || '%'`,
    );
  return and(...parts)!;
}

/** The entries in scope matching the filter, newest first (a page of it: core/page.ts). */
export function visitList(db: Db, scopes: Scope[], f: VisitFilter) {
  const w = where(scopes, f);
  return {
    rows: db
      .select(columns)
      .from(receptionVisits)
      .innerJoin(orgUnits, eq(orgUnits.id, receptionVisits.unitId))
      .where(w)
      .orderBy(desc(receptionVisits.receivedAt), desc(receptionVisits.id)),
    count: db
      .select(countAll())
      .from(receptionVisits)
      .innerJoin(orgUnits, eq(orgUnits.id, receptionVisits.unitId))
      .where(w),
  };
}

export async function getVisit(db: Db, id: number, opts: { forUpdate?: boolean } = {}) {
  const q = db
    .select(columns)
    .from(receptionVisits)
    .innerJoin(orgUnits, eq(orgUnits.id, receptionVisits.unitId))
    .where(eq(receptionVisits.id, id));
  const [row] = opts.forUpdate ? await q.for('update', { of: receptionVisits }) : await q;
  return row;
}

export async function insertVisit(db: Db, v: VisitInsert): Promise<number> {
  const [row] = await db.insert(receptionVisits).values(v).returning({ id: receptionVisits.id });
  return row.id;
}

/** Writes only if the row is still at `version` (and bumps it); false when someone changed it first. */
export async function updateVisit(db: Db, id: number, version: number, v: Partial<VisitInsert>) {
  const rows = await db
    .update(receptionVisits)
    .set({ ...v, version: sql`${receptionVisits.version} + 1` })
    .where(and(eq(receptionVisits.id, id), eq(receptionVisits.version, version)))
    .returning({ id: receptionVisits.id });
  return rows.length > 0;
}

/** The days with a reception by the head in person or by a deputy on the head's behalf, per unit. */
export async function headDays(db: Db, unitIds: number[], from: string, to: string) {
  if (!unitIds.length) return [];
  const res = (await db.execute(sql`
    select unit_id, received_on, bool_or(head_in_person) as head, bool_or(deputy_on_behalf) as deputy
    from reception_visits
    where unit_id = ANY(${sql.raw(`ARRAY[${unitIds.map((n) => Math.trunc(n)).join(',')}]::int[]`)})
      and received_on between ${from} and ${to}
      and (head_in_person or deputy_on_behalf)
    group by unit_id, received_on`)) as unknown as {
    rows: { unit_id: number; received_on: unknown; head: boolean; deputy: boolean }[];
  };
  return res.rows;
}

/** The counts of the figures of a unit (or its subtree) over a period. */
export async function figureCounts(
  db: Db,
  q: { unitId: number; unitPath: string; subtree?: boolean; from: string; to: string },
) {
  const unitSql = q.subtree
    ? sql`v.unit_id IN (select su.id from org_units su where su.path LIKE ${q.unitPath + '%'})`
    : sql`v.unit_id = ${q.unitId}`;
  const res = (await db.execute(sql`
    select
      count(distinct (v.unit_id, v.received_on, v.kind))::int as sessions,
      coalesce(sum(v.visitors_count), 0)::int as visitors,
      count(distinct (v.unit_id, v.received_on)) filter (where v.kind = 'periodic_head' and v.head_in_person)::int as head_sessions,
      count(*) filter (where v.mass_delegation)::int as mass_delegations
    from reception_visits v
    where ${unitSql} and v.received_on between ${q.from} and ${q.to}`)) as unknown as {
    rows: { sessions: number; visitors: number; head_sessions: number; mass_delegations: number }[];
  };
  const r = res.rows[0];
  return {
    sessions: Number(r.sessions),
    visitors: Number(r.visitors),
    headSessions: Number(r.head_sessions),
    massDelegations: Number(r.mass_delegations),
  };
}
