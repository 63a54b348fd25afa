/**
 * Recording an assignment's status, progress and note (evidence files hang on the assignment through
 * the files module).
 */
import type { AssignmentStatus, UpdateTaskAssignment } from '@danvan/contracts';
import { ASSIGNMENT_STATUS_LABELS } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err, Invalid } from '../../../core/errors.ts';
import * as repo from './assignment.repository.ts';
import { assignmentOpen, authorizeAssignment } from './assignment.policy.ts';
import { getAssignment, loadAssignment } from './read-assignment.ts';

const TRANSITIONS: Record<string, string[]> = {
  not_started: ['not_started', 'in_progress', 'done'],
  in_progress: ['in_progress', 'done'],
  done: ['done', 'in_progress'],
};

/**
 * Records status, progress and note. The assignment's row is locked first and everything is read and
 * checked after, so updates sent at once apply one after the other, each checked against the state
 * the previous one left (no transition is made twice, no illegal one slips through). An update that
 * changes nothing writes nothing.
 */
export async function updateAssignment(ctx: Ctx, id: number, input: UpdateTaskAssignment) {
  return inTx(ctx, async (tx, c) => {
    await repo.lockAssignment(tx, id);
    return updateAssignmentLocked(c, id, input);
  });
}

async function updateAssignmentLocked(ctx: Ctx, id: number, input: UpdateTaskAssignment) {
  const before = await loadAssignment(ctx, id);
  authorizeAssignment(ctx, 'update', before);
  if (!assignmentOpen(before)) throw Err.state_invalid('Nhiệm vụ đã bị hủy, không thể cập nhật.');
  const t = today(ctx);

  let status = input.status ?? before.status;
  // progress reported on a task not started yet means the work has started
  if (!input.status && status === 'not_started' && (input.progress ?? 0) > 0) status = 'in_progress';
  if (!TRANSITIONS[before.status]?.includes(status))
    throw Err.state_invalid(
      `Không thể chuyển từ "${ASSIGNMENT_STATUS_LABELS[before.status as AssignmentStatus].vi}" sang "${ASSIGNMENT_STATUS_LABELS[status as AssignmentStatus].vi}".`,
    );
  let progress = input.progress ?? before.progress;
  let completedOn: string | null = before.completedOn;
  const errors: { path: string; message: string }[] = [];
  if (status === 'done') {
    if (input.progress !== undefined && input.progress !== 100)
      errors.push({ path: 'progress', message: 'Nhiệm vụ hoàn thành thì tiến độ phải là 100%' });
    progress = 100;
    completedOn = input.completedOn ?? (before.status === 'done' ? before.completedOn : null) ?? t;
    if (completedOn > t)
      errors.push({ path: 'completedOn', message: 'Ngày hoàn thành không được sau ngày hôm nay' });
    if (before.planIssuedOn && completedOn < before.planIssuedOn)
      errors.push({
        path: 'completedOn',
        message: 'Ngày hoàn thành không được trước ngày ban hành kế hoạch',
      });
  } else {
    // reopening finished work without a new figure: it is no longer 100%
    if (before.status === 'done' && input.progress === undefined) progress = Math.min(progress, 90);
    if (input.completedOn)
      errors.push({ path: 'completedOn', message: 'Chỉ nhập ngày hoàn thành khi nhiệm vụ đã hoàn thành' });
    if (progress === 100)
      errors.push({ path: 'progress', message: 'Tiến độ 100% thì chọn trạng thái "Hoàn thành"' });
    if (status === 'not_started' && progress > 0)
      errors.push({ path: 'progress', message: 'Nhiệm vụ chưa thực hiện thì tiến độ phải là 0%' });
    completedOn = null;
  }
  if (errors.length) throw Invalid(errors.map((e) => e.message).join('; ') + '.', errors);
  const note = input.note ?? before.note;
  if (
    status === before.status &&
    progress === before.progress &&
    note === before.note &&
    completedOn === before.completedOn
  )
    return getAssignment(ctx, id);

  return inTx(ctx, async (tx, c) => {
    await repo.updateAssignment(tx, id, {
      status,
      progress,
      note,
      completedOn,
      updatedBy: c.actor?.system ? null : c.actor?.userId,
      updatedAt: c.clock.now(),
    });
    const after = (await repo.getAssignment(tx, id))!;
    const pick = (a: repo.AssignmentView) => ({
      status: a.status,
      progress: a.progress,
      note: a.note,
      completedOn: a.completedOn,
      periodDue: a.periodDue,
      taskId: a.taskId,
    });
    await audit(tx, c, {
      entity: 'task_assignment',
      entityId: id,
      unitId: before.unitId,
      action: before.status !== after.status ? `status:${after.status}` : 'update',
      before: pick(before),
      after: pick(after),
    });
    return getAssignment(c, id);
  });
}
