/** An assignment as the API returns it, with its deadline state and `can` flags. */
import type { AssignmentStatus, TaskAssignment, TaskRecurrence } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { periodLabel } from '../task/task-schedule.ts';
import type * as repo from './assignment.repository.ts';
import { canAssignmentFlags } from './assignment.policy.ts';
import { deadlineOf } from './deadline.ts';

export function presentAssignment(ctx: Ctx, a: repo.AssignmentView): TaskAssignment {
  return {
    id: a.id,
    taskId: a.taskId,
    taskCode: a.taskCode,
    taskTitle: a.taskTitle,
    expectedProduct: a.expectedProduct,
    recurrence: a.recurrence as TaskRecurrence,
    planId: a.planId,
    planTitle: a.planTitle,
    planNumberSymbol: a.planNumberSymbol,
    unitId: a.unitId,
    unitName: a.unitName,
    periodDue: a.periodDue,
    periodLabel: periodLabel(a.recurrence, a.periodDue),
    status: a.status as AssignmentStatus,
    ...deadlineOf(a, today(ctx)),
    progress: a.progress,
    note: a.note,
    completedOn: a.completedOn,
    updatedAt: a.updatedAt.toISOString(),
    updatedByName: a.updatedByName,
    fileCount: a.fileCount,
    can: canAssignmentFlags(ctx.actor, a),
  };
}
