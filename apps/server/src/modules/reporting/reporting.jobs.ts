import { diffDays, isSent } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { notifyUnit } from '../notifications/index.ts';
import * as periods from './period/period.repository.ts';
import * as reports from './report/report.repository.ts';
import { lateUnits, UNIT_ROLES, vnDate } from './shared/late-units.ts';
const done = isSent;

/**
 * The daily reminder sweep: before each deadline (from remindDaysBefore days) the units that have not
 * sent their report are reminded once; the day after it passes they are told it is overdue, and the
 * coordinators of the period's root get the count of missing units. Same for the province's own report.
 * Each message has a dedupe key, so a sweep that runs again sends nothing twice.
 */
export async function sendReminders(ctx: Ctx, today: string) {
  let dueSoon = 0;
  let overdue = 0;
  for (const { p, d, rootPath, rootName } of await periods.openPeriodsWithDeadlines(ctx.db)) {
    const left = diffDays(d.deadline, today);
    if (left > d.remindDaysBefore) continue;
    const link = `/bao-cao/ky/${p.id}`;
    if (d.level === 'unit') {
      const view = { p, rootUnitPath: rootPath, rootUnitName: rootName } as periods.PeriodView;
      const missing = await lateUnits(ctx, view);
      for (const u of missing) {
        if (left >= 0) {
          dueSoon += await notifyUnit(ctx.db, ctx, u.id, UNIT_ROLES, {
            kind: 'reporting.due',
            code: left === 0 ? 'reporting.due_today' : 'reporting.due',
            params: { period: p.name.toLowerCase(), root: rootName, deadline: d.deadline, left },
            title: `Sắp đến hạn nộp ${p.name.toLowerCase()}`,
            body: `Hạn gửi báo cáo về ${rootName} là ngày ${vnDate(d.deadline)}${left === 0 ? ' (hôm nay)' : ` (còn ${left} ngày)`}.`,
            link,
            dedupeKey: `reporting:${p.id}:${u.id}:due`,
          });
        } else {
          overdue += await notifyUnit(ctx.db, ctx, u.id, UNIT_ROLES, {
            kind: 'reporting.overdue',
            params: { period: p.name.toLowerCase(), deadline: d.deadline },
            title: `Quá hạn nộp ${p.name.toLowerCase()}`,
            body: `Đã quá hạn ngày ${vnDate(d.deadline)} mà đơn vị chưa gửi báo cáo.`,
            link,
            dedupeKey: `reporting:${p.id}:${u.id}:overdue`,
          });
        }
      }
      if (left < 0 && missing.length)
        await notifyUnit(ctx.db, ctx, p.rootUnitId, ['coordinator'], {
          kind: 'reporting.overdue',
          code: 'reporting.overdue_summary',
          params: { count: missing.length, period: p.name.toLowerCase(), deadline: d.deadline },
          title: `${missing.length} đơn vị chưa nộp ${p.name.toLowerCase()}`,
          body: `Hạn ${vnDate(d.deadline)} đã qua. Xem danh sách đơn vị chưa nộp trên bảng theo dõi kỳ báo cáo.`,
          link,
          dedupeKey: `reporting:${p.id}:overdue-summary`,
        });
    } else {
      const report = await reports.findReport(ctx.db, p.id, p.rootUnitId, 'province');
      if (done(report?.status)) continue;
      const n = await notifyUnit(ctx.db, ctx, p.rootUnitId, ['coordinator'], {
        kind: left >= 0 ? 'reporting.due' : 'reporting.overdue',
        code: left >= 0 ? 'reporting.province_due' : 'reporting.province_overdue',
        params: { period: p.name.toLowerCase(), deadline: d.deadline },
        title:
          left >= 0
            ? `Sắp đến hạn gửi ${p.name.toLowerCase()} của tỉnh lên Bộ`
            : `Quá hạn gửi ${p.name.toLowerCase()} của tỉnh lên Bộ`,
        body: `Hạn gửi Bộ Nội vụ: ngày ${vnDate(d.deadline)}.`,
        link,
        dedupeKey: `reporting:${p.id}:province:${left >= 0 ? 'due' : 'overdue'}`,
      });
      if (left >= 0) dueSoon += n;
      else overdue += n;
    }
  }
  return { dueSoon, overdue };
}
