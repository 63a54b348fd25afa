import type { z } from 'zod';
import type { DeactivateOrgUnit } from '@danvan/contracts';
import { addDays } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import { Err, Invalid } from '../../../core/errors.ts';
import { loadUnitFor, withUnitsLocked } from './load-unit.ts';
import { recordUnitEvent } from './unit-events.ts';
import * as repo from './unit.repository.ts';
import { presentUnit } from './unit.present.ts';

/** Ends a unit from a date (it keeps its records); one with current children is refused. */
export function deactivateUnit(ctx: Ctx, id: number, input: z.infer<typeof DeactivateOrgUnit>) {
  return withUnitsLocked(ctx, [id], async (tx, c) => {
    const unit = await loadUnitFor(c, id, 'deactivate');
    if (unit.validTo) throw Err.org_unit_inactive('Đơn vị đã ngừng hoạt động.');
    if (input.validTo < unit.validFrom)
      throw Invalid('Ngày kết thúc không được trước ngày bắt đầu hiệu lực.');
    if ((await repo.countActiveChildren(tx, id, addDays(input.validTo, 1))) > 0)
      throw Err.state_invalid(
        'Đơn vị còn đơn vị cấp dưới đang hoạt động; hãy chuyển, sáp nhập hoặc ngừng các đơn vị đó trước.',
      );
    await repo.updateUnit(tx, id, { validTo: input.validTo });
    await recordUnitEvent(tx, c, {
      kind: 'deactivated',
      unitId: id,
      effectiveDate: input.validTo,
      details: { reason: input.reason },
    });
    const after = (await repo.getUnit(tx, id))!;
    await audit(tx, c, {
      entity: 'org_unit',
      entityId: id,
      unitId: id,
      action: 'deactivate',
      before: unit,
      after,
    });
    return presentUnit(c, after);
  });
}
