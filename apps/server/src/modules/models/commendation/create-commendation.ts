/** Recording a commendation (biểu dương, khen thưởng) of a collective or an individual of a unit. */
import { CreateCommendation as Schema, type CreateCommendation } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { readsModelsAt } from '../model/model.policy.ts';
import * as repo from './commendation.repository.ts';
import { canCommendation } from './commendation.policy.ts';
import { presentCommendation } from './commendation.present.ts';
import { checkDecisionDate, checkModelLink } from './commendation.checks.ts';

export async function createCommendation(ctx: Ctx, raw: CreateCommendation, opts: { isDemo?: boolean } = {}) {
  const input = Schema.parse(raw);
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit) throw NotFound('Đơn vị');
  if (!canCommendation(actor, 'create', { unitId: unit.id, unitPath: unit.path })) {
    if (readsModelsAt(actor, unit)) throw Forbidden();
    throw NotFound('Đơn vị');
  }
  checkDecisionDate(ctx, input.decisionDate);
  return inTx(ctx, async (tx, c) => {
    await checkModelLink(c, input.modelId);
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const id = await repo.insertCommendation(tx, {
      ...input,
      isDemo: opts.isDemo ?? false,
      createdBy: by,
      updatedBy: by,
      createdAt: now,
      updatedAt: now,
    });
    const after = (await repo.getCommendation(tx, id))!;
    await audit(tx, c, {
      entity: 'model_commendation',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after,
    });
    return presentCommendation(c, after);
  });
}
