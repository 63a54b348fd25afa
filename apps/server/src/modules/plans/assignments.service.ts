/**
 * A unit's assignments: "my tasks", one assignment with its history, and recording status, progress
 * and notes (evidence files hang on the assignment through the files module).
 */
import type {
  AssignmentStatus,
  DeadlineState,
  MyTasks,
  MyTasksQuery,
  TaskAssignment,
  TaskAssignmentDetail,
  TaskRecurrence,
  UpdateTaskAssignment,
} from '@danvan/contracts';
import { ASSIGNMENT_STATUS_LABELS, DEADLINE_STATE_LABELS } from '@danvan/contracts';
import { addDays, deadlineStatus } from '@danvan/domain';
import { activeAssignment, today, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Err, Forbidden, Invalid, NotFound } from '../../core/errors.ts';
import { inScope, requireActor } from '../../core/scope.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import * as tasksRepo from './tasks.repository.ts';
import { auditHistory } from '../audit/index.ts';
import { can, readScopes } from './plans.access.ts';
import { docRefMap, unitRefs } from './plans.refs.ts';
import { periodLabel } from './assign.ts';

export const DUE_SOON_DAYS = 7;

export function deadlineOf(a: { status: string; periodDue: string; completedOn: string | null }, t: string) {
  if (a.status === 'cancelled') return { deadline: 'cancelled' as DeadlineState, daysRemaining: null };
  const s = deadlineStatus({
    dueDate: a.periodDue,
    completedDate: a.status === 'done' ? (a.completedOn ?? a.periodDue) : null,
    today: t,
    dueSoonDays: DUE_SOON_DAYS,
  });
  return { deadline: s.status as DeadlineState, daysRemaining: s.daysRemaining };
}

/**
 * The same classification as deadlineOf (domain deadlineStatus) by comparing ISO dates only, for the
 * thousands of cells of a matrix page. `soon` is today + DUE_SOON_DAYS.
 */
export function deadlineQuick(
  a: { status: string; periodDue: string; completedOn: string | null },
  today: string,
  soon: string,
): DeadlineState {
  if (a.status === 'cancelled') return 'cancelled';
  if (a.status === 'done')
    return (a.completedOn ?? a.periodDue) <= a.periodDue ? 'done_on_time' : 'done_late';
  if (a.periodDue < today) return 'overdue';
  return a.periodDue <= soon ? 'due_soon' : 'pending';
}

export function presentAssignment(ctx: Ctx, a: tasksRepo.AssignmentView): TaskAssignment {
  const unit = { id: a.unitId, path: a.unitPath };
  const open = a.taskStatus === 'assigned' && a.status !== 'cancelled';
  const write = open && can(ctx.actor, 'plans:unit-write', unit);
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
    can: { update: write, attach: write && can(ctx.actor, 'files:write', unit) },
  };
}

