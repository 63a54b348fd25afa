import type { z } from 'zod';
import type { CalendarDayListQuery } from '@danvan/contracts';
import type { HolidayCalendar } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { wholeList } from '../../../core/page.ts';
import { listCan } from '../../../core/scope.ts';
import * as repo from './calendar.repository.ts';
import { authorizeCalendarRead, canCalendar } from './calendar.policy.ts';
import { presentDay } from './calendar.present.ts';

/**
 * The calendar's days of a year (or all of them), by date: a score a year, answered whole;
 * `can.create` is whether the actor keeps the calendar.
 */
export async function listCalendarDays(ctx: Ctx, query: z.infer<typeof CalendarDayListQuery>) {
  authorizeCalendarRead(ctx);
  const items = (await repo.listDays(ctx.db, query.year)).map((d) => presentDay(ctx, d));
  return wholeList(
    items,
    listCan(ctx.actor, undefined, () => canCalendar(ctx.actor, 'create')),
  );
}

/**
 * The working-day calendar as the domain's functions take it (days off, make-up working days), from
 * the table the administrator keeps. For other modules: no permission check, the calendar is public
 * reference data.
 */
export async function workingCalendar(ctx: Ctx): Promise<HolidayCalendar> {
  const rows = await repo.listDays(ctx.db);
  return Object.freeze(
    rows.map((d) => Object.freeze({ date: d.date, name: d.name, workday: d.workday, basis: d.basis })),
  );
}
