/**
 * Who may see and change a criteria set. A set belongs to the issuing unit (the coordinator's
 * province): those who hold scoring:manage there write it; a draft is read by scoring:read over the
 * issuing unit; an issued (or superseded) set is shared downwards with every unit below it.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import { holds, holdsAtOrBelow, type UnitLike } from '../shared/scope.ts';

export interface SetRecord {
  unitId: number;
  unitPath: string;
  state: string;
}
export type SetVerb = 'read' | 'create' | 'update' | 'issue';

const unitOf = (r: SetRecord): UnitLike => ({ id: r.unitId, path: r.unitPath });

export function canSet(actor: Actor | null, verb: SetVerb, r: SetRecord): boolean {
  const manages = holds(actor, 'scoring:manage', unitOf(r));
  switch (verb) {
    case 'read':
      return (
        manages ||
        holds(actor, 'scoring:read', unitOf(r)) ||
        (r.state !== 'draft' && holdsAtOrBelow(actor, 'scoring:read', unitOf(r)))
      );
    case 'create':
      return manages;
    case 'update':
      return manages && r.state !== 'superseded';
    case 'issue':
      return manages && r.state === 'draft';
  }
}

/** 404 when not readable, 403 when readable but the role does not manage sets (the verb checks the state). */
export function authorizeSet(ctx: Ctx, verb: SetVerb, r: SetRecord): void {
  const actor = requireActor(ctx.actor);
  if (!canSet(actor, 'read', r)) throw NotFound('Bộ tiêu chí');
  if (verb !== 'read' && !holds(actor, 'scoring:manage', unitOf(r))) throw Forbidden();
}

export function canSetFlags(actor: Actor | null, r: SetRecord) {
  return { update: canSet(actor, 'update', r), issue: canSet(actor, 'issue', r) };
}