export async function myTasks(ctx: Ctx, q: MyTasksQuery): Promise<MyTasks> {
  const actor = requireActor(ctx.actor);
  const t = today(ctx);
  const unitId = q.unitId ?? activeAssignment(actor)?.unitId;
  if (!unitId) throw NotFound('Đơn vị');
  // The unit's scope check rides along with the counts (one round trip); the page is only returned
  // when the unit is in the actor's scope.
  const { unit, rows, total, counts } = await tasksRepo.myAssignments(
    ctx.db,
    unitId,
    readScopes(ctx),
    {
      state: q.state,
      planId: q.planId,
      from: q.from,
      to: q.to,
      q: q.q?.trim() || undefined,
      today: t,
      soon: addDays(t, DUE_SOON_DAYS),
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  if (!unit) throw NotFound('Đơn vị');
  return {
    unit,
    counts,
    items: rows.map((a) => presentAssignment(ctx, a)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** An assignment of a unit in the actor's read scope; otherwise 404. */
export async function visibleAssignment(ctx: Ctx, id: number) {
  const a = await tasksRepo.getAssignment(ctx.db, id);
  if (!a || !inScope(readScopes(ctx), { id: a.unitId, path: a.unitPath }))
    throw NotFound('Nhiệm vụ được giao');
  return a;
}

export async function getAssignment(ctx: Ctx, id: number): Promise<TaskAssignmentDetail> {
  const a = await visibleAssignment(ctx, id);
  const lead = a.leadUnitId ? (await unitRefs(ctx, [a.leadUnitId])).get(a.leadUnitId) : undefined;
  const docs = await docRefMap(ctx, a.guidingDocumentIds);
  const history = await auditHistory(ctx.db, 'task_assignment', String(a.id));
  return {
    ...presentAssignment(ctx, a),
    taskDescription: a.taskDescription,
    leadUnit: lead ?? null,
    guidingDocuments: a.guidingDocumentIds
      .map((i) => docs.get(i))
      .filter((d): d is NonNullable<typeof d> => Boolean(d)),
    history: history.map((h) => ({
      at: h.at.toISOString(),
      actorName: h.actorName,
      action: h.action,
      after: h.after,
    })),
  };
}

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
    await tasksRepo.lockAssignment(tx, id);
    return updateAssignmentLocked(c, id, input);
  });
}

async function updateAssignmentLocked(ctx: Ctx, id: number, input: UpdateTaskAssignment) {
  const before = await visibleAssignment(ctx, id);
  if (!can(ctx.actor, 'plans:unit-write', { id: before.unitId, path: before.unitPath })) throw Forbidden();
  if (before.taskStatus !== 'assigned' || before.status === 'cancelled')
    throw Err.state_invalid('Nhiệm vụ đã bị hủy, không thể cập nhật.');
  const t = today(ctx);

  let status = input.status ?? before.status;
  // progress reported on a task not started yet means the work has started
  if (!input.status && status === 'not_started' && (input.progress ?? 0) > 0) status = 'in_progress';
  if (!TRANSITIONS[before.status]?.includes(status))
    throw Err.state_invalid(`Không thể chuyển từ "${ASSIGNMENT_STATUS_LABELS[before.status as AssignmentStatus].vi}" sang "${ASSIGNMENT_STATUS_LABELS[status as AssignmentStatus].vi}".`);
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
    await tasksRepo.updateAssignment(tx, id, {
      status,
      progress,
      note,
      completedOn,
      updatedBy: c.actor?.system ? null : c.actor?.userId,
      updatedAt: c.clock.now(),
    });
    const after = (await tasksRepo.getAssignment(tx, id))!;
    const pick = (a: tasksRepo.AssignmentView) => ({
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

export async function exportMyTasks(ctx: Ctx, q: Omit<MyTasksQuery, 'page' | 'pageSize'>) {
  const res = await myTasks(ctx, { ...q, page: 1, pageSize: 10_000 } as MyTasksQuery);
  const d = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  return renderXlsx([
    {
      name: 'Nhiệm vụ',
      title: `NHIỆM VỤ CỦA ĐƠN VỊ: ${res.unit.name.toLocaleUpperCase('vi-VN')}`,
      columns: [
        { header: 'STT', key: 'stt', width: 6 },
        { header: 'Mã', key: 'code', width: 10 },
        { header: 'Nhiệm vụ', key: 'title', width: 60 },
        { header: 'Kế hoạch', key: 'plan', width: 40 },
        { header: 'Kỳ', key: 'period', width: 18 },
        { header: 'Hạn', key: 'due', width: 12, numFmt: 'dd/mm/yyyy' },
        { header: 'Trạng thái', key: 'status', width: 18 },
        { header: 'Tình trạng hạn', key: 'deadline', width: 20 },
        { header: 'Tiến độ (%)', key: 'progress', width: 12 },
        { header: 'Ngày hoàn thành', key: 'completedOn', width: 14, numFmt: 'dd/mm/yyyy' },
        { header: 'Ghi chú', key: 'note', width: 50 },
        { header: 'Số tệp minh chứng', key: 'files', width: 12 },
      ],
      rows: res.items.map((a, i) => ({
        stt: i + 1,
        code: a.taskCode,
        title: a.taskTitle,
        plan: `${a.planNumberSymbol} ${a.planTitle}`.trim(),
        period: a.periodLabel,
        due: d(a.periodDue),
        status: ASSIGNMENT_STATUS_LABELS[a.status].vi,
        deadline: DEADLINE_STATE_LABELS[a.deadline].vi,
        progress: a.progress,
        completedOn: d(a.completedOn),
        note: a.note,
        files: a.fileCount,
      })),
    },
  ]);
}
