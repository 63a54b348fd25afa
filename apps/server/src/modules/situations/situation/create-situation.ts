/** Recording a situation note (with the follow-up actions decided at once, if any). */
import type { CreateSituation } from '@danvan/contracts';
import { CreateSituation as CreateSituationSchema } from '@danvan/contracts';
import { followUpDoneOn, type FollowUpState } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import * as repo from './situation.repository.ts';
import { canSituation, readsSituationsAt } from './situation.policy.ts';
import { presentSituation } from './situation.present.ts';
import { checkDates, checkPlaceUnit } from './situation.checks.ts';

export async function createSituation(ctx: Ctx, raw: CreateSituation, opts: { isDemo?: boolean } = {}) {
  const input = CreateSituationSchema.parse(raw);
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit) throw NotFound('Đơn vị');
  if (!canSituation(actor, 'create', { unitId: unit.id, unitPath: unit.path })) {
    if (readsSituationsAt(actor, unit)) throw Forbidden();
    throw NotFound('Đơn vị');
  }
  await checkPlaceUnit(ctx, unit, input.placeUnitId);
  checkDates(
    ctx,
    input.notedOn,
    input.followUps.map((f) => f.dueDate),
  );
  return inTx(ctx, async (tx, c) => {
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const { followUps, ...fields } = input;
    const id = await repo.insertSituation(tx, {
      ...fields,
      isDemo: opts.isDemo ?? false,
      createdBy: by,
      updatedBy: by,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertFollowUps(
      tx,
      followUps.map((f) => ({
        ...f,
        situationId: id,
        doneOn: followUpDoneOn(null, f.state as FollowUpState, today(c)),
        createdBy: by,
        updatedBy: by,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const after = (await repo.getSituation(tx, id))!;
    const actions = await repo.followUpsOf(tx, [id]);
    await audit(tx, c, {
      entity: 'situation',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after: { ...after, followUps: actions },
    });
    return presentSituation(c, after, actions);
  });
}
