/**
 * Writing tasks: create (assigned at once when the plan is already issued), edit, cancel, delete a
 * draft task. Assigning to units other than the plan's own needs plans:manage over them.
 */
import type { CreateTask, UpdateTask } from '@danvan/contracts';
import { today, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Err, Forbidden } from '../../core/errors.ts';
import { requireActor } from '../../core/scope.ts';
import * as tasksRepo from './tasks.repository.ts';
import * as plansRepo from './plans.repository.ts';
import { can } from './plans.access.ts';
import { checkDocs, checkReadableUnits, normalizeSelector } from './plans.refs.ts';
import { assigneesOf, checkSchedule, materialize } from './assign.ts';
import { visiblePlan } from './plans.service.ts';
import { getTask, visibleTask, type TaskView } from './tasks.service.ts';

function auditable(t: TaskView) {
  const { unitPath: _a, planTitle: _b, planStatus: _c, planYear: _d, planIssuedOn: _e, ...rest } = t;
  return rest;
}

/**
 * Every task write reads and checks inside one transaction that first locks the plan's row: a task
 * added or edited while the plan is being issued lands before the issue (and is assigned by it) or
 * after it (and is assigned at once), never in between; two edits of one task never both act on a
 * stale copy. Issuing takes the same lock (issue-plan.ts).
 */
function withPlanLocked<T>(ctx: Ctx, planId: number | undefined, fn: (c: Ctx) => Promise<T>) {
  return inTx(ctx, async (tx, c) => {
    if (planId) await plansRepo.lockPlan(tx, planId);
    return fn(c);
  });
}

/** The plan of a task (a task never changes plan), for taking the lock before reading the task. */
async function planOfTask(ctx: Ctx, id: number) {
  return (await tasksRepo.getTask(ctx.db, id))?.planId;
}

export function createTask(ctx: Ctx, planId: number, input: CreateTask, opts: { isDemo?: boolean } = {}) {
  return withPlanLocked(ctx, planId, (c) => createTaskLocked(c, planId, input, opts));
}

async function createTaskLocked(ctx: Ctx, planId: number, input: CreateTask, opts: { isDemo?: boolean }) {
  const actor = requireActor(ctx.actor);
  const plan = await visiblePlan(ctx, planId);
  const unit = { id: plan.unitId, path: plan.unitPath };
  if (!can(actor, 'plans:unit-write', unit)) throw Forbidden();
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
    const id = await tasksRepo.insertTask(tx, {
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
      sortOrder: await tasksRepo.nextSortOrder(tx, plan.id),
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
    const after = (await tasksRepo.getTask(tx, id))!;
    await audit(tx, c, {
      entity: 'plan_task',
      entityId: id,
      unitId: plan.unitId,
      action: 'create',
      after: { ...auditable(after), assignees: units.length, assignments },
    });
    return getTask(c, id);
  });
}

async function writableTask(ctx: Ctx, id: number) {
  const t = await visibleTask(ctx, id);
  if (!can(ctx.actor, 'plans:unit-write', { id: t.unitId, path: t.unitPath })) throw Forbidden();
  if (t.status === 'cancelled') throw Err.state_invalid('Nhiệm vụ đã bị hủy.');
  return t;
}

export async function updateTask(ctx: Ctx, id: number, input: UpdateTask) {
  return withPlanLocked(ctx, await planOfTask(ctx, id), (c) => updateTaskLocked(c, id, input));
}

