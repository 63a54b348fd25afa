/**
 * Who may see and change an inspection plan: it belongs to the body that makes it; read by those
 * who hold inspections:read there, made and filled by those who hold inspections:write there.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import { holds } from '../inspection/inspection.policy.ts';

export interface PlanRecord {
  unitId: number;
  unitPath: string;
}
const unitOf = (r: PlanRecord) => ({ id: r.unitId, path: r.unitPath });

export function canPlan(actor: Actor | null, action: 'read' | 'update', r: PlanRecord): boolean {
  return holds(actor, action === 'read' ? 'inspections:read' : 'inspections:write', unitOf(r));
}

export function authorizePlan(
  ctx: Ctx,
  action: 'read' | 'update',
  r: PlanRecord,
  what = 'Kế hoạch thanh tra, kiểm tra',
) {
  const actor = requireActor(ctx.actor);
  if (!canPlan(actor, 'read', r)) throw NotFound(what);
  if (!canPlan(actor, action, r)) throw Forbidden();
}
