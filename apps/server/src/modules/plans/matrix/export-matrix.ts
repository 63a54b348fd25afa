/** The tasks × units matrix of a plan as .xlsx: every page of units, and the per-task totals. */
import type { Matrix, MatrixQuery } from '@danvan/contracts';
import { ASSIGNMENT_STATUS_LABELS, DEADLINE_STATE_LABELS } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { renderXlsx, type XlsxColumn } from '../../../core/documents/xlsx.ts';
import { loadPlan } from '../plan/read-plan.ts';
import { matrix } from './read-matrix.ts';

export async function exportMatrix(ctx: Ctx, planId: number, q: Omit<MatrixQuery, 'page' | 'pageSize'>) {
  const plan = await loadPlan(ctx, planId);
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
