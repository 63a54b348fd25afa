import type { RemindLateUnitsResult } from '@danvan/contracts';
import { diffDays } from '@danvan/domain';
import { audit, inTx } from '../../../core/audit.ts';
import { today, type Ctx } from '../../../core/context.ts';
import { notifyUnit } from '../../notifications/index.ts';
import { lateUnits, UNIT_ROLES, vnDate } from '../shared/late-units.ts';
import { authorizePeriod, periodRecord } from './period.policy.ts';
import { deadlineOf } from './period.present.ts';
import { visiblePeriod } from './read-period.ts';

/**
 * The coordinator's one-click reminder: every unit that must report in the period and has not sent
 * its report (none, a draft, a returned one) gets a notification (and e-mail) to its head and focal
 * officer, with a link to its report, the deadline and whether it is overdue. The dedupe key holds
 * the Vietnamese day, so a second click the same day sends nothing new. Runs on the period held FOR
 * SHARE: a close waits for it, and no reminder goes out for a closed period.
 */
export async function remindLateUnits(ctx: Ctx, id: number): Promise<RemindLateUnitsResult> {
  return inTx(ctx, async (tx, c) => {
    const { row, deadlines } = await visiblePeriod(c, id, 'share');
    authorizePeriod(c, 'remind', periodRecord(row));
    const day = today(c);
    const deadline = deadlineOf(deadlines, 'unit');
    const overdue = deadline !== null && diffDays(deadline, day) < 0;
    const name = row.p.name.toLowerCase();
    const units: RemindLateUnitsResult['units'] = [];
    for (const u of await lateUnits(c, row)) {
      const body = !deadline
        ? `${row.rootUnitName} đề nghị đơn vị sớm gửi báo cáo.`
        : overdue
          ? `Đã quá hạn ngày ${vnDate(deadline)} mà đơn vị chưa gửi báo cáo về ${row.rootUnitName}. Đề nghị đơn vị gửi ngay.`
          : `Hạn gửi báo cáo về ${row.rootUnitName} là ngày ${vnDate(deadline)}. Đề nghị đơn vị gửi đúng hạn.`;
      const sent = await notifyUnit(tx, c, u.id, UNIT_ROLES, {
        kind: overdue ? 'reporting.overdue' : 'reporting.due',
        code: !deadline ? 'reporting.remind_asap' : overdue ? 'reporting.remind_overdue' : 'reporting.remind',
        params: { period: name, root: row.rootUnitName, deadline: deadline ?? '' },
        title: overdue ? `Nhắc nộp ${name} (đã quá hạn)` : `Nhắc nộp ${name}`,
        body,
        link: u.reportId ? `/bao-cao/${u.reportId}` : `/bao-cao/ky/${row.p.id}`,
        dedupeKey: `reporting:${row.p.id}:${u.id}:remind:${day}`,
      });
      if (sent) units.push({ id: u.id, name: u.name });
    }
    // Nothing sent (all sent already today, or nobody late): nothing happened, no audit row.
    if (units.length)
      await audit(tx, c, {
        entity: 'report_period',
        entityId: row.p.id,
        unitId: row.p.rootUnitId,
        action: 'remind',
        after: { units: units.length },
      });
    return { reminded: units.length, units };
  });
}
