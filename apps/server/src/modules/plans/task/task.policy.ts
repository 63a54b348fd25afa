/**
 * Who may see and do what with a task of a plan. A task is read with its plan (the plan policy's
 * read: in scope, or an issued plan of a superior, shared downwards); it is written by those who write
 * the plan's unit. Tasks are added through the plan policy's 'addTask'.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { canPlan } from '../plan/plan.policy.ts';
import { authorizeWith, holds, unitOf, type UnitRecord } from '../shared/unit.policy.ts';

export interface TaskRecord extends UnitRecord {
  status: string;
  planStatus: string;
}

export type TaskAction = 'read' | 'update' | 'cancel' | 'delete';

const write = (a: Actor | null, t: TaskRecord) => holds(a, 'plans:unit-write', unitOf(t));

const RULES: Record<TaskAction, (actor: Actor | null, t: TaskRecord) => boolean> = {
  read: (a, t) => canPlan(a, 'read', { unitId: t.unitId, unitPath: t.unitPath, status: t.planStatus }),
  update: write,
  cancel: write,
  delete: write,
};

/** The task statuses in which an action is open (others: 422 from the verb, false in the flags). */
const OPEN_IN: Partial<Record<TaskAction, (status: string) => boolean>> = {
  update: (s) => s !== 'cancelled',
  cancel: (s) => s !== 'cancelled',
  delete: (s) => s === 'draft',
};

export function canTask(actor: Actor | null, action: TaskAction, t: TaskRecord): boolean {
  return RULES[action](actor, t);
}

export function taskOpenFor(action: TaskAction, t: { status: string }): boolean {
  return OPEN_IN[action]?.(t.status) ?? true;
}

export function authorizeTask(ctx: Ctx, action: TaskAction, t: TaskRecord): void {
  requireActor(ctx.actor);
  authorizeWith(canTask(ctx.actor, 'read', t), canTask(ctx.actor, action, t), 'Nhiệm vụ');
}

export function canTaskFlags(actor: Actor | null, t: TaskRecord) {
  const may = (action: TaskAction) => taskOpenFor(action, t) && canTask(actor, action, t);
  return { update: may('update'), cancel: may('cancel'), delete: may('delete') };
}
