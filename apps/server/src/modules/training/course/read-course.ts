/** Reading training courses: the register (paged, filtered), one course, the loader of the verbs. */
import type { TrainingCourseExportQuery, TrainingCourseQuery } from '@danvan/contracts';
import { yearRange } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import * as org from '../../org/index.ts';
import * as repo from './course.repository.ts';
import {
  authorizeCourse,
  canCourse,
  holdsTraining,
  trainingReadScopes,
  type CourseAction,
} from './course.policy.ts';
import { presentCourse, presentCourseDetail } from './course.present.ts';

/** The unit a list is filtered by, when the actor reads its training records; otherwise 404. */
export async function readableUnit(ctx: Ctx, unitId: number) {
  const actor = requireActor(ctx.actor);
  const u = await org.getUnitById(ctx, unitId);
  if (!u || !holdsTraining(actor, 'training:read', u)) throw NotFound('Đơn vị');
  return u;
}

export async function courseFilter(ctx: Ctx, q: TrainingCourseExportQuery) {
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const years = q.year ? yearRange(q.year) : undefined;
  const filter: repo.CourseFilter = {
    q: q.q?.trim() || undefined,
    under: unit,
    kind: q.kind,
    format: q.format,
    from: years?.from,
    to: years?.to,
  };
  return { unit, filter };
}

export async function listCourses(ctx: Ctx, q: TrainingCourseQuery) {
  const { filter, unit } = await courseFilter(ctx, q);
  return listPage(ctx, q, {
    ...repo.courseList(ctx.db, trainingReadScopes(ctx), filter),
    present: (rows) => rows.map((r) => presentCourse(ctx, r)),
    can: listCan(ctx.actor, unit, (at) =>
      canCourse(ctx.actor, 'create', { unitId: at.id, unitPath: at.path }),
    ),
  });
}

export async function loadCourse(
  ctx: Ctx,
  id: number,
  action: CourseAction = 'read',
  opts: { lock?: boolean; db?: Db } = {},
) {
  requireActor(ctx.actor);
  const r = await repo.getCourse(opts.db ?? ctx.db, id, { lock: opts.lock });
  if (!r) throw NotFound('Lớp tập huấn');
  authorizeCourse(ctx, action, r);
  return r;
}

export async function getCourse(ctx: Ctx, id: number) {
  return presentCourseDetail(ctx, ctx.db, await loadCourse(ctx, id));
}
