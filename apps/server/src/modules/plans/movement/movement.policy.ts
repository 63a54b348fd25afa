/**
 * Who may see and do what with an emulation movement (phong trào thi đua, cuộc vận động). Like a year
 * theme: set by a unit (plans:manage) for its whole subtree, readable in scope and below every
 * superior (shared downwards), edited by those who manage the setting unit.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { authorizeWith, holds, readsAt, readsBelow, unitOf, type UnitRecord } from '../shared/unit.policy.ts';

export type MovementAction = 'read' | 'create' | 'update';

const manage = (a: Actor | null, m: UnitRecord) => holds(a, 'plans:manage', unitOf(m));

const RULES: Record<MovementAction, (actor: Actor | null, m: UnitRecord) => boolean> = {
  read: (a, m) => readsAt(a, unitOf(m)) || readsBelow(a, unitOf(m)),
  create: manage,
  update: manage,
};

export function canMovement(actor: Actor | null, action: MovementAction, m: UnitRecord): boolean {
  return RULES[action](actor, m);
}

export function authorizeMovement(ctx: Ctx, action: MovementAction, m: UnitRecord): void {
  requireActor(ctx.actor);
  authorizeWith(canMovement(ctx.actor, 'read', m), canMovement(ctx.actor, action, m), 'Phong trào');
}

export function canMovementFlags(actor: Actor | null, m: UnitRecord) {
  return { update: canMovement(actor, 'update', m) };
}
