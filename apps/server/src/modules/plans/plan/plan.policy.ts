/**
 * Who may see and do what with a plan. One predicate per action, used both to authorise a verb
 * (authorizePlan) and to build the `can` flags of the response (canPlanFlags).
 *
 * Read: a plan of a unit in the actor's scope, or an issued plan of a superior unit (shared
 * downwards: every subordinate unit must implement it). A superior's drafts stay invisible (404).
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { authorizeWith, holds, readsAt, readsBelow, unitOf, type UnitRecord } from '../shared/unit.policy.ts';

export interface PlanRecord extends UnitRecord {
  status: string;
}

export type PlanAction =
  | 'read'
  | 'create'
  | 'update'
  | 'delete'
  | 'issue'
  | 'addTask'
  | 'importTasks'
  | 'updateRequirement'
  | 'attach';

const write = (a: Actor | null, p: PlanRecord) => holds(a, 'plans:unit-write', unitOf(p));

const RULES: Record<PlanAction, (actor: Actor | null, p: PlanRecord) => boolean> = {
  read: (a, p) => readsAt(a, unitOf(p)) || (p.status === 'issued' && readsBelow(a, unitOf(p))),
  create: write,
  update: write,
  delete: write,
  issue: (a, p) => holds(a, 'plans:issue', unitOf(p)),
  addTask: write,
  importTasks: write,
  // an issued plan's requirement, and requiring other units to issue their own plan at all
  updateRequirement: (a, p) => holds(a, 'plans:manage', unitOf(p)),
  attach: (a, p) => write(a, p) && holds(a, 'files:write', unitOf(p)),
};

/**
 * The plan statuses in which an action is open. The verbs refuse the others with 422 (state_invalid)
 * after authorising; the flags are false there.
 */
export const PLAN_OPEN_IN: Partial<Record<PlanAction, string[]>> = {
  update: ['draft'],
  delete: ['draft'],
  issue: ['draft'],
};

export function canPlan(actor: Actor | null, action: PlanAction, p: PlanRecord): boolean {
  return RULES[action](actor, p);
}

/** Whether the plan's status leaves the action open. */
export function planOpenFor(action: PlanAction, p: PlanRecord): boolean {
  const open = PLAN_OPEN_IN[action];
  return !open || open.includes(p.status);
}

/** 404 when the actor may not read the plan, 403 when readable but the action is not theirs. */
export function authorizePlan(ctx: Ctx, action: PlanAction, p: PlanRecord, message?: string): void {
  requireActor(ctx.actor);
  authorizeWith(canPlan(ctx.actor, 'read', p), canPlan(ctx.actor, action, p), 'Kế hoạch', message);
}

export function canPlanFlags(
  actor: Actor | null,
  p: PlanRecord & { requiredCount: number; requiredSelector: unknown; taskCount: number },
) {
  const may = (action: PlanAction) => planOpenFor(action, p) && canPlan(actor, action, p);
  return {
    update: may('update'),
    delete: may('delete'),
    issue: may('issue'),
    addTask: may('addTask'),
    importTasks: may('importTasks'),
    updateRequirement: may('updateRequirement'),
    attach: may('attach'),
    viewCompliance: p.requiredCount > 0 || p.requiredSelector !== null,
    viewMatrix: p.taskCount > 0,
  };
}
