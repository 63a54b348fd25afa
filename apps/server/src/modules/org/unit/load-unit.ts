import type { Ctx } from '../../../core/context.ts';
import { inTx } from '../../../core/audit.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './unit.repository.ts';
import type { UnitView } from './unit.repository.ts';
import { authorizeUnit, type UnitAction } from './unit.policy.ts';

/** Loads a unit (in the open transaction, when there is one) and authorises the action on it. */
export async function loadUnitFor(
  ctx: Ctx,
  id: number,
  action: UnitAction,
  what = 'Đơn vị',
): Promise<UnitView> {
  const u = await repo.getUnit(ctx.db, id);
  authorizeUnit(ctx, action, u, what);
  return u;
}

/**
 * Every read-check-write on units runs in one transaction that first locks the rows it checks (in id
 * order, see repo.lockUnits): two merges of the same unit, or a merge racing an edit, a move or a
 * deactivation of it, apply one after the other and the second is checked against what the first did.
 */
export function withUnitsLocked<T>(
  ctx: Ctx,
  ids: (number | null | undefined)[],
  fn: (tx: Db, c: Ctx) => Promise<T>,
): Promise<T> {
  return inTx(ctx, async (tx, c) => {
    await repo.lockUnits(
      tx,
      ids.filter((i): i is number => typeof i === 'number'),
    );
    return fn(tx, c);
  });
}
