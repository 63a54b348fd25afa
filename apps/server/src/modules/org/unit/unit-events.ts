import type { Ctx } from '../../../core/context.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './unit.repository.ts';

/**
 * Records an event in a unit's history (created, renamed, moved, merged…), by the acting user (none
 * for the system itself, which is no user).
 */
export function recordUnitEvent(
  tx: Db,
  ctx: Ctx,
  e: Omit<Parameters<typeof repo.insertEvent>[1], 'createdBy'>,
) {
  const by = ctx.actor && !ctx.actor.system ? ctx.actor.userId : null;
  return repo.insertEvent(tx, { ...e, createdBy: by });
}
