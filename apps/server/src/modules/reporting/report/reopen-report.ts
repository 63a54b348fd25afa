import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import type { ReportRow } from './report.repository.ts';
import { recordEvent, withReport, writeReport } from './load-report.ts';
import { authorizeReport, reportRecord } from './report.policy.ts';
import { presentAfter } from './report.present.ts';
import { notifyReport, UNIT_ROLES } from './report.notify.ts';

/** A higher level reopens an accepted report, with a reason; it goes back to the unit as returned. */
export async function reopenReport(ctx: Ctx, id: number, input: { reason: string }) {
  const done = await withReport(ctx, id, async (tx, c, l) => {
    authorizeReport(c, 'reopen', reportRecord(l));
    const patch: Partial<ReportRow> = {
      status: 'returned',
      acceptedAt: null,
      acceptedBy: null,
      reviewComments: { general: input.reason, sections: {} },
    };
    const version = await writeReport(tx, l, patch);
    await recordEvent(tx, c, id, {
      action: 'reopen',
      from: 'accepted',
      to: 'returned',
      comment: input.reason,
    });
    await audit(tx, c, {
      entity: 'report',
      entityId: id,
      unitId: l.report.r.unitId,
      action: 'reopen',
      before: { status: 'accepted' },
      after: { status: 'returned', reason: input.reason },
    });
    await notifyReport(
      tx,
      c,
      l.report.r.unitId,
      UNIT_ROLES,
      {
        code: 'reporting.reopened',
        params: { period: l.period.p.name, reason: input.reason },
        title: `${l.period.p.name} được mở lại để bổ sung`,
        body: input.reason,
      },
      id,
      `reporting:${id}:reopened:${l.report.r.version}`,
    );
    return { l, patch, version };
  });
  return presentAfter(ctx, done);
}
