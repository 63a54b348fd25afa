/**
 * Who may see and do what with a year theme. A theme is set by a unit (plans:manage) for its whole
 * subtree: readable by the units in the actor's scope and below every superior of them (shared
 * downwards), set and edited by those who manage the setting unit.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { authorizeWith, holds, readsAt, readsBelow, unitOf, type UnitRecord } from '../shared/unit.policy.ts';

export type ThemeAction = 'read' | 'create' | 'update';

const manage = (a: Actor | null, t: UnitRecord) => holds(a, 'plans:manage', unitOf(t));

const RULES: Record<ThemeAction, (actor: Actor | null, t: UnitRecord) => boolean> = {
  read: (a, t) => readsAt(a, unitOf(t)) || readsBelow(a, unitOf(t)),
  create: manage,
  update: manage,
};

export function canTheme(actor: Actor | null, action: ThemeAction, t: UnitRecord): boolean {
  return RULES[action](actor, t);
}

export function authorizeTheme(ctx: Ctx, action: ThemeAction, t: UnitRecord): void {
  requireActor(ctx.actor);
  authorizeWith(canTheme(ctx.actor, 'read', t), canTheme(ctx.actor, action, t), 'Chủ đề năm');
}

export function canThemeFlags(actor: Actor | null, t: UnitRecord) {
  return { update: canTheme(actor, 'update', t) };
}
