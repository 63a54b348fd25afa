/** Scope helpers shared by the scoring policies. */
import type { Permission } from '@danvan/contracts';
import type { Actor } from '../../../core/context.ts';
import { inScope, scopesFor } from '../../../core/scope.ts';

export type UnitLike = { id: number; path: string };

/** The actor holds `perm` at the unit (its own scopes, with their subtrees). */
export function holds(actor: Actor | null, perm: Permission, unit: UnitLike): boolean {
  return actor ? inScope(scopesFor(actor, perm), unit) : false;
}

/**
 * The actor holds `perm` at the unit or at a unit below it: a record of the unit shared downwards
 * (an issued set, a round) is read by the units it concerns.
 */
export function holdsAtOrBelow(actor: Actor | null, perm: Permission, unit: UnitLike): boolean {
  if (!actor) return false;
  if (holds(actor, perm, unit)) return true;
  return scopesFor(actor, perm).some((s) => s.path.startsWith(unit.path));
}
