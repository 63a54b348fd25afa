import type { z } from 'zod';
import type { MergeOrgUnits } from '@danvan/contracts';
import { addDays } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import { Err, Invalid } from '../../../core/errors.ts';
import { addUnit } from './create-unit.ts';
import { loadUnitFor, withUnitsLocked } from './load-unit.ts';
import { recordUnitEvent } from './unit-events.ts';
import * as repo from './unit.repository.ts';
import type { UnitView } from './unit.repository.ts';
import { presentUnit } from './unit.present.ts';
import { isActive, vnDate } from './unit.rules.ts';

/**
 * Merges units into a successor from a date: the sources end the day before, keep every record they
 * own, and are linked to the successor; from the date new work goes to the successor.
 */
export function mergeUnits(ctx: Ctx, input: z.infer<typeof MergeOrgUnits>) {
  // the sources, the successor, and the new successor's parent (locked up front, in order)
  const locked = [...input.sourceIds, input.targetId, input.newTarget?.parentId];
  return withUnitsLocked(ctx, locked, async (tx, c) => {
    if (!input.targetId === !input.newTarget)
      throw Invalid('Chọn một đơn vị kế thừa có sẵn hoặc khai báo đơn vị mới (chỉ một trong hai).');
    const ids = [...new Set(input.sourceIds)];
    const sources: UnitView[] = [];
    for (const sid of ids) sources.push(await loadUnitFor(c, sid, 'merge'));
    const dayBefore = addDays(input.effectiveDate, -1);
    for (const s of sources) {
      if (!isActive(s, dayBefore))
        throw Err.org_merge_invalid(`Đơn vị "${s.name}" không còn hiệu lực trước ngày sáp nhập.`);
      // a unit already ending (merged, split or closed) is not merged a second time
      if (s.validTo !== null)
        throw Err.org_merge_invalid(
          `Đơn vị "${s.name}" đã kết thúc hoạt động từ ngày ${vnDate(addDays(s.validTo, 1))}, không thể sáp nhập.`,
        );
      if ((await repo.countActiveChildren(tx, s.id, input.effectiveDate)) > 0)
        throw Err.org_merge_invalid(
          `Đơn vị "${s.name}" còn đơn vị cấp dưới; hãy chuyển các đơn vị đó trước khi sáp nhập.`,
        );
    }
    let target: UnitView;
    if (input.targetId) {
      if (ids.includes(input.targetId))
        throw Err.org_merge_invalid('Đơn vị kế thừa không được nằm trong danh sách bị sáp nhập.');
      target = await loadUnitFor(c, input.targetId, 'merge');
      if (!isActive(target, input.effectiveDate))
        throw Err.org_merge_invalid('Đơn vị kế thừa không có hiệu lực vào ngày sáp nhập.');
    } else {
      target = await addUnit(c, {
        ...input.newTarget!,
        validFrom: input.effectiveDate,
        groups: input.newTarget!.groups ?? [],
      });
    }
    for (const s of sources) {
      await repo.updateUnit(tx, s.id, { validTo: dayBefore });
      await repo.insertSuccession(tx, s.id, target.id, 'merge', input.effectiveDate);
    }
    await recordUnitEvent(tx, c, {
      kind: 'merged',
      unitId: target.id,
      relatedUnitIds: ids,
      effectiveDate: input.effectiveDate,
      decision: input.decision ?? null,
      details: { sources: sources.map((s) => ({ id: s.id, name: s.name })) },
    });
    await audit(tx, c, {
      entity: 'org_unit',
      entityId: target.id,
      unitId: target.id,
      action: 'merge',
      before: sources,
      after: { target, effectiveDate: input.effectiveDate, decision: input.decision },
    });
    return presentUnit(c, (await repo.getUnit(tx, target.id))!);
  });
}
