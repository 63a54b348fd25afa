import type { CalendarDay } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import type { CalendarRow } from './calendar.repository.ts';
import { canCalendarFlags } from './calendar.policy.ts';

export function presentDay(ctx: Ctx, d: CalendarRow): CalendarDay {
  return {
    id: d.id,
    date: d.date,
    name: d.name,
    workday: d.workday,
    basis: d.basis,
    needsCheck: d.needsCheck,
    updatedAt: d.updatedAt.toISOString(),
    can: canCalendarFlags(ctx.actor),
  };
}
