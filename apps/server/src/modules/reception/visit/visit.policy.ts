/**
 * Who may see and change an entry of the reception log: read in the reception:read scope (the
 * reception officer, the head, inspectors, the coordinator, the People's Council office), written
 * where the actor holds reception:write (the reception officer and the head of the unit).
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { authorizeWith, holds, readsAt, unitOf, writesAt, type UnitRecord } from '../shared/unit.policy.ts';

export type VisitAction = 'read' | 'create' | 'update' | 'attach' | 'conclusion' | 'linkPetition';

const RULES: Record<VisitAction, (a: Actor | null, v: UnitRecord) => boolean> = {
  read: (a, v) => readsAt(a, unitOf(v)),
  create: (a, v) => writesAt(a, unitOf(v)),
  update: (a, v) => writesAt(a, unitOf(v)),
  attach: (a, v) => writesAt(a, unitOf(v)) && holds(a, 'files:write', unitOf(v)),
  conclusion: (a, v) => readsAt(a, unitOf(v)),
  // the petitions module checks its own permission; the link is made by whoever creates the petition
  linkPetition: (a, v) => readsAt(a, unitOf(v)),
};

export function canVisit(actor: Actor | null, action: VisitAction, v: UnitRecord): boolean {
  return RULES[action](actor, v);
}

export function authorizeVisit(ctx: Ctx, action: VisitAction, v: UnitRecord): void {
  requireActor(ctx.actor);
  authorizeWith(canVisit(ctx.actor, 'read', v), canVisit(ctx.actor, action, v), 'Lượt tiếp công dân');
}

export function canVisitFlags(actor: Actor | null, v: UnitRecord & { conclusion: string }) {
  return {
    update: canVisit(actor, 'update', v),
    attach: canVisit(actor, 'attach', v),
    conclusion: canVisit(actor, 'conclusion', v) && v.conclusion.trim() !== '',
  };
}
