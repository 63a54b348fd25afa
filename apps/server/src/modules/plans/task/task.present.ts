/** Tasks as the API returns them: unit and document references, progress totals, `can` flags. */
import type { Task, TaskRecurrence, TaskStatus, UnitSelector } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { taskSummaries } from '../matrix/task-progress.ts';
import { docRefMap, unitRefs } from '../shared/refs.ts';
import type * as repo from './task.repository.ts';
import { canTaskFlags } from './task.policy.ts';

export type TaskView = repo.TaskView;

export async function presentTasks(ctx: Ctx, tasks: TaskView[]): Promise<Task[]> {
  const refs = await unitRefs(
    ctx,
    tasks.flatMap((t) => [t.leadUnitId ?? 0, ...t.coordinatingUnitIds]),
  );
  const docs = await docRefMap(
    ctx,
    tasks.flatMap((t) => t.guidingDocumentIds),
  );
  const summaries = await taskSummaries(
    ctx,
    tasks.map((t) => t.id),
    tasks[0] ? { id: tasks[0].unitId, path: tasks[0].unitPath } : null,
  );
  return tasks.map((t) => {
    return {
      id: t.id,
      planId: t.planId,
      planTitle: t.planTitle,
      unitId: t.unitId,
      code: t.code,
      sectionNumber: t.sectionNumber,
      title: t.title,
      description: t.description,
      leadUnit: t.leadUnitId ? (refs.get(t.leadUnitId) ?? null) : null,
      coordinatingUnits: t.coordinatingUnitIds
        .map((id) => refs.get(id))
        .filter((u): u is NonNullable<typeof u> => Boolean(u)),
      assignTo: t.assignSelector as UnitSelector,
      recurrence: t.recurrence as TaskRecurrence,
      dueDate: t.dueDate,
      expectedProduct: t.expectedProduct,
      guidingDocuments: t.guidingDocumentIds
        .map((id) => docs.get(id))
        .filter((d): d is NonNullable<typeof d> => Boolean(d)),
      status: t.status as TaskStatus,
      progress: summaries.get(t.id) ?? { total: 0, done: 0, inProgress: 0, overdue: 0 },
      createdAt: t.createdAt.toISOString(),
      can: canTaskFlags(ctx.actor, t),
    };
  });
}

/** The task without derived columns, for the audit trail. */
export function auditableTask(t: TaskView) {
  const { unitPath: _a, planTitle: _b, planStatus: _c, planYear: _d, planIssuedOn: _e, ...rest } = t;
  return rest;
}
