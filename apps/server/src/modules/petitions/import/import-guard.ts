import type { Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { canCreatePetitionAt } from '../petition/petition.policy.ts';

/**
 * A preview or an import is for a unit the actor may enter petitions at (404 / 403 as every verb),
 * checked before the file is read, so a file with no valid row is refused the same way.
 */
export async function importAt<T>(ctx: Ctx, unitId: number, fn: () => Promise<T>): Promise<T> {
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, unitId);
  if (!unit || !inScope(scopesFor(actor, 'petitions:read'), unit)) throw NotFound('Đơn vị tiếp nhận');
  if (!canCreatePetitionAt(actor, unit)) throw Forbidden();
  return fn();
}
