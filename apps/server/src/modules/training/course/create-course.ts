/** Recording a training course organised by a unit. */
import { CreateTrainingCourse as Schema, type CreateTrainingCourse } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import * as org from '../../org/index.ts';
import * as repo from './course.repository.ts';
import { authorizeUnit } from './course.policy.ts';
import { auditCourse, presentCourseDetail } from './course.present.ts';

export async function createCourse(ctx: Ctx, raw: CreateTrainingCourse, opts: { isDemo?: boolean } = {}) {
  const input = Schema.parse(raw);
  const unit = authorizeUnit(ctx, await org.getUnitById(ctx, input.unitId), 'Đơn vị tổ chức');
  return inTx(ctx, async (tx, c) => {
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const id = await repo.insertCourse(tx, {
      ...input,
      isDemo: opts.isDemo ?? false,
      createdBy: by,
      updatedBy: by,
      createdAt: now,
      updatedAt: now,
    });
    const after = (await repo.getCourse(tx, id))!;
    await audit(tx, c, {
      entity: 'training_course',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after: await auditCourse(tx, after),
    });
    return presentCourseDetail(c, tx, after);
  });
}
