import { registerDailyJob } from '../../core/jobs.ts';
import { registerFileOwner } from '../files/index.ts';
import * as reports from './report/report.repository.ts';
import * as periods from './period/period.repository.ts';
import { reportStateAllows } from './report/report.policy.ts';
import { sendReminders } from './reporting.jobs.ts';
import { registerReportingProposers } from './proposers/reporting-proposers.ts';

let done = false;
/** Reports take attachments (evidence) while they can be edited; a daily sweep sends deadline reminders. */
export function registerReportingHooks(): void {
  if (done) return;
  done = true;
  registerReportingProposers(); // scoring criteria answered from this module's records
  registerFileOwner('report', async (ctx, entityId) => {
    const id = Number(entityId);
    if (!Number.isInteger(id) || id <= 0) return null;
    const r = await reports.getReport(ctx.db, id);
    if (!r) return null;
    // the files module checks the actor's scope for these permissions at the report's unit
    const period = await periods.getPeriod(ctx.db, r.r.periodId, null);
    const unit = { id: r.r.unitId, path: r.unitPath };
    return {
      unitId: r.r.unitId,
      unitPath: r.unitPath,
      readPermission: 'reporting:read',
      writePermission: 'reporting:enter',
      writable: reportStateAllows('attach', {
        unit,
        status: r.r.status,
        periodOpen: period?.p.status === 'open',
      }),
    };
  });
  registerDailyJob('reporting.reminders', (ctx, today) => sendReminders(ctx, today));
}
