import type { TemplateDetail } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { inTx } from '../../../core/audit.ts';
import { Conflict, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './report.repository.ts';
import * as periods from '../period/period.repository.ts';
import { templateDetail } from '../template/read-template.ts';
import { canReport } from './report.policy.ts';
import { keepStoredParts } from '../rollup/rollup.repository.ts';

export interface Loaded {
  report: repo.ReportView;
  period: periods.PeriodView;
  deadlines: periods.DeadlineRow[];
  template: TemplateDetail;
  values: repo.ValueRow[];
}

/**
 * Loads a report the actor may read (the report policy's 'read'); anything else is 404. With `lock`
 * (inside a transaction) the report row is locked FOR UPDATE and its period FOR SHARE until commit,
 * so what a verb checks is still true when it writes.
 */
export async function loadReport(
  ctx: Ctx,
  id: number,
  db: Db = ctx.db,
  opts: { lock?: boolean } = {},
): Promise<Loaded> {
  const actor = requireActor(ctx.actor);
  const report = await repo.getReport(db, id, opts.lock);
  // reading depends on the report's unit only
  const unit = { id: report?.r.unitId ?? 0, path: report?.unitPath ?? '' };
  if (!report || !canReport(actor, 'read', { unit, status: report.r.status, periodOpen: true }))
    throw NotFound('Báo cáo');
  // one after the other: `db` may be a transaction, which is one connection (no parallel queries)
  const period = (await periods.getPeriod(db, report.r.periodId, null, opts.lock ? 'share' : undefined))!;
  const deadlines = await periods.periodDeadlines(db, [report.r.periodId]);
  const template = await templateDetail({ ...ctx, db }, report.templateId, { versions: false });
  const values = await repo.reportValues(db, id);
  return { report, period, deadlines, template, values };
}

/**
 * The shape of every read-check-write verb on a report: one transaction that loads the report with
 * its row locked, runs the checks on what it read there, and writes (writeReport) at that version.
 * Before it commits, the stored roll-up parts that count the report are brought up to date in the
 * same transaction (keepStoredParts), so a roll-up read after the verb finds them fresh.
 */
export function withReport<T>(
  ctx: Ctx,
  id: number,
  fn: (tx: Db, c: Ctx, l: Loaded) => Promise<T>,
): Promise<T> {
  return inTx(ctx, async (tx, c) => {
    const l = await loadReport(c, id, tx, { lock: true });
    const out = await fn(tx, c, l);
    await keepStoredParts(tx, { reportId: id, before: l.report.r.status, asOf: today(c) });
    return out;
  });
}

export const staleReport = () =>
  Conflict('Báo cáo vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

/** 409 when the client edited an older version than the one loaded. */
export function assertVersion(l: Loaded, expected?: number) {
  if (expected !== undefined && expected !== l.report.r.version) throw staleReport();
}

/**
 * Writes the report row only if it is still at the version the verb loaded (and bumps the version);
 * 409 when someone else changed it first. Returns the new version.
 */
export async function writeReport(tx: Db, l: Loaded, patch: Partial<repo.ReportRow>): Promise<number> {
  const v = await repo.updateReport(tx, l.report.r.id, l.report.r.version, patch);
  if (v === null) throw staleReport();
  return v;
}

/** One line of the report's history, written in the verb's transaction. */
export async function recordEvent(
  tx: Db,
  ctx: Ctx,
  reportId: number,
  e: {
    action: string;
    from?: string | null;
    to?: string | null;
    comment?: string | null;
    sectionComments?: Record<string, string> | null;
  },
) {
  await repo.insertEvent(tx, {
    reportId,
    at: ctx.clock.now(),
    actorId: ctx.actor && !ctx.actor.system ? ctx.actor.userId : null,
    actorName: ctx.actor?.fullName ?? 'Hệ thống',
    action: e.action,
    fromStatus: e.from ?? null,
    toStatus: e.to ?? null,
    comment: e.comment ?? null,
    sectionComments: e.sectionComments ?? null,
  });
}
