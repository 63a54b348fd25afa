import { blockingChecks } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import type { Db } from '../../../db/client.ts';
import type { ReportRow } from './report.repository.ts';
import { assertVersion, recordEvent, withReport, writeReport, type Loaded } from './load-report.ts';
import { authorizeReport, reportRecord } from './report.policy.ts';
import { checkReport } from './report.values.ts';
import { presentAfter } from './report.present.ts';
import { notifyReport, reviewerUnitId } from './report.notify.ts';

/** Submits (or resubmits) a report: blocking rules must hold. Only the unit head (reporting:submit). */
export async function submitReport(
  ctx: Ctx,
  id: number,
  input: { comment?: string; expectedVersion?: number },
) {
  const done = await withReport(ctx, id, (tx, c, l) => submitLoaded(tx, c, l, input));
  return presentAfter(ctx, done);
}

async function submitLoaded(
  tx: Db,
  ctx: Ctx,
  l: Loaded,
  input: { comment?: string; expectedVersion?: number },
) {
  const id = l.report.r.id;
  authorizeReport(ctx, 'submit', reportRecord(l));
  assertVersion(l, input.expectedVersion);
  const errors = blockingChecks(checkReport(l.template, l.values));
  if (errors.length)
    throw Err.rule_violation(`Báo cáo chưa thể gửi: ${errors.length} lỗi số liệu cần sửa.`, {
      params: { count: errors.length },
      errors: errors.map((e) => ({ path: e.code, message: e.message })),
    });
  const resubmit = l.report.r.status === 'returned';
  const reviewer = await reviewerUnitId(ctx, l);
  const now = ctx.clock.now();
  const patch: Partial<ReportRow> = {
    status: 'submitted',
    submittedAt: now,
    submittedBy: ctx.actor?.system ? null : ctx.actor?.userId,
    firstSubmittedAt: l.report.r.firstSubmittedAt ?? now,
  };
  const version = await writeReport(tx, l, patch);
  await recordEvent(tx, ctx, id, {
    action: resubmit ? 'resubmit' : 'submit',
    from: l.report.r.status,
    to: 'submitted',
    comment: input.comment,
  });
  await audit(tx, ctx, {
    entity: 'report',
    entityId: id,
    unitId: l.report.r.unitId,
    action: resubmit ? 'resubmit' : 'submit',
    before: { status: l.report.r.status },
    after: { status: 'submitted' },
  });
  await notifyReport(
    tx,
    ctx,
    reviewer,
    ['coordinator'],
    {
      code: resubmit ? 'reporting.resubmitted' : 'reporting.submitted',
      params: { unit: l.report.unitName, period: l.period.p.name.toLowerCase() },
      title: `${l.report.unitName} ${resubmit ? 'gửi lại' : 'đã gửi'} ${l.period.p.name.toLowerCase()}`,
      body: 'Báo cáo đang chờ xem xét, tiếp nhận.',
    },
    id,
    `reporting:${id}:submitted:${l.report.r.version}`,
  );
  return { l, patch, version };
}
