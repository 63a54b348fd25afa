import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden } from '../../../core/errors.ts';
import { coversRoot, requireActor, scopesFor } from '../../../core/scope.ts';

/**
 * The access rules of the working-day calendar: national data, read by whoever holds legal:read;
 * kept by an administrator of a whole tree (legal:manage over a root unit).
 */
export type CalendarAction = 'read' | 'create' | 'update' | 'delete';

const manages = (actor: Actor | null) => coversRoot(scopesFor(actor, 'legal:manage'));

export function canCalendar(actor: Actor | null, action: CalendarAction): boolean {
  if (!actor) return false;
  if (action === 'read') return scopesFor(actor, 'legal:read').length > 0;
  return manages(actor);
}

export const canCalendarFlags = (actor: Actor | null) => ({
  update: canCalendar(actor, 'update'),
  delete: canCalendar(actor, 'delete'),
});

export function authorizeCalendarRead(ctx: Ctx): void {
  if (!canCalendar(requireActor(ctx.actor), 'read')) throw Forbidden();
}

export function authorizeCalendarWrite(ctx: Ctx): void {
  if (!canCalendar(requireActor(ctx.actor), 'create'))
    throw Forbidden('Chỉ quản trị hệ thống của toàn bộ cây đơn vị được sửa lịch ngày nghỉ, ngày làm bù.');
}
