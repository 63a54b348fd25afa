import type { TrainingCourse, TrainingCourseDetail, TrainingFormat, TrainingKind } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './course.repository.ts';
import { canCourseFlags } from './course.policy.ts';

export function presentCourse(ctx: Ctx, r: repo.CourseRow): TrainingCourse {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    topic: r.topic,
    kind: r.kind as TrainingKind,
    format: r.format as TrainingFormat,
    place: r.place,
    startOn: r.startOn,
    endOn: r.endOn,
    content: r.content,
    lecturers: r.lecturers,
    attendees: r.attendees,
    units: Number(r.units),
    version: r.version,
    isDemo: r.isDemo,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    can: canCourseFlags(ctx.actor, r),
  };
}

export async function presentCourseDetail(
  ctx: Ctx,
  db: Db,
  r: repo.CourseRow,
): Promise<TrainingCourseDetail> {
  const [units, persons] = await Promise.all([repo.attendanceUnits(db, r.id), repo.attendees(db, r.id)]);
  return {
    ...presentCourse(ctx, r),
    attendanceUnits: units.map((u) => ({ ...u, named: Number(u.named) })),
    persons,
  };
}

/** The course as the audit trail keeps it: the record and its attendance (names of attendees are not secret). */
export async function auditCourse(db: Db, r: repo.CourseRow) {
  const [units, persons] = await Promise.all([repo.attendanceUnits(db, r.id), repo.attendees(db, r.id)]);
  const { unitPath, units: _n, ...rest } = r;
  void unitPath;
  void _n;
  return {
    ...rest,
    attendanceUnits: units.map((u) => ({ unitId: u.unitId, count: u.count })),
    persons: persons.map((p) => ({ unitId: p.unitId, fullName: p.fullName, position: p.position })),
  };
}
