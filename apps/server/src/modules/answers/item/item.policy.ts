/**
 * THE access rules of answer items: one predicate per action, used by every item verb
 * (`authorizeItem`) and by the presenter for the `can` flags.
 *
 * - read: answers:read over the source's unit (the Front, the council office, the unit that held the
 *   dialogue: what they filed), over its addressee (the agency a Front document goes to), or over the
 *   item's responsible or coordinating unit (the answering unit sees what is assigned to it);
 * - assign: answers:file over the source's unit or its addressee, while the item is open;
 * - start / answer / decline: answers:answer over the responsible unit;
 * - judge: answers:judge over the source's unit (whoever raised it);
 * - close / publish: answers:file over the source's unit.
 * The state machine (packages/domain answers nextItemStatus) says whether the step is possible now.
 */
import type { Permission } from '@danvan/contracts';
import { nextItemStatus, type AnswerItemStatus, type AnswerItemStep } from '@danvan/domain';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../../core/scope.ts';
import type { ItemRef, SourceRef, UnitRefPath } from '../shared/refs.ts';

export type ItemAction = 'read' | 'assign' | 'start' | 'answer' | 'judge' | 'decline' | 'close' | 'publish';

const within = (actor: Actor | null, perm: Permission, u: UnitRefPath | null) =>
  !!u && inScope(scopesFor(actor, perm), u);

/** Whether the actor reads the source itself (filer or addressee side). */
export function canReadSourceSide(actor: Actor | null, s: SourceRef): boolean {
  return within(actor, 'answers:read', s.unit) || within(actor, 'answers:read', s.addressee);
}

/** May the actor take `action` on the item, whatever its status. */
export function mayItem(actor: Actor | null, action: ItemAction, i: ItemRef): boolean {
  if (!actor) return false;
  switch (action) {
    case 'read':
      return (
        canReadSourceSide(actor, i.source) ||
        within(actor, 'answers:read', i.responsible) ||
        i.coordinating.some((u) => within(actor, 'answers:read', u))
      );
    case 'assign':
      return (
        within(actor, 'answers:file', i.source.unit) || within(actor, 'answers:file', i.source.addressee)
      );
    case 'start':
    case 'answer':
    case 'decline':
      return within(actor, 'answers:answer', i.responsible);
    case 'judge':
      return within(actor, 'answers:judge', i.source.unit);
    case 'close':
    case 'publish':
      return within(actor, 'answers:file', i.source.unit);
  }
}

const STEP: Record<Exclude<ItemAction, 'read'>, AnswerItemStep> = {
  assign: 'assign',
  start: 'start',
  answer: 'answer',
  judge: 'judge',
  decline: 'decline',
  close: 'close',
  publish: 'publish',
};

/** The `can` flags: allowed to the actor and possible in the item's status. */
export function itemCanFlags(actor: Actor | null, i: ItemRef) {
  const s = i.status as AnswerItemStatus;
  const flag = (a: Exclude<ItemAction, 'read'>) =>
    mayItem(actor, a, i) && nextItemStatus(s, STEP[a], 'satisfied') !== null;
  return {
    assign: flag('assign'),
    start: flag('start'),
    answer: flag('answer'),
    judge: flag('judge'),
    decline: flag('decline'),
    close: flag('close'),
    publish: flag('publish'),
  };
}

/** 404 when the actor may not read the item, 403 when readable but not so changed. */
export function authorizeItem<I extends ItemRef>(
  ctx: Ctx,
  action: ItemAction,
  i: I | undefined,
): asserts i is I {
  const actor = requireActor(ctx.actor);
  if (!i || !mayItem(actor, 'read', i)) throw NotFound('Nội dung cần trả lời');
  if (!mayItem(actor, action, i)) throw Forbidden();
}
