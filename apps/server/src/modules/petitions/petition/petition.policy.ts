/**
 * THE access rules of petitions: one predicate per action, used by every petitions verb
 * (`authorizePetition`) and by the presenter for the `can` flags.
 *
 * - read: petitions:read at the petition's unit (reception officers, handlers, the unit head,
 *   inspectors, the coordinator);
 * - detail of a tố cáo (its content, the denouncer's state): only the handler assigned to the case and
 *   the unit head (petitions:decide); everyone else in scope sees it protected (Luật Tố cáo 2018 điều 47);
 * - handle (receive, screen, accept, verify, suspend …): petitions:handle at the unit, and for a tố cáo
 *   the assigned handler or the unit head;
 * - decide (extend, record the decision or conclusion, assign the handler): petitions:decide (the head).
 * - reveal the denouncer: the assigned handler only.
 */
import type { Permission } from '@danvan/contracts';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { coversGrant, inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';

export interface PetitionRef {
  unitId: number;
  unitPath: string;
  kind: string;
  handlerId: number | null;
}

export type PetitionAction = 'read' | 'handle' | 'decide';

const PERMISSION: Record<PetitionAction, Permission> = {
  read: 'petitions:read',
  handle: 'petitions:handle',
  decide: 'petitions:decide',
};

const unitOf = (p: PetitionRef) => ({ id: p.unitId, path: p.unitPath });

export function petitionReadScopes(actor: Actor): Scope[] {
  return scopesFor(actor, 'petitions:read');
}

/**
 * The read scopes of a register about `unit` (its subtree), or of the whole scope without one. When a
 * read scope covers the unit's whole subtree, the register's scope is that subtree alone (`narrowed`:
 * the unit filter is then the scope, one predicate instead of two, the same rows); otherwise the read
 * scopes, and the caller filters to the unit besides.
 */
export function registerScopes(
  actor: Actor,
  unit?: { id: number; path: string },
): { scopes: Scope[]; narrowed: boolean } {
  const scopes = petitionReadScopes(actor);
  if (unit && coversGrant(scopes, unit, true))
    return { scopes: [{ unitId: unit.id, path: unit.path, subtree: true }], narrowed: true };
  return { scopes, narrowed: false };
}

/** Whether the actor sees the content of the case (always, but for a tố cáo: its handler and the head). */
export function canSeeDetail(actor: Actor | null, p: PetitionRef): boolean {
  if (!actor) return false;
  if (!inScope(scopesFor(actor, 'petitions:read'), unitOf(p))) return false;
  if (p.kind !== 'to_cao' || actor.system) return true;
  return p.handlerId === actor.userId || inScope(scopesFor(actor, 'petitions:decide'), unitOf(p));
}

export function canPetition(actor: Actor | null, action: PetitionAction, p: PetitionRef): boolean {
  if (!actor || !inScope(scopesFor(actor, PERMISSION[action]), unitOf(p))) return false;
  if (action === 'handle') return canSeeDetail(actor, p);
  return true;
}

/** The denouncer's identity may be revealed by the handler assigned to the case only. */
export function canRevealIdentity(actor: Actor | null, p: PetitionRef): boolean {
  return (
    !!actor &&
    !actor.system &&
    p.kind === 'to_cao' &&
    p.handlerId === actor.userId &&
    canPetition(actor, 'read', p)
  );
}

/** Whether the actor may enter a petition at the unit. */
export function canCreatePetitionAt(actor: Actor | null, unit: { id: number; path: string }): boolean {
  return inScope(scopesFor(actor, 'petitions:handle'), unit);
}

/** 404 when the actor may not read the petition, 403 when readable but not so changed. */
export function authorizePetition<P extends PetitionRef>(
  ctx: Ctx,
  action: PetitionAction,
  p: P | undefined,
): asserts p is P {
  const actor = requireActor(ctx.actor);
  if (!p || !canPetition(actor, 'read', p)) throw NotFound('Đơn thư');
  if (!canPetition(actor, action, p)) throw Forbidden();
}
