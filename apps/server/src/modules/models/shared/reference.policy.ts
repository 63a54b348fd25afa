/**
 * The access rules of the module's reference data (the recognition criteria and the rule values):
 * whoever holds models:read anywhere reads them; the evaluator of a whole tree (models:evaluate over a
 * root unit: the coordinator of the province) changes them, since they hold for every unit.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden } from '../../../core/errors.ts';
import { coversRoot, requireActor, scopesFor } from '../../../core/scope.ts';

export const readsReference = (actor: Actor | null) => scopesFor(actor, 'models:read').length > 0;
export const managesReference = (actor: Actor | null) => coversRoot(scopesFor(actor, 'models:evaluate'));

export function authorizeReferenceRead(ctx: Ctx): void {
  if (!readsReference(requireActor(ctx.actor))) throw Forbidden();
}

export function authorizeReferenceChange(ctx: Ctx): void {
  if (!managesReference(requireActor(ctx.actor)))
    throw Forbidden('Chỉ cơ quan tham mưu của toàn tỉnh được sửa tiêu chí công nhận và các định mức.');
}
