/**
 * THE access rules of the portal's staff side: one predicate per action.
 *
 * - read (the unit's publications, ratings received, the satisfaction index): portal:read at the unit;
 * - publish / withdraw (an answer of the unit on the portal): portal:publish at the unit (the
 *   reception officer, the unit head). Publishing a petition's answer also needs the petition to be
 *   readable (petitions/index.ts petitionForPublication answers 404 otherwise).
 */
import type { Permission } from '@danvan/contracts';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';

export type PortalAction = 'read' | 'publish';

const PERMISSION: Record<PortalAction, Permission> = { read: 'portal:read', publish: 'portal:publish' };

export interface UnitRef {
  unitId: number;
  unitPath: string;
}

export function portalReadScopes(actor: Actor): Scope[] {
  return scopesFor(actor, 'portal:read');
}

export function canPortal(actor: Actor | null, action: PortalAction, u: UnitRef): boolean {
  return !!actor && inScope(scopesFor(actor, PERMISSION[action]), { id: u.unitId, path: u.unitPath });
}

/** 404 when the actor may not read the unit's portal records, 403 when readable but not so changed. */
export function authorizePortal(
  ctx: Ctx,
  action: PortalAction,
  u: UnitRef | undefined,
): asserts u is UnitRef {
  const actor = requireActor(ctx.actor);
  if (!u || !canPortal(actor, 'read', u)) throw NotFound('Bản công bố');
  if (!canPortal(actor, action, u)) throw Forbidden();
}
