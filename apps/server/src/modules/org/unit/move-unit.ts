import type { z } from 'zod';
import type { MoveOrgUnit } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import { loadUnitFor, withUnitsLocked } from './load-unit.ts';
import { recordUnitEvent } from './unit-events.ts';
import * as repo from './unit.repository.ts';
import { presentUnit } from './unit.present.ts';
import { isActive } from './unit.rules.ts';

/** Moves a unit, with its whole subtree, under another parent. */
export function moveUnit(ctx: Ctx, id: number, input: z.infer<typeof MoveOrgUnit>) {
  return withUnitsLocked(ctx, [id, input.newParentId], async (tx, c) => {
    const unit = await loadUnitFor(c, id, 'move');
    const parent = await loadUnitFor(c, input.newParentId, 'createChild', 'Đơn vị cấp trên mới');
    if (parent.path.startsWith(unit.path))
      throw Err.org_cycle('Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.');
    if (!isActive(parent, input.effectiveDate))
      throw Err.org_unit_inactive('Đơn vị cấp trên mới không còn hiệu lực.');
    await repo.moveSubtree(tx, unit, parent);
    await recordUnitEvent(tx, c, {
      kind: 'moved',
      unitId: id,
      relatedUnitIds: [unit.parentId ?? 0, parent.id].filter(Boolean),
      effectiveDate: input.effectiveDate,
      details: { fromParentId: unit.parentId, toParentId: parent.id },
    });
    const after = (await repo.getUnit(tx, id))!;
    await audit(tx, c, { entity: 'org_unit', entityId: id, unitId: id, action: 'move', before: unit, after });
    return presentUnit(c, after);
  });
}
