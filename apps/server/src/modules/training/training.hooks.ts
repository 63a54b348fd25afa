/**
 * Load-time registrations of the training module: a course takes its materials as attachments
 * (readable and attachable exactly when the course is), and the figures it gives the six-month and
 * yearly reports (1432 outline II.2): the courses a unit organised and their attendees.
 */
import { minIsoDate, todayInVietnam } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { registerFigureProvider, type FigureQuery } from '../../core/figures.ts';
import { registerFileOwner } from '../files/index.ts';
import * as org from '../org/index.ts';
import * as coursesRepo from './course/course.repository.ts';

let done = false;
export function registerTrainingHooks(): void {
  if (done) return;
  done = true;

  registerFileOwner('training_course', async (ctx, entityId) => {
    const r = await coursesRepo.getCourse(ctx.db, Number(entityId));
    return r
      ? {
          unitId: r.unitId,
          unitPath: r.unitPath,
          readPermission: 'training:read',
          writePermission: 'training:write',
        }
      : null;
  });

  // The unit's own courses, or its whole subtree's with q.subtree; started within the period, up to today.
  const withUnit =
    (f: (ctx: Ctx, q: FigureQuery & { unitPath: string }) => Promise<number>) =>
    async (ctx: Ctx, q: FigureQuery) => {
      const u = await org.getUnitById(ctx, q.unitId);
      if (!u) return null;
      return f(ctx, { ...q, to: minIsoDate(q.to, todayInVietnam(ctx.clock.now())), unitPath: u.path });
    };
  registerFigureProvider(
    'training.courses',
    withUnit((ctx, q) => coursesRepo.countCourses(ctx.db, q)),
  );
  registerFigureProvider(
    'training.attendees',
    withUnit((ctx, q) => coursesRepo.countAttendees(ctx.db, q)),
  );
}
