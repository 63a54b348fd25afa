/** Adding a movement of a unit (its code unique in the unit). */
import type { CreateMovement } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict } from '../../../core/errors.ts';
import { checkDocs } from '../shared/refs.ts';
import { unitToCreateAt } from '../shared/unit.policy.ts';
import * as repo from './movement.repository.ts';
import { canMovement } from './movement.policy.ts';
import { presentMovement } from './movement.present.ts';

export async function createMovement(ctx: Ctx, input: CreateMovement, opts: { isDemo?: boolean } = {}) {
  const unit = await unitToCreateAt(ctx, input.unitId, (a, u) => canMovement(a, 'create', u));
  const guidingDocumentIds = await checkDocs(ctx, input.guidingDocumentIds, unit);
  return inTx(ctx, async (tx, c) => {
    if (await repo.movementByCode(tx, unit.id, input.code))
      throw Conflict(`Mã phong trào "${input.code}" đã được dùng.`, { code: input.code });
    const id = await repo.insertMovement(tx, {
      ...input,
      guidingDocumentIds,
      fields: input.fields.filter((s) => s.trim()),
      requirements: input.requirements.filter((s) => s.trim()),
      isDemo: opts.isDemo ?? false,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    const after = (await repo.getMovement(tx, id))!;
    await audit(tx, c, { entity: 'plan_movement', entityId: id, unitId: unit.id, action: 'create', after });
    return presentMovement(c, after);
  });
}
