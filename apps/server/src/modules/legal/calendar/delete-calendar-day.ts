import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound } from '../../../core/errors.ts';
import * as repo from './calendar.repository.ts';
import { authorizeCalendarWrite } from './calendar.policy.ts';

/** Removes a calendar entry: the day becomes an ordinary day of its weekday. */
export async function deleteCalendarDay(ctx: Ctx, id: number): Promise<void> {
  authorizeCalendarWrite(ctx);
  return inTx(ctx, async (tx, c) => {
    await repo.lockCalendar(tx);
    const before = await repo.getDay(tx, id, { forUpdate: true });
    if (!before) throw NotFound('Ngày trong lịch');
    await repo.deleteDay(tx, id);
    await audit(tx, c, { entity: 'legal_calendar_day', entityId: id, action: 'delete', before });
  });
}
