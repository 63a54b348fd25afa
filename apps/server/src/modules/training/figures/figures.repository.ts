/** Queries of the per-unit training figures of a year (for a given set of units). */
import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  trainingAttendanceUnits as au,
  trainingAttendees as a,
  trainingCourses as c,
  trainingHeadcounts as h,
} from '../../../db/schema/training.ts';

export async function yearFigures(db: Db, unitIds: number[], range: { from: string; to: string }) {
  if (!unitIds.length) return { courses: [], attendance: [], names: [], headcounts: [] };
  const inYear = and(sql`${c.startOn} >= ${range.from}`, sql`${c.startOn} <= ${range.to}`);
  const [courses, attendance, names, headcounts] = await Promise.all([
    db
      .select({ unitId: c.unitId, n: sql<number>`count(*)::int` })
      .from(c)
      .where(and(inArray(c.unitId, unitIds), inYear))
      .groupBy(c.unitId),
    db
      .select({ unitId: au.unitId, courseId: au.courseId, count: au.count })
      .from(au)
      .innerJoin(c, sql`${c.id} = ${au.courseId}`)
      .where(and(inArray(au.unitId, unitIds), inYear)),
    db
      .select({ unitId: a.unitId, courseId: a.courseId, fullName: a.fullName })
      .from(a)
      .innerJoin(c, sql`${c.id} = ${a.courseId}`)
      .where(and(inArray(a.unitId, unitIds), inYear)),
    db
      .select({ unitId: h.unitId, civilServants: h.civilServants, version: h.version })
      .from(h)
      .where(and(inArray(h.unitId, unitIds), sql`${h.year} = ${Number(range.from.slice(0, 4))}`)),
  ]);
  return { courses, attendance, names, headcounts };
}
