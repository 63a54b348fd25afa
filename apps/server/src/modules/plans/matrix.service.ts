/**
 * The coordinator's tasks × units matrix of a plan: units (paged, filtered, in the actor's scope) by
 * tasks, each cell the unit's current occurrence of the task; and its export.
 */
import type { Matrix, MatrixQuery, TaskRecurrence } from '@danvan/contracts';
import { addDays } from '@danvan/domain';
import { ASSIGNMENT_STATUS_LABELS, DEADLINE_STATE_LABELS, type AssignmentStatus } from '@danvan/contracts';
import { today, type Ctx } from '../../core/context.ts';
import { renderXlsx, type XlsxColumn } from '../../core/documents/xlsx.ts';
import * as tasksRepo from './tasks.repository.ts';
import { readScopes } from './plans.access.ts';
import { visiblePlan } from './plans.service.ts';
import { deadlineQuick, DUE_SOON_DAYS } from './assignments.service.ts';
import { taskSummaries } from './tasks.service.ts';

export async function matrix(ctx: Ctx, planId: number, q: MatrixQuery): Promise<Matrix> {
  const plan = await visiblePlan(ctx, planId);
  const t = today(ctx);
  const scopes = readScopes(ctx);
  const unitFilter = { group: q.group, kind: q.kind, q: q.q?.trim() || undefined, state: q.state, today: t };
  const allTasks = !q.sectionNumber && !q.taskId;
  const page = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
  const loadingTasks = tasksRepo.listTasks(ctx.db, plan.id, {
    sectionNumber: q.sectionNumber,
    taskId: q.taskId,
  });
  // Independent reads run side by side: the units of the whole plan do not wait for its tasks, the
  // cells and the totals do not wait for each other.
  const unitsOf = (taskIds: number[] | null) =>
    tasksRepo.matrixUnits(ctx.db, plan.id, taskIds, scopes, unitFilter, page);
  const plain = allTasks && !q.state;
  const [tasks, earlyUnits] = await Promise.all([loadingTasks, plain ? unitsOf(null) : null]);
  const taskIds = tasks.map((x) => x.id);
  const units = !taskIds.length ? { rows: [], total: 0 } : (earlyUnits ?? (await unitsOf(taskIds)));
  const [cells, summaries] = await Promise.all([
    tasksRepo.matrixCells(
      ctx.db,
      taskIds,
      units.rows.map((u) => u.id),
      t,
    ),
    q.withTotals ? taskSummaries(ctx, taskIds, { id: plan.unitId, path: plan.unitPath }, unitFilter) : null,
  ]);
  const soon = addDays(t, DUE_SOON_DAYS);
  const byUnit = new Map<number, Matrix['units'][number]['cells']>();
  for (const c of cells) {
    const m = byUnit.get(c.unitId) ?? {};
    m[String(c.taskId)] = {
      assignmentId: c.assignmentId,
      status: c.status as AssignmentStatus,
      deadline: deadlineQuick(c, t, soon),
      progress: c.progress,
      periodDue: c.periodDue,
      total: c.total,
      done: c.done,
      overdue: c.overdue,
    };
    byUnit.set(c.unitId, m);
  }
  return {
    planId: plan.id,
    today: t,
    tasks: tasks.map((x) => ({
      id: x.id,
      code: x.code,
      sectionNumber: x.sectionNumber,
      title: x.title,
      recurrence: x.recurrence as TaskRecurrence,
      dueDate: x.dueDate,
      summary: summaries ? (summaries.get(x.id) ?? { total: 0, done: 0, inProgress: 0, overdue: 0 }) : null,
    })),
    units: units.rows.map((u) => ({ ...u, cells: byUnit.get(u.id) ?? {} })),
    totalUnits: units.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function exportMatrix(ctx: Ctx, planId: number, q: Omit<MatrixQuery, 'page' | 'pageSize'>) {
  const plan = await visiblePlan(ctx, planId);
  const all: Matrix['units'] = [];
  let first: Matrix | null = null;
  for (let page = 1; ; page++) {
    const m = await matrix(ctx, plan.id, {
      ...q,
      page,
      pageSize: 200,
      withTotals: page === 1,
    } as MatrixQuery);
    first ??= m;
    all.push(...m.units);
    if (all.length >= m.totalUnits || !m.units.length) break;
  }
  const tasks = first?.tasks ?? [];
  const columns: XlsxColumn[] = [
    { header: 'STT', key: 'stt', width: 6 },
    { header: 'Mã đơn vị', key: 'code', width: 16 },
    { header: 'Đơn vị', key: 'name', width: 36 },
    ...tasks.map((x) => ({ header: `${x.code ? x.code + '. ' : ''}${x.title}`, key: `t${x.id}`, width: 22 })),
    { header: 'Số nhiệm vụ hoàn thành', key: 'done', width: 14 },
    { header: 'Số nhiệm vụ quá hạn', key: 'overdue', width: 14 },
  ];
  const cellText = (c: Matrix['units'][number]['cells'][string] | undefined) => {
    if (!c) return '';
    const base =
      c.status === 'done'
        ? DEADLINE_STATE_LABELS[c.deadline].vi
        : `${ASSIGNMENT_STATUS_LABELS[c.status].vi} ${c.progress}%`;
    const late = c.deadline === 'overdue' ? ' (quá hạn)' : '';
    return c.total > 1 ? `${base}${late}; ${c.done}/${c.total} kỳ` : `${base}${late}`;
  };
  return renderXlsx([
    {
      name: 'Ma trận nhiệm vụ',
      title: `TÌNH HÌNH THỰC HIỆN NHIỆM VỤ: ${plan.numberSymbol ? `KẾ HOẠCH SỐ ${plan.numberSymbol} ` : ''}${plan.title.toLocaleUpperCase('vi-VN')}`,
      columns,
      rows: all.map((u, i) => {
        const row: Record<string, string | number> = { stt: i + 1, code: u.code, name: u.name };
        let done = 0;
        let overdue = 0;
        for (const x of tasks) {
          const c = u.cells[String(x.id)];
          row[`t${x.id}`] = cellText(c);
          if (c?.status === 'done') done++;
          if (c && c.overdue > 0) overdue++;
        }
        row.done = done;
        row.overdue = overdue;
        return row;
      }),
    },
    {
      name: 'Tổng hợp theo nhiệm vụ',
      columns: [
        { header: 'Mã', key: 'code', width: 10 },
        { header: 'Nhiệm vụ', key: 'title', width: 60 },
        { header: 'Số lượt giao', key: 'total', width: 12 },
        { header: 'Hoàn thành', key: 'done', width: 12 },
        { header: 'Đang thực hiện', key: 'inProgress', width: 14 },
        { header: 'Quá hạn', key: 'overdue', width: 12 },
      ],
      rows: tasks.map((x) => ({ code: x.code, title: x.title, ...(x.summary ?? {}) })),
    },
  ]);
}
