import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import type { ReportRow } from './report.repository.ts';
import { recordEvent, withReport, writeReport } from './load-report.ts';
import { authorizeReport, reportRecord } from './report.policy.ts';
import { presentAfter } from './report.present.ts';
import { notifyReport, UNIT_ROLES } from './report.notify.ts';

/** Accepts a submitted report: it is locked from then on. */
export async function acceptReport(ctx: Ctx, id: number, input: { comment?: string }) {
  const done = await withReport(ctx, id, async (tx, c, l) => {
    authorizeReport(c, 'accept', reportRecord(l));
    const patch: Partial<ReportRow> = {
      status: 'accepted',
      acceptedAt: c.clock.now(),
      acceptedBy: c.actor?.system ? null : c.actor?.userId,
      reviewComments: null,
    };
    const version = await writeReport(tx, l, patch);
    await recordEvent(tx, c, id, {
      action: 'accept',
      from: 'submitted',
      to: 'accepted',
      comment: input.comment,
    });
    await audit(tx, c, {
      entity: 'report',
      entityId: id,
      unitId: l.report.r.unitId,
      action: 'accept',
      before: { status: 'submitted' },
      after: { status: 'accepted' },
    });
    await notifyReport(
      tx,
      c,
      l.report.r.unitId,
      UNIT_ROLES,
      {
        code: input.comment ? 'reporting.accepted' : 'reporting.accepted_plain',
        params: { period: l.period.p.name, comment: input.comment ?? '' },
        title: `${l.period.p.name} đã được tiếp nhận`,
        body: input.comment ?? '',
      },
      id,
      `reporting:${id}:accepted:${l.report.r.version}`,
    );
    return { l, patch, version };
  });
  return presentAfter(ctx, done);
}
