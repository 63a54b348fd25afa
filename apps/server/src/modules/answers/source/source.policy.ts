/**
 * THE access rules of source documents (see item.policy.ts for their items):
 * - read: answers:read over the filing unit or the addressee, or over a unit one of its items is
 *   assigned to (that side sees only its own items);
 * - create / update / add items: answers:file over the filing unit;
 * - hold (a scheduled dialogue): answers:file over the unit that holds it;
 * - moderate (a consultation's comments): answers:moderate over the consulting unit.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../../core/scope.ts';
import { canReadSourceSide } from '../item/item.policy.ts';
import type { SourceRef, UnitRefPath } from '../shared/refs.ts';

export type SourceAction = 'read' | 'update' | 'hold' | 'moderate';

export function canCreateSourceAt(actor: Actor | null, unit: UnitRefPath): boolean {
  return inScope(scopesFor(actor, 'answers:file'), unit);
}

/** `readViaItems`: the actor reads at least one of the source's items through its assignment. */
export function maySource(
  actor: Actor | null,
  action: SourceAction,
  s: SourceRef,
  readViaItems = false,
): boolean {
  if (!actor) return false;
  switch (action) {
    case 'read':
      return canReadSourceSide(actor, s) || readViaItems;
    case 'update':
    case 'hold':
      return inScope(scopesFor(actor, 'answers:file'), s.unit);
    case 'moderate':
      return s.kind === 'consultation' && inScope(scopesFor(actor, 'answers:moderate'), s.unit);
  }
}

export function authorizeSource(
  ctx: Ctx,
  action: SourceAction,
  s: SourceRef | undefined,
  readViaItems = false,
): asserts s is SourceRef {
  const actor = requireActor(ctx.actor);
  if (!s || !maySource(actor, 'read', s, readViaItems)) throw NotFound('Văn bản, hồ sơ');
  if (!maySource(actor, action, s, readViaItems)) throw Forbidden();
}
