/**
 * Adding a task to a plan: assigned at once when the plan is already issued, checked again when a
 * draft is issued. Assigning to units other than the plan's own needs plans:manage over them.
 */
import type { CreateTask } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { requireActor } from '../../../core/scope.ts';
import { authorizePlan } from '../plan/plan.policy.ts';
import { loadPlan } from '../plan/read-plan.ts';
import { checkDocs, checkReadableUnits, normalizeSelector } from '../shared/refs.ts';
import * as repo from './task.repository.ts';
import { auditableTask } from './task.present.ts';
import { getTask } from './read-task.ts';
import { withPlanLocked } from './task.lock.ts';
import { assigneesOf, checkSchedule, materialize } from './task-schedule.ts';

export function createTask(ctx: Ctx, planId: number, input: CreateTask, opts: { isDemo?: boolean } = {}) {
  return withPlanLocked(ctx, planId, (c) => createTaskLocked(c, planId, input, opts));
}

async function createTaskLocked(ctx: Ctx, planId: number, input: CreateTask, opts: { isDemo?: boolean }) {
  const actor = requireActor(ctx.actor);
  const plan = await loadPlan(ctx, planId);
  const unit = { id: plan.unitId, path: plan.unitPath };
  authorizePlan(ctx, 'addTask', plan);
  const selector = normalizeSelector(input.assignTo);
  const task = { ...input, assignSelector: selector, dueDate: input.dueDate ?? null };
  const asOf = plan.issuedOn && plan.issuedOn > today(ctx) ? plan.issuedOn : today(ctx);
  // a task of an issued plan is given today; a draft's tasks are checked again when it is issued
  checkSchedule(task, plan.year, plan.status === 'issued' ? asOf : undefined);
  const units = await assigneesOf(ctx, task, unit, asOf);
  if (input.leadUnitId) await checkReadableUnits(ctx, [input.leadUnitId], 'Đơn vị chủ trì');
  await checkReadableUnits(ctx, input.coordinatingUnitIds, 'Đơn vị phối hợp');
  const guidingDocumentIds = await checkDocs(ctx, input.guidingDocumentIds, unit);
  return inTx(ctx, async (tx, c) => {
    const issued = plan.status === 'issued';
    const id = await repo.insertTask(tx, {
      planId: plan.id,
      unitId: plan.unitId,
      code: input.code,
      sectionNumber: input.sectionNumber,
      title: input.title,
      description: input.description,
      leadUnitId: input.leadUnitId ?? null,
      coordinatingUnitIds: [...new Set(input.coordinatingUnitIds)],
      assignSelector: selector,
      recurrence: input.recurrence,
      dueDate: input.dueDate ?? null,
      expectedProduct: input.expectedProduct,
      guidingDocumentIds,
      status: issued ? 'assigned' : 'draft',
      sortOrder: await repo.nextSortOrder(tx, plan.id),
      isDemo: opts.isDemo ?? false,
      createdBy: actor.system ? null : actor.userId,
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    const assignments = issued
      ? await materialize(
          c,
          { ...task, id },
          plan.year,
          units.map((u) => u.id),
          asOf,
        )
      : 0;
    const after = (await repo.getTask(tx, id))!;
    await audit(tx, c, {
      entity: 'plan_task',
      entityId: id,
      unitId: plan.unitId,
      action: 'create',
      after: { ...auditableTask(after), assignees: units.length, assignments },
    });
    return getTask(c, id);
  });
}
