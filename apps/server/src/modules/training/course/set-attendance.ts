/**
 * Replacing a course's attendance (counts by unit, persons named), on the version the user edited.
 * The count of a unit is raised to the persons named of it (domain attendanceByUnit); the course
 * keeps the total for the report figures, in the same transaction.
 */
import { SetTrainingAttendance as Schema, type SetTrainingAttendance } from '@danvan/contracts';
import { attendanceByUnit } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './course.repository.ts';
import { checkUnits, staleCourse } from './course.checks.ts';
import { auditCourse, presentCourseDetail } from './course.present.ts';
import { loadCourse } from './read-course.ts';

export interface AttendanceInput {
  units: { unitId: number; count: number }[];
  persons: { unitId: number; fullName: string; position: string }[];
}

/** Writes an attendance on a locked course of the given version; the caller has authorised. */
export async function writeAttendance(
  tx: Db,
  c: Ctx,
  before: repo.CourseRow,
  next: AttendanceInput,
  action: string,
) {
  const units = attendanceByUnit(next.units, next.persons).filter((u) => u.count > 0);
  const total = units.reduce((s, u) => s + u.count, 0);
  const auditBefore = await auditCourse(tx, before);
  const v = await repo.updateCourse(tx, before.id, before.version, {
    attendees: total,
    updatedAt: c.clock.now(),
    updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
  });
  if (v === null) throw staleCourse();
  await repo.replaceAttendance(tx, before.id, units, next.persons);
  const after = (await repo.getCourse(tx, before.id))!;
  await audit(tx, c, {
    entity: 'training_course',
    entityId: before.id,
    unitId: before.unitId,
    action,
    before: auditBefore,
    after: await auditCourse(tx, after),
  });
  return presentCourseDetail(c, tx, after);
}

export async function setAttendance(ctx: Ctx, id: number, raw: SetTrainingAttendance) {
  const input = Schema.parse(raw);
  return inTx(ctx, async (tx, c) => {
    const before = await loadCourse(c, id, 'update', { lock: true, db: tx });
    if (input.expectedVersion !== before.version) throw staleCourse();
    await checkUnits(
      tx,
      [...input.units.map((u) => u.unitId), ...input.persons.map((p) => p.unitId)],
      'units',
    );
    return writeAttendance(tx, c, before, input, 'set_attendance');
  });
}
