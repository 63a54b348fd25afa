/** Adding a reception schedule to a unit. */
import type { z } from 'zod';
import type { CreateReceptionSchedule } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { workingCalendar } from '../../legal/index.ts';
import { unitToWriteAt } from '../shared/unit.policy.ts';
import * as repo from './schedule.repository.ts';
import { assertScheduleValid, uniqueSorted } from './schedule.checks.ts';
import { presentSchedule, scheduleAuditRow } from './schedule.present.ts';

export async function createSchedule(
  ctx: Ctx,
  input: z.output<typeof CreateReceptionSchedule>,
  opts: { isDemo?: boolean } = {},
) {
  const unit = await unitToWriteAt(ctx, input.unitId);
  const values = {
    ...input,
    weekdays: uniqueSorted(input.weekdays),
    monthDays: uniqueSorted(input.monthDays),
    dates: uniqueSorted(input.dates),
    receiverUserId: input.receiverUserId ?? null,
    validTo: input.validTo ?? null,
  };
  await assertScheduleValid(ctx.db, values);
  const calendar = await workingCalendar(ctx);
  return inTx(ctx, async (tx, c) => {
    const now = c.clock.now();
    const id = await repo.insertSchedule(tx, {
      ...values,
      unitId: unit.id,
      isDemo: opts.isDemo ?? false,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      createdAt: now,
      updatedAt: now,
    });
    const after = (await repo.getSchedule(tx, id))!;
    await audit(tx, c, {
      entity: 'reception_schedule',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after: scheduleAuditRow(after),
    });
    return presentSchedule(c, after, calendar);
  });
}
