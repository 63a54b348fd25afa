/** A unit's assignments ("my tasks") as .xlsx. */
import type { MyTasksQuery } from '@danvan/contracts';
import { ASSIGNMENT_STATUS_LABELS, DEADLINE_STATE_LABELS } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { renderXlsx } from '../../../core/documents/xlsx.ts';
import { myTasks } from './read-assignment.ts';

export async function exportMyTasks(ctx: Ctx, q: Omit<MyTasksQuery, 'page' | 'pageSize'>) {
  const res = await myTasks(ctx, { ...q, page: 1, pageSize: 10_000 } as MyTasksQuery);
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
        { header: 'Hạn', key: 'due', width: 12, type: 'date' },
        { header: 'Trạng thái', key: 'status', width: 18 },
        { header: 'Tình trạng hạn', key: 'deadline', width: 20 },
        { header: 'Tiến độ (%)', key: 'progress', width: 12 },
        { header: 'Ngày hoàn thành', key: 'completedOn', width: 14, type: 'date' },
        { header: 'Ghi chú', key: 'note', width: 50 },
        { header: 'Số tệp minh chứng', key: 'files', width: 12 },
      ],
      rows: res.items.map((a, i) => ({
        stt: i + 1,
        code: a.taskCode,
        title: a.taskTitle,
        plan: `${a.planNumberSymbol} ${a.planTitle}`.trim(),
        period: a.periodLabel,
        due: a.periodDue,
        status: ASSIGNMENT_STATUS_LABELS[a.status].vi,
        deadline: DEADLINE_STATE_LABELS[a.deadline].vi,
        progress: a.progress,
        completedOn: a.completedOn,
        note: a.note,
        files: a.fileCount,
      })),
    },
  ]);
}
