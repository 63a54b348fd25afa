/** Drizzle queries for training courses and their attendance. */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { trainingAttendanceUnits, trainingAttendees, trainingCourses } from '../../../db/schema/training.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';

const c = trainingCourses;
const columns = {
  id: c.id,
  unitId: c.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  topic: c.topic,
  kind: c.kind,
  format: c.format,
  place: c.place,
  startOn: c.startOn,
  endOn: c.endOn,
  content: c.content,
  lecturers: c.lecturers,
  attendees: c.attendees,
  units: sql<number>`(SELECT count(*)::int FROM training_attendance_units au WHERE au.course_id = ${c.id})`,
  version: c.version,
  isDemo: c.isDemo,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
};
export interface CourseRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  topic: string;
  kind: string;
  format: string;
  place: string;
  startOn: string;
  endOn: string;
  content: string;
  lecturers: string;
  attendees: number;
  units: number;
  version: number;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface CourseFilter {
  q?: string;
  under?: { path: string };
  kind?: string;
  format?: string;
  from?: string;
  to?: string;
}

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

function where(scopes: Scope[], f: CourseFilter): SQL {
  const parts: SQL[] = [unitIdInScopeSql(scopes, c.unitId)];
  if (f.q) parts.push(sql`${c.searchKey} LIKE lower(f_unaccent(${'%' + escapeLike(f.q) + '%'}))`);
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${escapeLike(f.under.path) + '%'}`);
  if (f.kind) parts.push(eq(c.kind, f.kind));
  if (f.format) parts.push(eq(c.format, f.format));
  if (f.from) parts.push(sql`${c.startOn} >= ${f.from}`);
  if (f.to) parts.push(sql`${c.startOn} <= ${f.to}`);
  return and(...parts)!;
}

/** The courses in scope matching the filter, latest start first (a page of it: core/page.ts). */
export function courseList(db: Db, scopes: Scope[], f: CourseFilter): ListQuery<CourseRow> {
  const w = where(scopes, f);
  return {
    rows: db
      .select(columns)
      .from(c)
      .innerJoin(orgUnits, eq(orgUnits.id, c.unitId))
      .where(w)
      .orderBy(desc(c.startOn), desc(c.id)) as unknown as RowsQuery<CourseRow>,
    count: db.select(countAll()).from(c).innerJoin(orgUnits, eq(orgUnits.id, c.unitId)).where(w),
  };
}

export async function getCourse(db: Db, id: number, opts: { lock?: boolean } = {}) {
  if (opts.lock) await db.select({ id: c.id }).from(c).where(eq(c.id, id)).for('update');
  const [row] = (await db
    .select(columns)
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.unitId))
    .where(eq(c.id, id))) as CourseRow[];
  return row;
}

export async function insertCourse(db: Db, v: typeof c.$inferInsert): Promise<number> {
  const [row] = await db.insert(c).values(v).returning({ id: c.id });
  return row.id;
}

/** The update on the version the caller read: null when someone else changed the course first. */
export async function updateCourse(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof c.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(c)
    .set({ ...v, version: sql`${c.version} + 1` })
    .where(and(eq(c.id, id), eq(c.version, version)))
    .returning({ version: c.version });
  return row?.version ?? null;
}

export async function attendanceUnits(db: Db, courseId: number) {
  return db
    .select({
      unitId: trainingAttendanceUnits.unitId,
      unitName: orgUnits.name,
      count: trainingAttendanceUnits.count,
      named: sql<number>`(SELECT count(*)::int FROM training_attendees a WHERE a.course_id = ${courseId} AND a.unit_id = ${trainingAttendanceUnits.unitId})`,
    })
    .from(trainingAttendanceUnits)
    .innerJoin(orgUnits, eq(orgUnits.id, trainingAttendanceUnits.unitId))
    .where(eq(trainingAttendanceUnits.courseId, courseId))
    .orderBy(asc(orgUnits.path));
}

export async function attendees(db: Db, courseId: number) {
  return db
    .select({
      id: trainingAttendees.id,
      unitId: trainingAttendees.unitId,
      unitName: orgUnits.name,
      fullName: trainingAttendees.fullName,
      position: trainingAttendees.position,
    })
    .from(trainingAttendees)
    .innerJoin(orgUnits, eq(orgUnits.id, trainingAttendees.unitId))
    .where(eq(trainingAttendees.courseId, courseId))
    .orderBy(asc(orgUnits.path), asc(trainingAttendees.id));
}

/** Replaces the attendance of a course (inside the caller's transaction). */
export async function replaceAttendance(
  db: Db,
  courseId: number,
  units: { unitId: number; count: number }[],
  persons: { unitId: number; fullName: string; position: string }[],
): Promise<void> {
  await db.delete(trainingAttendanceUnits).where(eq(trainingAttendanceUnits.courseId, courseId));
  await db.delete(trainingAttendees).where(eq(trainingAttendees.courseId, courseId));
  if (units.length) await db.insert(trainingAttendanceUnits).values(units.map((u) => ({ ...u, courseId })));
  for (let i = 0; i < persons.length; i += 1000)
    await db.insert(trainingAttendees).values(persons.slice(i, i + 1000).map((p) => ({ ...p, courseId })));
}

export async function unitsExist(db: Db, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: orgUnits.id }).from(orgUnits).where(inArray(orgUnits.id, ids));
  return new Set(rows.map((r) => r.id));
}

const unitSql = (col: unknown, q: { unitId: number; unitPath: string; subtree?: boolean }) =>
  q.subtree
    ? sql`${col} IN (SELECT id FROM org_units WHERE path LIKE ${escapeLike(q.unitPath) + '%'})`
    : sql`${col} = ${q.unitId}`;

/** Figures: the courses the unit (or its subtree) organised that started within [from, to]. */
export async function countCourses(
  db: Db,
  q: { unitId: number; unitPath: string; subtree?: boolean; from: string; to: string },
): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(c)
    .where(and(unitSql(c.unitId, q), sql`${c.startOn} >= ${q.from}`, sql`${c.startOn} <= ${q.to}`));
  return Number(n);
}

/** Figures: the attendees of those courses. */
export async function countAttendees(
  db: Db,
  q: { unitId: number; unitPath: string; subtree?: boolean; from: string; to: string },
): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`coalesce(sum(${c.attendees}), 0)::int` })
    .from(c)
    .where(and(unitSql(c.unitId, q), sql`${c.startOn} >= ${q.from}`, sql`${c.startOn} <= ${q.to}`));
  return Number(n);
}
