import { sql } from 'drizzle-orm';
import { registerDailyJob } from '../../core/jobs.ts';
import { registerFileOwner } from '../files/index.ts';
import * as repo from './reporting.repository.ts';
import { sendReminders } from './reporting.reminders.ts';

let done = false;
/** Reports take attachments (evidence) while they can be edited; a daily sweep sends deadline reminders. */
export function registerReportingHooks(): void {
  if (done) return;
  done = true;
  registerFileOwner('report', async (ctx, entityId) => {
    const id = Number(entityId);
    if (!Number.isInteger(id) || id <= 0) return null;
    const r = await repo.getReport(ctx.db, id);
    if (!r) return null;
    const [period] = await repo.rows<{ status: string }>(
      ctx.db,
      sql`select status from reporting_periods where id = ${r.r.periodId}`,
    );
    return {
      unitId: r.r.unitId,
      unitPath: r.unitPath,
      readPermission: 'reports:read',
      writePermission: 'reports:enter',
      writable: period?.status === 'open' && (r.r.status === 'draft' || r.r.status === 'returned'),
    };
  });
  registerDailyJob('reporting.reminders', (ctx, today) => sendReminders(ctx, today));
}
