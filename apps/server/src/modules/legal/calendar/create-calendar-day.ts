import type { z } from 'zod';
import type { CreateCalendarDay } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { ensureLegalSeed } from '../shared/seed.ts';
import * as repo from './calendar.repository.ts';
import { authorizeCalendarWrite } from './calendar.policy.ts';
import { presentDay } from './calendar.present.ts';
import { assertDateFree, assertValidDay } from './calendar.checks.ts';

/** Adds a day off or a make-up working day to the calendar. */
export async function createCalendarDay(ctx: Ctx, input: z.output<typeof CreateCalendarDay>) {
  authorizeCalendarWrite(ctx);
  await ensureLegalSeed(ctx);
  assertValidDay(input);
  return inTx(ctx, async (tx, c) => {
    await repo.lockCalendar(tx);
    await assertDateFree(tx, input.date);
    const row = await repo.insertDay(tx, input);
    await audit(tx, c, { entity: 'legal_calendar_day', entityId: row.id, action: 'create', after: row });
    return presentDay(c, row);
  });
}
