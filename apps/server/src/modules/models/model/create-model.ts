/** Registering a "Dân vận khéo" model for a unit (state "Đã đăng ký"). */
import { CreateModel as CreateModelSchema, type CreateModel } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import * as repo from './model.repository.ts';
import { canModel, readsModelsAt } from './model.policy.ts';
import { checkSubject, notAfterToday } from './model.checks.ts';
import { detailAfter } from './read-model.ts';

export async function createModel(ctx: Ctx, raw: CreateModel, opts: { isDemo?: boolean } = {}) {
  const input = CreateModelSchema.parse(raw);
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit) throw NotFound('Đơn vị');
  if (!canModel(actor, 'create', { unitId: unit.id, unitPath: unit.path, state: 'registered' })) {
    if (readsModelsAt(actor, unit)) throw Forbidden();
    throw NotFound('Đơn vị');
  }
  notAfterToday(ctx, input.registeredOn, 'registeredOn', 'Ngày đăng ký');
  checkSubject(input.subject, input.personName);
  return inTx(ctx, async (tx, c) => {
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const id = await repo.insertModel(tx, {
      ...input,
      personName: input.subject === 'individual' ? input.personName : '',
      state: 'registered',
      isDemo: opts.isDemo ?? false,
      createdBy: by,
      updatedBy: by,
      createdAt: now,
      updatedAt: now,
    });
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, { entity: 'model', entityId: id, unitId: unit.id, action: 'create', after });
    return after;
  });
}
