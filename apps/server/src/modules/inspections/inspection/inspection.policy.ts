/**
 * Who may see and do what with an inspection of public duty. An inspection is read by those who
 * hold inspections:read over the unit inspected or over the body conducting it; it is recorded,
 * concluded and given its violations and recommendations by those who hold inspections:write over
 * the conducting body (the inspector). A violator's personal data is read only by holders of
 * inspections:persons over either unit; everyone else reads "đã ẩn danh".
 */
import type { Permission } from '@danvan/contracts';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';

export type UnitLike = { id: number; path: string };
export interface InspectionRecord {
  unitId: number;
  unitPath: string;
  conductorUnitId: number;
  conductorPath: string;
  state: string;
}
export type InspectionAction =
  'read' | 'update' | 'conclude' | 'addViolation' | 'addRecommendation' | 'persons';

export function holds(actor: Actor | null, perm: Permission, unit: UnitLike): boolean {
  return actor ? inScope(scopesFor(actor, perm), unit) : false;
}
const inspected = (r: InspectionRecord): UnitLike => ({ id: r.unitId, path: r.unitPath });
const conductor = (r: InspectionRecord): UnitLike => ({ id: r.conductorUnitId, path: r.conductorPath });

/** The permission rule only (who); the state is the verb's check (409). */
function may(actor: Actor | null, action: InspectionAction, r: InspectionRecord): boolean {
  switch (action) {
    case 'read':
      return holds(actor, 'inspections:read', inspected(r)) || holds(actor, 'inspections:read', conductor(r));
    case 'persons':
      return (
        holds(actor, 'inspections:persons', inspected(r)) || holds(actor, 'inspections:persons', conductor(r))
      );
    default:
      return holds(actor, 'inspections:write', conductor(r));
  }
}

export function canInspection(actor: Actor | null, action: InspectionAction, r: InspectionRecord): boolean {
  if (action === 'conclude') return may(actor, action, r) && r.state === 'ongoing';
  return may(actor, action, r);
}

/** 404 (`what`) when the actor may not read the inspection, 403 when it reads but may not act. */
export function authorizeInspection(
  ctx: Ctx,
  action: InspectionAction,
  r: InspectionRecord,
  what = 'Cuộc thanh tra, kiểm tra',
) {
  const actor = requireActor(ctx.actor);
  if (!may(actor, 'read', r)) throw NotFound(what);
  if (!may(actor, action, r)) throw Forbidden();
}

export const canInspectionFlags = (actor: Actor | null, r: InspectionRecord) => ({
  update: canInspection(actor, 'update', r),
  conclude: canInspection(actor, 'conclude', r),
  addViolation: canInspection(actor, 'addViolation', r),
  addRecommendation: canInspection(actor, 'addRecommendation', r),
  persons: canInspection(actor, 'persons', r),
});

export function inspectionReadScopes(ctx: Ctx): Scope[] {
  return scopesFor(requireActor(ctx.actor), 'inspections:read');
}
export function personsScopes(ctx: Ctx): Scope[] {
  return scopesFor(requireActor(ctx.actor), 'inspections:persons');
}
