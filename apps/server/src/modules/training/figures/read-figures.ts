/**
 * The per-unit training figures of a year, for the unit asked for (or the actor's active unit) and
 * every unit below it: courses organised, attendees of the unit's staff, staff trained (each named
 * person once, plus unnamed attendees) and the share of the unit's headcount (domain trainedShare).
 */
import type { TrainingFigures, TrainingFiguresQuery } from '@danvan/contracts';
import { trainedInYear, trainedShare, yearRange } from '@danvan/domain';
import { activeAssignment, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { inScope, requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { holdsTraining, trainingReadScopes } from '../course/course.policy.ts';
import { readableUnit } from '../course/read-course.ts';
import { yearFigures } from './figures.repository.ts';

export async function readFigures(ctx: Ctx, q: TrainingFiguresQuery): Promise<TrainingFigures> {
  const actor = requireActor(ctx.actor);
  const at = q.unitId ?? activeAssignment(actor)?.unitId;
  if (!at) throw NotFound('Đơn vị');
  const unit = await readableUnit(ctx, at);
  const scopes = trainingReadScopes(ctx);
  const units = (await org.findUnits(ctx, { underUnitId: unit.id })).filter((u) => inScope(scopes, u));
  const { courses, attendance, names, headcounts } = await yearFigures(
    ctx.db,
    units.map((u) => u.id),
    yearRange(q.year),
  );
  const rows = units.map((u) => {
    const perCourse = new Map<number, { count: number; names: string[] }>();
    for (const r of attendance.filter((x) => x.unitId === u.id))
      perCourse.set(r.courseId, { count: r.count, names: [] });
    for (const n of names.filter((x) => x.unitId === u.id)) {
      const e = perCourse.get(n.courseId) ?? { count: 0, names: [] };
      e.names.push(n.fullName);
      perCourse.set(n.courseId, e);
    }
    const trained = trainedInYear([...perCourse.values()]);
    const hc = headcounts.find((x) => x.unitId === u.id);
    const headcount = hc?.civilServants ?? null;
    return {
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      courses: Number(courses.find((x) => x.unitId === u.id)?.n ?? 0),
      attendees: [...perCourse.values()].reduce((s, x) => s + Math.max(x.count, x.names.length), 0),
      trained,
      headcount,
      headcountVersion: hc?.version ?? null,
      canSetHeadcount: holdsTraining(actor, 'training:write', u),
      share: trainedShare(trained, headcount),
    };
  });
  const start = (q.page - 1) * q.pageSize;
  return {
    items: rows.slice(start, start + q.pageSize),
    total: rows.length,
    page: q.page,
    pageSize: q.pageSize,
    year: q.year,
    summary: {
      courses: rows.reduce((s, r) => s + r.courses, 0),
      attendees: rows.reduce((s, r) => s + r.attendees, 0),
    },
  };
}
