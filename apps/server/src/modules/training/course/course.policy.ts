/**
 * Who may see and change a training course. A course belongs to the unit that organised it: it is
 * read by those who hold training:read there (the unit and the levels above it) and recorded,
 * corrected and given its attendance by those who hold training:write there.
 */
import type { Permission } from '@danvan/contracts';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';

export type UnitLike = { id: number; path: string };
export interface CourseRecord {
  unitId: number;
  unitPath: string;
}
export type CourseAction = 'read' | 'create' | 'update';

export function holdsTraining(actor: Actor | null, perm: Permission, unit: UnitLike): boolean {
  return actor ? inScope(scopesFor(actor, perm), unit) : false;
}

export function canCourse(actor: Actor | null, action: CourseAction, r: CourseRecord): boolean {
  const unit = { id: r.unitId, path: r.unitPath };
  return holdsTraining(actor, action === 'read' ? 'training:read' : 'training:write', unit);
}

/** 404 (`what`) when the actor may not read the course, 403 when it reads but may not act. */
export function authorizeCourse(ctx: Ctx, action: CourseAction, r: CourseRecord, what = 'Lớp tập huấn') {
  const actor = requireActor(ctx.actor);
  if (!canCourse(actor, 'read', r)) throw NotFound(what);
  if (!canCourse(actor, action, r)) throw Forbidden();
}

/** 404 when the actor does not read the unit's training records, 403 when it reads but may not write. */
export function authorizeUnit(ctx: Ctx, unit: UnitLike | undefined, what = 'Đơn vị'): UnitLike {
  const actor = requireActor(ctx.actor);
  if (!unit || !holdsTraining(actor, 'training:read', unit)) throw NotFound(what);
  if (!holdsTraining(actor, 'training:write', unit)) throw Forbidden();
  return unit;
}

export const canCourseFlags = (actor: Actor | null, r: CourseRecord) => ({
  update: canCourse(actor, 'update', r),
});

export function trainingReadScopes(ctx: Ctx): Scope[] {
  return scopesFor(requireActor(ctx.actor), 'training:read');
}