async function updateTaskLocked(ctx: Ctx, id: number, input: UpdateTask) {
  const before = await writableTask(ctx, id);
  const unit = { id: before.unitId, path: before.unitPath };
  const assigned = before.status === 'assigned';
  const recurrence = input.recurrence ?? before.recurrence;
  const dueDate = input.dueDate === undefined ? before.dueDate : input.dueDate;
  if (assigned && recurrence !== before.recurrence)
    throw Err.state_invalid('Không thể đổi chu kỳ của nhiệm vụ đã giao; hãy hủy nhiệm vụ và giao nhiệm vụ mới.');
  if (assigned && recurrence !== 'none' && dueDate !== before.dueDate)
    throw Err.state_invalid('Không thể đổi lịch của nhiệm vụ định kỳ đã giao.');
  const title = input.title ?? before.title;
  const selector = input.assignTo
    ? normalizeSelector(input.assignTo)
    : (before.assignSelector as ReturnType<typeof normalizeSelector>);
  checkSchedule(
    { title, recurrence, dueDate },
    before.planYear,
    assigned && dueDate !== before.dueDate ? today(ctx) : undefined,
  );
  const units = input.assignTo
    ? await assigneesOf(ctx, { title, assignSelector: selector }, unit, today(ctx))
    : undefined;
  if (input.leadUnitId) await checkReadableUnits(ctx, [input.leadUnitId], 'Đơn vị chủ trì');
  if (input.coordinatingUnitIds) await checkReadableUnits(ctx, input.coordinatingUnitIds, 'Đơn vị phối hợp');
  const guidingDocumentIds = input.guidingDocumentIds
    ? await checkDocs(ctx, input.guidingDocumentIds, unit)
    : undefined;

  return inTx(ctx, async (tx, c) => {
    let added = 0;
    let removed = 0;
    if (assigned && units) {
      const current = await tasksRepo.assignmentUnitsOfTask(tx, id);
      const wanted = new Set(units.map((u) => u.id));
      const dropping = current.filter((r) => !wanted.has(r.unitId));
      const touched = dropping.filter((r) => !r.untouched);
      if (touched.length)
        throw Err.state_invalid(`Có ${touched.length} đơn vị đã cập nhật tiến độ nhiệm vụ; không thể bỏ giao các đơn vị đó.`);
      await tasksRepo.deleteAssignmentsOf(
        tx,
        id,
        dropping.map((r) => r.unitId),
      );
      removed = dropping.length;
      const have = new Set(current.map((r) => r.unitId));
      added = await materialize(
        c,
        { id, title, recurrence, dueDate },
        before.planYear,
        units.filter((u) => !have.has(u.id)).map((u) => u.id),
        today(c),
      );
    }
    if (assigned && recurrence === 'none' && dueDate && dueDate !== before.dueDate)
      await tasksRepo.moveDueDate(tx, id, dueDate);
    await tasksRepo.updateTask(tx, id, {
      ...(input.code !== undefined ? { code: input.code } : {}),
      ...(input.sectionNumber !== undefined ? { sectionNumber: input.sectionNumber } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.leadUnitId !== undefined ? { leadUnitId: input.leadUnitId ?? null } : {}),
      ...(input.coordinatingUnitIds ? { coordinatingUnitIds: [...new Set(input.coordinatingUnitIds)] } : {}),
      ...(input.assignTo ? { assignSelector: selector } : {}),
      ...(input.expectedProduct !== undefined ? { expectedProduct: input.expectedProduct } : {}),
      ...(guidingDocumentIds ? { guidingDocumentIds } : {}),
      recurrence,
      dueDate,
      updatedAt: c.clock.now(),
    });
    const after = (await tasksRepo.getTask(tx, id))!;
    await audit(tx, c, {
      entity: 'plan_task',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before: auditable(before),
      after: { ...auditable(after), assignmentsAdded: added, unitsRemoved: removed },
    });
    return getTask(c, id);
  });
}

export async function cancelTask(ctx: Ctx, id: number, reason?: string) {
  return withPlanLocked(ctx, await planOfTask(ctx, id), (c) => cancelTaskLocked(c, id, reason));
}

async function cancelTaskLocked(ctx: Ctx, id: number, reason?: string) {
  const before = await writableTask(ctx, id);
  return inTx(ctx, async (tx, c) => {
    await tasksRepo.updateTask(tx, id, { status: 'cancelled', updatedAt: c.clock.now() });
    await tasksRepo.cancelAssignments(tx, id, c.clock.now());
    await audit(tx, c, {
      entity: 'plan_task',
      entityId: id,
      unitId: before.unitId,
      action: 'cancel',
      before: { status: before.status },
      after: { status: 'cancelled', reason: reason ?? null },
    });
    return getTask(c, id);
  });
}

export async function deleteTask(ctx: Ctx, id: number) {
  return withPlanLocked(ctx, await planOfTask(ctx, id), (c) => deleteTaskLocked(c, id));
}

async function deleteTaskLocked(ctx: Ctx, id: number) {
  const before = await writableTask(ctx, id);
  if (before.status !== 'draft')
    throw Err.state_invalid('Nhiệm vụ đã giao không thể xóa; hãy hủy nhiệm vụ.');
  await inTx(ctx, async (tx, c) => {
    await tasksRepo.deleteTask(tx, id);
    await audit(tx, c, {
      entity: 'plan_task',
      entityId: id,
      unitId: before.unitId,
      action: 'delete',
      before: auditable(before),
    });
  });
}
