import type { ReportPeriodKind } from '@danvan/contracts';
import { CUTOFF_AFTER_END, UNIT_KIND_CODES } from '@danvan/contracts';
import { REPORT_PERIOD_KIND_NAMES_VI } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';

const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];

export function defaultPeriodName(kind: ReportPeriodKind, year: number, quarter?: number | null): string {
  switch (kind) {
    case 'six_month':
      return `Báo cáo 6 tháng đầu năm ${year}`;
    case 'nine_month':
      return `Báo cáo 9 tháng năm ${year}`;
    case 'annual':
      return `Báo cáo năm ${year}`;
    case 'quarterly':
      return `Báo cáo quý ${QUARTER_NAMES[(quarter ?? 1) - 1]} năm ${year}`;
    default:
      return `${REPORT_PERIOD_KIND_NAMES_VI[kind]} năm ${year}`;
  }
}

/** The period's dates and deadlines hang together; every problem at once. */
export function checkDates(
  v: { fromDate: string; toDate: string; cutoffDate: string },
  deadlines: { level: string; deadline: string }[],
) {
  const issues: { path: string; message: string }[] = [];
  if (v.fromDate > v.toDate)
    issues.push({ path: 'toDate', message: 'Ngày kết thúc kỳ phải sau ngày bắt đầu.' });
  if (v.cutoffDate < v.fromDate)
    issues.push({ path: 'cutoffDate', message: 'Ngày chốt số liệu phải sau ngày bắt đầu kỳ.' });
  // the contract's CreatePeriod refuses it when both dates are sent; this holds for defaulted end
  // dates and for UpdatePeriod, which changes the cut-off of a period whose end is stored
  if (v.cutoffDate > v.toDate) issues.push({ path: 'cutoffDate', message: `${CUTOFF_AFTER_END}.` });
  const levels = deadlines.map((d) => d.level);
  if (new Set(levels).size !== levels.length)
    issues.push({ path: 'deadlines', message: 'Mỗi cấp chỉ có một hạn nộp.' });
  const unit = deadlines.find((d) => d.level === 'unit')?.deadline;
  const prov = deadlines.find((d) => d.level === 'province')?.deadline;
  if (unit && prov && unit > prov)
    issues.push({ path: 'deadlines', message: 'Hạn đơn vị nộp về tỉnh phải trước hạn tỉnh gửi Bộ.' });
  for (const d of deadlines)
    if (d.deadline < v.fromDate)
      issues.push({ path: 'deadlines', message: 'Hạn nộp không được trước ngày bắt đầu kỳ.' });
  if (issues.length) throw Invalid(issues.map((i) => i.message).join(' '), issues);
}

/** At least one required group or kind, each of them known. */
export async function checkRequired(ctx: Ctx, groups: string[], kinds: string[]) {
  if (!groups.length && !kinds.length)
    throw Invalid('Chọn ít nhất một nhóm hoặc loại đơn vị phải báo cáo.', [
      { path: 'requiredGroups', message: 'Chọn nhóm hoặc loại đơn vị' },
    ]);
  const known = new Set((await org.listGroups(ctx)).map((g) => g.code));
  const badGroups = groups.filter((g) => !known.has(g));
  const badKinds = kinds.filter((k) => !(UNIT_KIND_CODES as readonly string[]).includes(k));
  if (badGroups.length || badKinds.length)
    throw Invalid(`Nhóm hoặc loại đơn vị không tồn tại: ${[...badGroups, ...badKinds].join(', ')}`);
}
