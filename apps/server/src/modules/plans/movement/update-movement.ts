/** Editing a movement. */
import type { UpdateMovement } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import { checkDocs } from '../shared/refs.ts';
import * as repo from './movement.repository.ts';
import { authorizeMovement } from './movement.policy.ts';
import { presentMovement } from './movement.present.ts';

export async function updateMovement(ctx: Ctx, id: number, input: UpdateMovement) {
  requireActor(ctx.actor);
  return inTx(ctx, async (tx, c) => {
    const before = await repo.getMovement(tx, id);
    if (!before) throw NotFound('Phong trào');
    authorizeMovement(c, 'update', before);
    const unit = { id: before.unitId, path: before.unitPath };
    const guidingDocumentIds = input.guidingDocumentIds
      ? await checkDocs(c, input.guidingDocumentIds, unit)
      : undefined;
    await repo.updateMovement(tx, id, {
      ...input,
      ...(guidingDocumentIds ? { guidingDocumentIds } : {}),
      updatedAt: c.clock.now(),
    });
    const after = (await repo.getMovement(tx, id))!;
    await audit(tx, c, {
      entity: 'plan_movement',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentMovement(c, after);
  });
}
