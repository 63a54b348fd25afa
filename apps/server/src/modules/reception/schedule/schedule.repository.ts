/** Queries of the reception schedules (lịch tiếp công dân). */
import { and, asc, desc, eq, gte, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { receptionSchedules } from '../../../db/schema/reception.ts';
import { users } from '../../../db/schema/users.ts';
import { countAll } from '../../../core/page.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';

const columns = {
  id: receptionSchedules.id,
  unitId: receptionSchedules.unitId,
  kind: receptionSchedules.kind,
  title: receptionSchedules.title,
  weekdays: receptionSchedules.weekdays,
  monthDays: receptionSchedules.monthDays,
  dates: receptionSchedules.dates,
  startTime: receptionSchedules.startTime,
  endTime: receptionSchedules.endTime,
  place: receptionSchedules.place,
  receiverUserId: receptionSchedules.receiverUserId,
  receiverName: receptionSchedules.receiverName,
  receiverTitle: receptionSchedules.receiverTitle,
  headInPerson: receptionSchedules.headInPerson,
  online: receptionSchedules.online,
  onlineLink: receptionSchedules.onlineLink,
  published: receptionSchedules.published,
  validFrom: receptionSchedules.validFrom,
  validTo: receptionSchedules.validTo,
  note: receptionSchedules.note,
  version: receptionSchedules.version,
  isDemo: receptionSchedules.isDemo,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  receiverFullName: users.fullName,
};
export type ScheduleView = Awaited<ReturnType<typeof getSchedule>> & object;
export type ScheduleInsert = typeof receptionSchedules.$inferInsert;

export interface ScheduleFilter {
  under?: { path: string };
  kind?: string;
  /** In force on or after this day. */
  currentOn?: string;
  /** Only published schedules (the public portal). */
  publishedOnly?: boolean;
  /** In force at some day of [from, to]. */
  overlaps?: { from: string; to: string };
}

function where(scopes: Scope[] | null, f: ScheduleFilter): SQL {
  const parts: SQL[] = [];
  if (scopes) parts.push(unitIdInScopeSql(scopes, receptionSchedules.unitId));
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${f.under.path + '%'}`);
  if (f.kind) parts.push(eq(receptionSchedules.kind, f.kind));
  if (f.currentOn)
    parts.push(or(isNull(receptionSchedules.validTo), gte(receptionSchedules.validTo, f.currentOn))!);
  if (f.publishedOnly) parts.push(eq(receptionSchedules.published, true));
  if (f.overlaps)
    parts.push(
      sql`${receptionSchedules.validFrom} <= ${f.overlaps.to}`,
      or(isNull(receptionSchedules.validTo), gte(receptionSchedules.validTo, f.overlaps.from))!,
    );
  return and(...parts) ?? sql`true`;
}

const base = (db: Db) =>
  db
    .select(columns)
    .from(receptionSchedules)
    .innerJoin(orgUnits, eq(orgUnits.id, receptionSchedules.unitId))
    .leftJoin(users, eq(users.id, receptionSchedules.receiverUserId));

/** The schedules matching the filter (in scope, or any with null), by unit (a page of it: core/page.ts). */
export function scheduleList(db: Db, scopes: Scope[] | null, f: ScheduleFilter) {
  const w = where(scopes, f);
  return {
    rows: base(db)
      .where(w)
      .orderBy(
        asc(orgUnits.depth),
        asc(orgUnits.name),
        asc(receptionSchedules.kind),
        desc(receptionSchedules.validFrom),
        asc(receptionSchedules.id),
      ),
    count: db
      .select(countAll())
      .from(receptionSchedules)
      .innerJoin(orgUnits, eq(orgUnits.id, receptionSchedules.unitId))
      .where(w),
  };
}

export async function getSchedule(db: Db, id: number) {
  const [row] = await base(db).where(eq(receptionSchedules.id, id));
  return row;
}

export async function insertSchedule(db: Db, v: ScheduleInsert): Promise<number> {
  const [row] = await db.insert(receptionSchedules).values(v).returning({ id: receptionSchedules.id });
  return row.id;
}

/** Writes only if the row is still at `version` (and bumps it); false when someone changed it first. */
export async function updateSchedule(db: Db, id: number, version: number, v: Partial<ScheduleInsert>) {
  const rows = await db
    .update(receptionSchedules)
    .set({ ...v, version: sql`${receptionSchedules.version} + 1` })
    .where(and(eq(receptionSchedules.id, id), eq(receptionSchedules.version, version)))
    .returning({ id: receptionSchedules.id });
  return rows.length > 0;
}

export async function deleteSchedule(db: Db, id: number, version: number) {
  const rows = await db
    .delete(receptionSchedules)
    .where(and(eq(receptionSchedules.id, id), eq(receptionSchedules.version, version)))
    .returning({ id: receptionSchedules.id });
  return rows.length > 0;
}

/** Whether a user account exists (the receiver of a schedule or a visit). */
export async function userExists(db: Db, id: number) {
  const [row] = await db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(eq(users.id, id));
  return row;
}
