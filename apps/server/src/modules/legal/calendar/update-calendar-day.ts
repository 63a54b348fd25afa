import type { UpdateCalendarDay } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound } from '../../../core/errors.ts';
import * as repo from './calendar.repository.ts';
import { authorizeCalendarWrite } from './calendar.policy.ts';
import { presentDay } from './calendar.present.ts';
import { assertDateFree, assertValidDay } from './calendar.checks.ts';

/** Edits a calendar entry (its date, name, kind, basis, "cần kiểm tra" mark). */
export async function updateCalendarDay(ctx: Ctx, id: number, input: UpdateCalendarDay) {
  authorizeCalendarWrite(ctx);
  return inTx(ctx, async (tx, c) => {
    await repo.lockCalendar(tx);
    const before = await repo.getDay(tx, id, { forUpdate: true });
    if (!before) throw NotFound('Ngày trong lịch');
    const next = {
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    };
    assertValidDay(next);
    if (next.date !== before.date) await assertDateFree(tx, next.date, id);
    const after = await repo.updateDay(tx, id, {
      date: next.date,
      name: next.name,
      workday: next.workday,
      basis: next.basis,
      needsCheck: next.needsCheck,
    });
    await audit(tx, c, { entity: 'legal_calendar_day', entityId: id, action: 'update', before, after });
    return presentDay(c, after);
  });
}
