/**
 * The shape every transition of a model takes: inside the transaction, lock the row, check the
 * version the user saw (409), the policy (404/403), the domain's state machine (409 with the state in
 * Vietnamese), the day (not after today), the verb's own rule; write the new state with the row-version
 * condition and audit it with the action's name.
 */
import type { ModelTransition } from '@danvan/contracts';
import { modelTransition, type ModelAction } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { StateInvalid } from '../../../core/errors.ts';
import type { Db } from '../../../db/client.ts';
import type { models } from '../../../db/schema/models.ts';
import * as repo from './model.repository.ts';
import { notAfterToday, staleModel } from './model.checks.ts';
import { detailAfter, loadModel } from './read-model.ts';

export async function transitionModel(
  ctx: Ctx,
  id: number,
  action: ModelAction,
  input: ModelTransition,
  fields: (on: string, before: repo.ModelRow, tx: Db, c: Ctx) => Promise<Partial<typeof models.$inferInsert>>,
  extra: Record<string, unknown> = {},
) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadModel(c, id, action, { lock: true, db: tx });
    if (input.expectedVersion !== before.version) throw staleModel();
    const t = modelTransition(before.state as never, action);
    if (!t.ok) throw StateInvalid(t.message, { state: before.state });
    const on = input.on ?? today(c);
    notAfterToday(c, on, 'on', 'Ngày');
    const set = await fields(on, before, tx, c);
    const v = await repo.updateModel(tx, id, before.version, {
      ...set,
      state: t.to,
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleModel();
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'model',
      entityId: id,
      unitId: before.unitId,
      action,
      before: { state: before.state, version: before.version },
      after: { state: after.state, version: after.version, on, ...set, ...extra },
    });
    return after;
  });
}
