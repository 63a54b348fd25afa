/**
 * Who may see and do what with a situation note. A note belongs to its unit: it is read by those who
 * hold situations:read there (the unit's own scope and the levels above it), never shared downwards
 * or sideways; it is written (edited, removed, its follow-up actions kept) by those who hold
 * situations:write at the unit.
 */
import type { Permission } from '@danvan/contracts';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';

export type UnitLike = { id: number; path: string };
/** A note as the policy sees it: its unit. */
export interface SituationRecord {
  unitId: number;
  unitPath: string;
}

export type SituationAction = 'read' | 'create' | 'update' | 'delete' | 'followUp';

function holds(actor: Actor | null, perm: Permission, unit: UnitLike): boolean {
  return actor ? inScope(scopesFor(actor, perm), unit) : false;
}
const unitOf = (r: SituationRecord): UnitLike => ({ id: r.unitId, path: r.unitPath });
const write = (a: Actor | null, r: SituationRecord) => holds(a, 'situations:write', unitOf(r));

const RULES: Record<SituationAction, (actor: Actor | null, r: SituationRecord) => boolean> = {
  read: (a, r) => holds(a, 'situations:read', unitOf(r)),
  create: write,
  update: write,
  delete: write,
  followUp: write,
};

export function canSituation(actor: Actor | null, action: SituationAction, r: SituationRecord): boolean {
  return RULES[action](actor, r);
}

/** 404 (`what`) when the actor may not read the note, 403 when readable but the action is not allowed. */
export function authorizeSituation(
  ctx: Ctx,
  action: SituationAction,
  r: SituationRecord,
  what = 'Tình hình',
) {
  const actor = requireActor(ctx.actor);
  if (!canSituation(actor, 'read', r)) throw NotFound(what);
  if (!canSituation(actor, action, r)) throw Forbidden();
}

export function canSituationFlags(actor: Actor | null, r: SituationRecord) {
  return {
    update: canSituation(actor, 'update', r),
    delete: canSituation(actor, 'delete', r),
    addFollowUp: canSituation(actor, 'followUp', r),
  };
}

/** The follow-up actions of a note are kept by those who write the note. */
export function canFollowUpFlags(actor: Actor | null, r: SituationRecord) {
  const w = canSituation(actor, 'followUp', r);
  return { update: w, delete: w };
}

/** The read scopes for the WHERE clause of list queries. */
export function situationReadScopes(ctx: Ctx): Scope[] {
  return scopesFor(requireActor(ctx.actor), 'situations:read');
}

/** Whether the actor reads the notes of the unit (a list's unit filter: 404 otherwise). */
export function readsSituationsAt(actor: Actor | null, unit: UnitLike): boolean {
  return holds(actor, 'situations:read', unit);
}
