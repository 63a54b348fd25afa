/** Who may see and change a reception schedule: read in the reception:read scope, written at the unit. */
import type { Actor, Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { authorizeWith, readsAt, unitOf, writesAt, type UnitRecord } from '../shared/unit.policy.ts';

export type ScheduleAction = 'read' | 'create' | 'update' | 'delete';

const RULES: Record<ScheduleAction, (a: Actor | null, s: UnitRecord) => boolean> = {
  read: (a, s) => readsAt(a, unitOf(s)),
  create: (a, s) => writesAt(a, unitOf(s)),
  update: (a, s) => writesAt(a, unitOf(s)),
  delete: (a, s) => writesAt(a, unitOf(s)),
};

export function canSchedule(actor: Actor | null, action: ScheduleAction, s: UnitRecord): boolean {
  return RULES[action](actor, s);
}

export function authorizeSchedule(ctx: Ctx, action: ScheduleAction, s: UnitRecord): void {
  requireActor(ctx.actor);
  authorizeWith(canSchedule(ctx.actor, 'read', s), canSchedule(ctx.actor, action, s), 'Lịch tiếp công dân');
}

export function canScheduleFlags(actor: Actor | null, s: UnitRecord) {
  return { update: canSchedule(actor, 'update', s), delete: canSchedule(actor, 'delete', s) };
}
