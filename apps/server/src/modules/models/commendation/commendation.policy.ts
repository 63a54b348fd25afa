/**
 * Who may see and record commendations. A commendation belongs to the unit of the commended
 * collective or person: it is read by those who hold models:read there; it is recorded and corrected
 * by the unit itself (models:write) or by the evaluator above it (models:evaluate), who records the
 * province's decisions.
 */
import type { Permission } from '@danvan/contracts';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';

export interface CommendationRecord {
  unitId: number;
  unitPath: string;
}
export type CommendationAction = 'read' | 'create' | 'update';

function holds(actor: Actor | null, perm: Permission, r: CommendationRecord): boolean {
  return actor ? inScope(scopesFor(actor, perm), { id: r.unitId, path: r.unitPath }) : false;
}

export function canCommendation(
  actor: Actor | null,
  action: CommendationAction,
  r: CommendationRecord,
): boolean {
  if (action === 'read') return holds(actor, 'models:read', r);
  return holds(actor, 'models:write', r) || holds(actor, 'models:evaluate', r);
}

export function authorizeCommendation(
  ctx: Ctx,
  action: CommendationAction,
  r: CommendationRecord,
  what = 'Khen thưởng',
) {
  const actor = requireActor(ctx.actor);
  if (!canCommendation(actor, 'read', r)) throw NotFound(what);
  if (!canCommendation(actor, action, r)) throw Forbidden();
}

export const canCommendationFlags = (actor: Actor | null, r: CommendationRecord) => ({
  update: canCommendation(actor, 'update', r),
});

export function commendationReadScopes(ctx: Ctx): Scope[] {
  return scopesFor(requireActor(ctx.actor), 'models:read');
}
