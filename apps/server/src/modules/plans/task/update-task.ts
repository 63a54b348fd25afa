/** Editing a task: its text, schedule and assignees (units dropped only while untouched). */
import type { UpdateTask } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import * as assignmentsRepo from '../assignment/assignment.repository.ts';
import { checkDocs, checkReadableUnits, normalizeSelector } from '../shared/refs.ts';
import * as repo from './task.repository.ts';
import { auditableTask } from './task.present.ts';
import { getTask } from './read-task.ts';
import { loadWritableTask, planOfTask, withPlanLocked } from './task.lock.ts';
import { assigneesOf, checkSchedule, materialize } from './task-schedule.ts';

export async function updateTask(ctx: Ctx, id: number, input: UpdateTask) {
  return withPlanLocked(ctx, await planOfTask(ctx, id), (c) => updateTaskLocked(c, id, input));
}

async function updateTaskLocked(ctx: Ctx, id: number, input: UpdateTask) {
  const before = await loadWritableTask(ctx, id, 'update');
  const unit = { id: before.unitId, path: before.unitPath };
  const assigned = before.status === 'assigned';
  const recurrence = input.recurrence ?? before.recurrence;
  const dueDate = input.dueDate === undefined ? before.dueDate : input.dueDate;
  if (assigned && recurrence !== before.recurrence)
    throw Err.state_invalid(
      'Không thể đổi chu kỳ của nhiệm vụ đã giao; hãy hủy nhiệm vụ và giao nhiệm vụ mới.',
    );
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
      const current = await assignmentsRepo.assignmentUnitsOfTask(tx, id);
      const wanted = new Set(units.map((u) => u.id));
      const dropping = current.filter((r) => !wanted.has(r.unitId));
      const touched = dropping.filter((r) => !r.untouched);
      if (touched.length)
        throw Err.state_invalid(
          `Có ${touched.length} đơn vị đã cập nhật tiến độ nhiệm vụ; không thể bỏ giao các đơn vị đó.`,
        );
      await assignmentsRepo.deleteAssignmentsOf(
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
      await assignmentsRepo.moveDueDate(tx, id, dueDate);
    await repo.updateTask(tx, id, {
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
    const after = (await repo.getTask(tx, id))!;
    await audit(tx, c, {
      entity: 'plan_task',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before: auditableTask(before),
      after: { ...auditableTask(after), assignmentsAdded: added, unitsRemoved: removed },
    });
    return getTask(c, id);
  });
}
