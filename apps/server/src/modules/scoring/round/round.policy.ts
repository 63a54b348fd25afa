/**
 * Who may see and change a round. A round belongs to the organising unit (the coordinator's
 * province); once opened it is shared downwards with every unit below it (the participants read it);
 * while it is prepared (draft) only over the organising unit. The ranking
 * and the decision are read, before publishing, only over the organising unit itself (the team, the
 * Ban Dân vận); after publishing by everyone who reads the round.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import { holds, holdsAtOrBelow, type UnitLike } from '../shared/scope.ts';

export interface RoundRecord {
  unitId: number;
  unitPath: string;
  state: string;
}
export type RoundVerb = 'read' | 'create' | 'update' | 'open' | 'publish' | 'results' | 'propose';

const unitOf = (r: RoundRecord): UnitLike => ({ id: r.unitId, path: r.unitPath });

export function canRound(actor: Actor | null, verb: RoundVerb, r: RoundRecord): boolean {
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
      return manages && r.state !== 'published';
    case 'open':
      return manages && r.state === 'draft';
    case 'publish':
      return manages && r.state === 'open';
    case 'propose':
      return manages && r.state === 'open';
    case 'results':
      return (
        manages ||
        holds(actor, 'scoring:read', unitOf(r)) ||
        (r.state === 'published' && holdsAtOrBelow(actor, 'scoring:read', unitOf(r)))
      );
  }
}

/** 404 when not readable (or, for results, not yet visible), 403 when the role does not manage. */
export function authorizeRound(ctx: Ctx, verb: RoundVerb, r: RoundRecord): void {
  const actor = requireActor(ctx.actor);
  if (!canRound(actor, 'read', r)) throw NotFound('Đợt chấm điểm');
  if (verb === 'results') {
    if (!canRound(actor, 'results', r)) throw Forbidden('Kết quả xếp loại chưa được công bố.');
    return;
  }
  if (verb !== 'read' && !holds(actor, 'scoring:manage', unitOf(r))) throw Forbidden();
}

export function canRoundFlags(actor: Actor | null, r: RoundRecord) {
  return {
    update: canRound(actor, 'update', r),
    open: canRound(actor, 'open', r),
    publish: canRound(actor, 'publish', r),
    decisionDocx: canRound(actor, 'results', r),
    propose: canRound(actor, 'propose', r),
  };
}
