/**
 * Answer templates: a unit's templates are read and used by the unit, the units above it (in scope
 * of answers:read) and shared downwards with the units below it; created with answers:answer at the unit.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../../core/scope.ts';
import type { UnitRefPath } from '../shared/refs.ts';

export function canUseTemplate(actor: Actor | null, unit: UnitRefPath): boolean {
  if (!actor) return false;
  if (inScope(scopesFor(actor, 'answers:read'), unit)) return true;
  return scopesFor(actor, 'answers:read').some((s) => s.path.startsWith(unit.path));
}

export function canCreateTemplateAt(actor: Actor | null, unit: UnitRefPath): boolean {
  return inScope(scopesFor(actor, 'answers:answer'), unit);
}

export function authorizeTemplate(ctx: Ctx, unit: UnitRefPath | undefined): asserts unit is UnitRefPath {
  const actor = requireActor(ctx.actor);
  if (!unit || !canUseTemplate(actor, unit)) throw NotFound('Mẫu trả lời');
}
