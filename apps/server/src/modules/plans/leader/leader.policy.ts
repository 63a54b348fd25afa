/**
 * Who may see and do what with a leader-in-charge record: read within the actor's scope (never
 * shared downwards), registered and edited by those who write the unit's records.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { authorizeWith, holds, readsAt, unitOf, type UnitRecord } from '../shared/unit.policy.ts';

export type LeaderAction = 'read' | 'create' | 'update' | 'attach';

const write = (a: Actor | null, l: UnitRecord) => holds(a, 'plans:unit-write', unitOf(l));

const RULES: Record<LeaderAction, (actor: Actor | null, l: UnitRecord) => boolean> = {
  read: (a, l) => readsAt(a, unitOf(l)),
  create: write,
  update: write,
  attach: (a, l) => write(a, l) && holds(a, 'files:write', unitOf(l)),
};

export function canLeader(actor: Actor | null, action: LeaderAction, l: UnitRecord): boolean {
  return RULES[action](actor, l);
}

export function authorizeLeader(ctx: Ctx, action: LeaderAction, l: UnitRecord): void {
  requireActor(ctx.actor);
  authorizeWith(canLeader(ctx.actor, 'read', l), canLeader(ctx.actor, action, l), 'Phân công lãnh đạo');
}

export function canLeaderFlags(actor: Actor | null, l: UnitRecord) {
  return { update: canLeader(actor, 'update', l), attach: canLeader(actor, 'attach', l) };
}
