import type { z } from 'zod';
import type { SplitOrgUnit } from '@danvan/contracts';
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

/** Splits a unit into new ones from a date; the old unit ends the day before and keeps its records. */
export function splitUnit(ctx: Ctx, input: z.infer<typeof SplitOrgUnit>) {
  const locked = [input.sourceId, ...input.parts.map((p) => p.parentId)];
  return withUnitsLocked(ctx, locked, async (tx, c) => {
    const source = await loadUnitFor(c, input.sourceId, 'split');
    const dayBefore = addDays(input.effectiveDate, -1);
    if (!isActive(source, dayBefore))
      throw Err.org_split_invalid('Đơn vị không còn hiệu lực trước ngày chia tách.');
    if (source.validTo !== null)
      throw Err.org_split_invalid(
        `Đơn vị đã kết thúc hoạt động từ ngày ${vnDate(addDays(source.validTo, 1))}, không thể chia tách.`,
      );
    if ((await repo.countActiveChildren(tx, source.id, input.effectiveDate)) > 0)
      throw Err.org_split_invalid(
        'Đơn vị còn đơn vị cấp dưới; hãy chuyển các đơn vị đó trước khi chia tách.',
      );
    const codes = input.parts.map((p) => p.code);
    if (new Set(codes).size !== codes.length) throw Invalid('Các đơn vị mới phải có mã khác nhau.');
    const created: UnitView[] = [];
    for (const p of input.parts) {
      const u = await addUnit(c, {
        ...p,
        parentId: p.parentId ?? source.parentId,
        validFrom: input.effectiveDate,
        groups: p.groups ?? [],
      });
      await repo.insertSuccession(tx, source.id, u.id, 'split', input.effectiveDate);
      created.push(u);
    }
    await repo.updateUnit(tx, source.id, { validTo: dayBefore });
    await recordUnitEvent(tx, c, {
      kind: 'split',
      unitId: source.id,
      relatedUnitIds: created.map((u) => u.id),
      effectiveDate: input.effectiveDate,
      decision: input.decision ?? null,
      details: { parts: created.map((u) => ({ id: u.id, name: u.name })) },
    });
    await audit(tx, c, {
      entity: 'org_unit',
      entityId: source.id,
      unitId: source.id,
      action: 'split',
      before: source,
      after: { parts: created, effectiveDate: input.effectiveDate, decision: input.decision },
    });
    return created.map((u) => presentUnit(c, u));
  });
}
