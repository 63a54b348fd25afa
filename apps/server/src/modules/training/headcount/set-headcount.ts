/**
 * Entering a unit's headcount of cán bộ, công chức, viên chức for a year (the denominator of the
 * share trained; the org tree keeps none). The first entry is an insert that only one request wins
 * (unique unit and year); a change names the version the user saw (409 otherwise).
 */
import { SetTrainingHeadcount as Schema, type SetTrainingHeadcount } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';
import { authorizeUnit } from '../course/course.policy.ts';
import * as repo from './headcount.repository.ts';
import { presentHeadcount } from './headcount.present.ts';

const stale = () =>
  Conflict('Số cán bộ, công chức, viên chức của đơn vị vừa được người khác cập nhật. Vui lòng tải lại.');

export async function setHeadcount(ctx: Ctx, raw: SetTrainingHeadcount) {
  const input = Schema.parse(raw);
  const unit = authorizeUnit(ctx, await org.getUnitById(ctx, input.unitId));
  return inTx(ctx, async (tx, c) => {
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const before = await repo.getHeadcount(tx, unit.id, input.year, { lock: true });
    if (!before) {
      if (input.expectedVersion !== undefined) throw stale();
      const id = await repo.insertHeadcount(tx, {
        unitId: unit.id,
        year: input.year,
        civilServants: input.civilServants,
        createdBy: by,
        updatedBy: by,
        createdAt: now,
        updatedAt: now,
      });
      if (id === null) throw stale();
      const after = (await repo.getHeadcount(tx, unit.id, input.year))!;
      await audit(tx, c, {
        entity: 'training_headcount',
        entityId: id,
        unitId: unit.id,
        action: 'create',
        after,
      });
      return presentHeadcount(c, after);
    }
    if (input.expectedVersion !== before.version) throw stale();
    if (before.civilServants === input.civilServants) return presentHeadcount(c, before);
    const v = await repo.updateHeadcount(tx, before.id, before.version, {
      civilServants: input.civilServants,
      updatedAt: now,
      updatedBy: by,
    });
    if (v === null) throw stale();
    const after = (await repo.getHeadcount(tx, unit.id, input.year))!;
    await audit(tx, c, {
      entity: 'training_headcount',
      entityId: before.id,
      unitId: unit.id,
      action: 'update',
      before,
      after,
    });
    return presentHeadcount(c, after);
  });
}
