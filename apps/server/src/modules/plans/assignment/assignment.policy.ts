/**
 * Who may see and do what with an assignment (a task given to one unit): read within the actor's
 * scope (an assignment is never shared downwards), updated and given evidence by those who write the
 * unit's records, while the task is assigned and the assignment not cancelled.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { authorizeWith, holds, readsAt, unitOf, type UnitRecord } from '../shared/unit.policy.ts';

export interface AssignmentRecord extends UnitRecord {
  status: string;
  taskStatus: string;
}

export type AssignmentAction = 'read' | 'update' | 'attach';

const write = (a: Actor | null, r: AssignmentRecord) => holds(a, 'plans:unit-write', unitOf(r));

const RULES: Record<AssignmentAction, (actor: Actor | null, r: AssignmentRecord) => boolean> = {
  read: (a, r) => readsAt(a, unitOf(r)),
  update: write,
  attach: (a, r) => write(a, r) && holds(a, 'files:write', unitOf(r)),
};

/** Whether the assignment is still open to updates and evidence: its task assigned, itself not cancelled. */
export function assignmentOpen(r: { status: string; taskStatus: string }): boolean {
  return r.taskStatus === 'assigned' && r.status !== 'cancelled';
}

export function canAssignment(actor: Actor | null, action: AssignmentAction, r: AssignmentRecord): boolean {
  return RULES[action](actor, r);
}

export function authorizeAssignment(ctx: Ctx, action: AssignmentAction, r: AssignmentRecord): void {
  requireActor(ctx.actor);
  authorizeWith(
    canAssignment(ctx.actor, 'read', r),
    canAssignment(ctx.actor, action, r),
    'Nhiệm vụ được giao',
  );
}

export function canAssignmentFlags(actor: Actor | null, r: AssignmentRecord) {
  const open = assignmentOpen(r);
  return {
    update: open && canAssignment(actor, 'update', r),
    attach: open && canAssignment(actor, 'attach', r),
  };
}
