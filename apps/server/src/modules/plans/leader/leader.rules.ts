/** Rules on a leader-in-charge record: which units must have one, and its dates. */
import { Invalid } from '../../../core/errors.ts';

export { LEADER_REQUIRED_KINDS } from '@danvan/domain';

export function checkLeaderDates(
  v: { fromDate: string; toDate?: string | null; decisionDate: string },
  t: string,
) {
  const errors: { path: string; message: string }[] = [];
  if (v.decisionDate > t)
    errors.push({ path: 'decisionDate', message: 'Ngày văn bản phân công không được sau ngày hôm nay' });
  if (v.fromDate < v.decisionDate)
    errors.push({
      path: 'fromDate',
      message: 'Ngày bắt đầu phụ trách không được trước ngày văn bản phân công',
    });
  if (v.toDate && v.toDate < v.fromDate)
    errors.push({ path: 'toDate', message: 'Ngày kết thúc không được trước ngày bắt đầu' });
  if (errors.length) throw Invalid(errors.map((e) => e.message).join('; ') + '.', errors);
}
