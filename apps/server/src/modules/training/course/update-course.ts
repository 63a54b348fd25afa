/** Correcting a course, with the version the user edited (409 when someone changed it first). */
import type { UpdateTrainingCourse } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid } from '../../../core/errors.ts';
import * as repo from './course.repository.ts';
import { staleCourse } from './course.checks.ts';
import { auditCourse, presentCourseDetail } from './course.present.ts';
import { loadCourse } from './read-course.ts';

export async function updateCourse(ctx: Ctx, id: number, input: UpdateTrainingCourse) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadCourse(c, id, 'update', { lock: true, db: tx });
    const { expectedVersion, ...fields } = input;
    if (expectedVersion !== before.version) throw staleCourse();
    const startOn = fields.startOn ?? before.startOn;
    const endOn = fields.endOn ?? before.endOn;
    if (startOn > endOn)
      throw Invalid('Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', [
        { path: 'endOn', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' },
      ]);
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== undefined && before[k as keyof typeof before] !== v),
    );
    if (!Object.keys(changed).length) return presentCourseDetail(c, tx, before);
    const auditBefore = await auditCourse(tx, before);
    const v = await repo.updateCourse(tx, id, before.version, {
      ...changed,
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleCourse();
    const after = (await repo.getCourse(tx, id))!;
    await audit(tx, c, {
      entity: 'training_course',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before: auditBefore,
      after: await auditCourse(tx, after),
    });
    return presentCourseDetail(c, tx, after);
  });
}
