/** Drizzle queries for situation notes (nắm tình hình Nhân dân) and their follow-up actions. */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { situations, situationsFollowUps } from '../../../db/schema/situations.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';

const placeUnits = alias(orgUnits, 'place_unit');

const columns = {
  id: situations.id,
  unitId: situations.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  place: situations.place,
  placeUnitId: situations.placeUnitId,
  placeUnitName: placeUnits.name,
  topic: situations.topic,
  level: situations.level,
  summary: situations.summary,
  source: situations.source,
  notedOn: situations.notedOn,
  state: situations.state,
  version: situations.version,
  isDemo: situations.isDemo,
  createdAt: situations.createdAt,
  updatedAt: situations.updatedAt,
};
export type SituationRow = {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  place: string;
  placeUnitId: number | null;
  placeUnitName: string | null;
  topic: string;
  level: string;
  summary: string;
  source: string;
  notedOn: string;
  state: string;
  version: number;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
};

const followUpColumns = {
  id: situationsFollowUps.id,
  situationId: situationsFollowUps.situationId,
  action: situationsFollowUps.action,
  assignee: situationsFollowUps.assignee,
  dueDate: situationsFollowUps.dueDate,
  state: situationsFollowUps.state,
  doneOn: situationsFollowUps.doneOn,
  note: situationsFollowUps.note,
  version: situationsFollowUps.version,
};
export type FollowUpRow = {
  id: number;
  situationId: number;
  action: string;
  assignee: string;
  dueDate: string;
  state: string;
  doneOn: string | null;
  note: string;
  version: number;
};

export interface SituationFilter {
  q?: string;
  topic?: string;
  level?: string;
  state?: string;
  /** The notes of this unit and of every unit below it. */
  under?: { path: string };
  from?: string;
  to?: string;
  /** Only notes with a follow-up action not done and due before this day (today). */
  overdueOn?: string;
}

function where(scopes: Scope[], f: SituationFilter): SQL {
  const parts: SQL[] = [unitIdInScopeSql(scopes, situations.unitId)];
  if (f.q) parts.push(sql`${situations.searchKey} LIKE '%' || lower(f_unaccent(${f.q})) || '%'`);
  if (f.topic) parts.push(eq(situations.topic, f.topic));
  if (f.level) parts.push(eq(situations.level, f.level));
  if (f.state) parts.push(eq(situations.state, f.state));
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${f.under.path.replace(/[\\%_]/g, '\\$&') + '%'}`);
  if (f.from) parts.push(sql`${situations.notedOn} >= ${f.from}`);
  if (f.to) parts.push(sql`${situations.notedOn} <= ${f.to}`);
  if (f.overdueOn)
    parts.push(
      sql`exists (select 1 from situations_follow_ups f where f.situation_id = ${situations.id} and f.state <> 'done' and f.due_date < ${f.overdueOn})`,
    );
  return and(...parts)!;
}

/** The notes in scope matching the filter, newest first (a page of it: core/page.ts). */
export function situationList(db: Db, scopes: Scope[], f: SituationFilter): ListQuery<SituationRow> {
  const w = where(scopes, f);
  return {
    rows: db
      .select(columns)
      .from(situations)
      .innerJoin(orgUnits, eq(orgUnits.id, situations.unitId))
      .leftJoin(placeUnits, eq(placeUnits.id, situations.placeUnitId))
      .where(w)
      .orderBy(desc(situations.notedOn), desc(situations.id)) as unknown as RowsQuery<SituationRow>,
    count: db
      .select(countAll())
      .from(situations)
      .innerJoin(orgUnits, eq(orgUnits.id, situations.unitId))
      .where(w),
  };
}

export async function getSituation(db: Db, id: number): Promise<SituationRow | undefined> {
  const [row] = (await db
    .select(columns)
    .from(situations)
    .innerJoin(orgUnits, eq(orgUnits.id, situations.unitId))
    .leftJoin(placeUnits, eq(placeUnits.id, situations.placeUnitId))
    .where(eq(situations.id, id))) as SituationRow[];
  return row;
}

/** Locks the note's row until the transaction ends (every verb that changes a note or its actions). */
export async function lockSituation(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .select({ id: situations.id })
    .from(situations)
    .where(eq(situations.id, id))
    .for('update');
  return rows.length > 0;
}

export async function insertSituation(db: Db, v: typeof situations.$inferInsert): Promise<number> {
  const [row] = await db.insert(situations).values(v).returning({ id: situations.id });
  return row.id;
}

/**
 * Writes the note only if it is still at `version`, and moves it to the next version; null when
 * someone else changed it first.
 */
export async function updateSituation(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof situations.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(situations)
    .set({ ...v, version: sql`${situations.version} + 1` })
    .where(and(eq(situations.id, id), eq(situations.version, version)))
    .returning({ version: situations.version });
  return row?.version ?? null;
}

export async function deleteSituation(db: Db, id: number): Promise<void> {
  await db.delete(situations).where(eq(situations.id, id));
}

// --- follow-up actions -----------------------------------------------------------------------

export async function followUpsOf(db: Db, situationIds: number[]): Promise<FollowUpRow[]> {
  if (!situationIds.length) return [];
  return (await db
    .select(followUpColumns)
    .from(situationsFollowUps)
    .where(inArray(situationsFollowUps.situationId, situationIds))
    .orderBy(asc(situationsFollowUps.dueDate), asc(situationsFollowUps.id))) as FollowUpRow[];
}

export async function getFollowUp(db: Db, id: number): Promise<FollowUpRow | undefined> {
  const [row] = (await db
    .select(followUpColumns)
    .from(situationsFollowUps)
    .where(eq(situationsFollowUps.id, id))) as FollowUpRow[];
  return row;
}

export async function insertFollowUps(
  db: Db,
  rows: (typeof situationsFollowUps.$inferInsert)[],
): Promise<number[]> {
  if (!rows.length) return [];
  const out = await db.insert(situationsFollowUps).values(rows).returning({ id: situationsFollowUps.id });
  return out.map((r) => r.id);
}

/** Writes the action only if it is still at `version`; null when someone else changed it first. */
export async function updateFollowUp(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof situationsFollowUps.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(situationsFollowUps)
    .set({ ...v, version: sql`${situationsFollowUps.version} + 1` })
    .where(and(eq(situationsFollowUps.id, id), eq(situationsFollowUps.version, version)))
    .returning({ version: situationsFollowUps.version });
  return row?.version ?? null;
}

export async function deleteFollowUp(db: Db, id: number): Promise<void> {
  await db.delete(situationsFollowUps).where(eq(situationsFollowUps.id, id));
}
