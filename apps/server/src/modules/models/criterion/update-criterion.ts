/**
 * The coordinator edits a criterion. One no evaluation has used changes in place. One an evaluation
 * has used keeps what it was scored on: a new name or maximum becomes a new version of the same code
 * (in force from now on) and the used version is retired; its guidance, order, basis and "cần kiểm
 * tra" mark change in place. `retire` takes a criterion out of the set.
 */
import type { UpdateModelCriterion } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound, StateInvalid } from '../../../core/errors.ts';
import { authorizeReferenceChange } from '../shared/reference.policy.ts';
import * as repo from './criterion.repository.ts';
import { presentCriterion } from './criterion.present.ts';

export async function updateCriterion(ctx: Ctx, id: number, input: UpdateModelCriterion) {
  authorizeReferenceChange(ctx);
  return inTx(ctx, async (tx, c) => {
    await repo.lockCriteria(tx);
    const before = await repo.getCriterion(tx, id, { forUpdate: true });
    if (!before) throw NotFound('Tiêu chí');
    if (before.retiredAt)
      throw StateInvalid('Tiêu chí đã thôi áp dụng (hoặc đã có phiên bản mới), không sửa được.');
    const now = c.clock.now();
    if (input.retire) {
      const after = await repo.updateCriterion(tx, id, { retiredAt: now });
      await audit(tx, c, { entity: 'model_criterion', entityId: id, action: 'retire', before, after });
      return presentCriterion(c, after);
    }
    const { retire: _r, ...fields } = input;
    void _r;
    const substantive =
      (fields.name !== undefined && fields.name !== before.name) ||
      (fields.maxPoints !== undefined && fields.maxPoints !== Number(before.maxPoints));
    if (!before.usedAt || !substantive) {
      const after = await repo.updateCriterion(tx, id, fields);
      await audit(tx, c, { entity: 'model_criterion', entityId: id, action: 'update', before, after });
      return presentCriterion(c, after);
    }
    await repo.updateCriterion(tx, id, { retiredAt: now });
    const row = await repo.insertCriterion(tx, {
      code: before.code,
      version: await repo.nextVersion(tx, before.code),
      name: fields.name ?? before.name,
      guidance: fields.guidance ?? before.guidance,
      maxPoints: fields.maxPoints ?? Number(before.maxPoints),
      sortOrder: fields.sortOrder ?? before.sortOrder,
      basis: fields.basis ?? before.basis,
      needsCheck: fields.needsCheck ?? before.needsCheck,
      previousVersionId: id,
    });
    await audit(tx, c, {
      entity: 'model_criterion',
      entityId: id,
      action: 'close_version',
      after: { nextVersionId: row.id },
    });
    await audit(tx, c, {
      entity: 'model_criterion',
      entityId: row.id,
      action: 'new_version',
      before,
      after: row,
    });
    return presentCriterion(c, row);
  });
}
