/** Correcting a commendation, with the version the user edited (409 when someone changed it first). */
import type { UpdateCommendation } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict } from '../../../core/errors.ts';
import * as repo from './commendation.repository.ts';
import { presentCommendation } from './commendation.present.ts';
import { checkDecisionDate, checkModelLink } from './commendation.checks.ts';
import { loadCommendation } from './read-commendation.ts';

const stale = () => Conflict('Khen thưởng này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

export async function updateCommendation(ctx: Ctx, id: number, input: UpdateCommendation) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadCommendation(c, id, 'update', { lock: true, db: tx });
    const { expectedVersion, ...fields } = input;
    if (expectedVersion !== before.version) throw stale();
    checkDecisionDate(c, fields.decisionDate);
    if (fields.modelId !== undefined) await checkModelLink(c, fields.modelId);
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== undefined && before[k as keyof typeof before] !== v),
    );
    if (!Object.keys(changed).length) return presentCommendation(c, before);
    const v = await repo.updateCommendation(tx, id, before.version, {
      ...changed,
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw stale();
    const after = (await repo.getCommendation(tx, id))!;
    await audit(tx, c, {
      entity: 'model_commendation',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentCommendation(c, after);
  });
}
