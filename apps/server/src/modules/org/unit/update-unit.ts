import type { z } from 'zod';
import type { UpdateOrgUnit } from '@danvan/contracts';
import { addDays } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import { Err, Invalid } from '../../../core/errors.ts';
import { assertGroupsExist } from '../group/read-group.ts';
import { loadUnitFor, withUnitsLocked } from './load-unit.ts';
import { recordUnitEvent } from './unit-events.ts';
import * as repo from './unit.repository.ts';
import { presentUnit } from './unit.present.ts';
import { isActive } from './unit.rules.ts';

/** Edits a unit; a new name takes effect from a date and the old one is kept in its history. */
export function updateUnit(ctx: Ctx, id: number, input: z.infer<typeof UpdateOrgUnit>) {
  return withUnitsLocked(ctx, [id], async (tx, c) => {
    const before = await loadUnitFor(c, id, 'update');
    const t = input.effectiveDate ?? today(c);
    if (!isActive(before, today(c))) throw Err.org_unit_inactive('Đơn vị đã hết hiệu lực, không thể sửa.');
    if (input.groups) await assertGroupsExist(c, input.groups);
    const { groups, effectiveDate: _e, ...fields } = input;
    void _e;
    await repo.updateUnit(tx, id, fields);
    if (groups) await repo.setGroups(tx, id, groups);
    const renamed = !!input.name && input.name !== before.name;
    if (renamed) {
      if (t <= before.validFrom)
        throw Invalid('Ngày hiệu lực của tên mới phải sau ngày đơn vị bắt đầu hiệu lực.');
      await repo.recordRename(tx, id, input.name!, t, addDays(t, -1));
      await recordUnitEvent(tx, c, {
        kind: 'renamed',
        unitId: id,
        effectiveDate: t,
        details: { from: before.name, to: input.name },
      });
    } else {
      await recordUnitEvent(tx, c, { kind: 'updated', unitId: id, effectiveDate: t, details: fields });
    }
    const after = (await repo.getUnit(tx, id))!;
    await audit(tx, c, {
      entity: 'org_unit',
      entityId: id,
      unitId: id,
      action: renamed ? 'rename' : 'update',
      before,
      after,
    });
    return presentUnit(c, after);
  });
}
