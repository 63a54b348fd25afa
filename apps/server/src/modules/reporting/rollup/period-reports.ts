import type { z } from 'zod';
import type { Paged, PeriodReportsQuery, ReportRef, ReportStatus } from '@danvan/contracts';
import { isSent, timeliness, todayInVietnam, vietnamEpochDay, type Timeliness } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import * as repo from './rollup.repository.ts';
import type { ReportStatusRow } from './rollup.repository.ts';
import type { DeadlineRow, ExpectedUnit, PeriodView } from '../period/period.repository.ts';
import { deadlineOf } from '../period/period.present.ts';
import { expectedFor, resolvePeriodUnit, visiblePeriod } from '../period/read-period.ts';
import { canOpenReport, reportReadScopes } from '../report/report.policy.ts';

type Bucket = NonNullable<z.infer<typeof PeriodReportsQuery>['deadline']>;

/**
 * Where a unit's report stands against the unit deadline, as the dashboard counts it (and the web's
 * submission.ts `bucketOf`): "in" once submitted or accepted, on time or late by its first submission;
 * one sent back or reopened after it was submitted is "other".
 */
function bucketOf(r: Pick<ReportRef, 'status' | 'timeliness'>): Bucket {
  const isIn = r.status === 'submitted' || r.status === 'accepted';
  if (isIn && (r.timeliness === 'on_time' || r.timeliness === 'late')) return r.timeliness;
  if (!isIn && (r.timeliness === 'missing' || r.timeliness === 'not_due')) return r.timeliness;
  return 'other';
}

const byText = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'vi');

/**
 * GET /periods/:id/reports: the expected units under a unit, a page at a time (a national period
 * holds thousands), filtered by status, group and where the report stands against the deadline;
 * each row carries its own `can.open`, so the list has no `can`.
 */
export async function listPeriodReports(
  ctx: Ctx,
  periodId: number,
  q: z.infer<typeof PeriodReportsQuery>,
): Promise<Paged<ReportRef>> {
  let list = await periodReports(ctx, periodId, q);
  if (q.deadline) list = list.filter((r) => bucketOf(r) === q.deadline);
  if (q.sort) {
    const dir = q.sort.startsWith('-') ? -1 : 1;
    const key = q.sort.replace(/^-/, '');
    list = [...list].sort(
      (a, b) =>
        dir * (key === 'submitted' ? byText(a.submittedAt, b.submittedAt) : byText(a.unitName, b.unitName)),
    );
  }
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  const start = (page - 1) * pageSize;
  return { items: list.slice(start, start + pageSize), total: list.length, page, pageSize };
}

/** An expected unit with its report (if any) and where it stands against the unit deadline. */
export interface Standing {
  unit: ExpectedUnit;
  report: ReportStatusRow | undefined;
  timeliness: Timeliness;
}

/**
 * Each expected unit under a unit (in the actor's scope) with its report and where it stands, in the
 * order of the tree, for a period the caller has already resolved (visiblePeriod, resolvePeriodUnit).
 * Only the subtree's reports are read, and only the columns shown.
 */
export async function periodStandings(
  ctx: Ctx,
  period: PeriodView,
  deadlines: DeadlineRow[],
  unit: { path: string },
): Promise<Standing[]> {
  // one after the other: on a transaction's connection (the compilation) queries never overlap
  const expected = await expectedFor(ctx, period, { path: unit.path }, reportReadScopes(ctx.actor));
  const list = await repo.subtreeReportStatuses(ctx.db, { periodId: period.p.id, unitPath: unit.path });
  const byUnit = new Map(list.map((r) => [r.unitId, r]));
  const deadline = deadlineOf(deadlines, 'unit');
  const t = today(ctx);
  // a nation's thousands of reports fall on a few dozen days (of Vietnam, whole days since the
  // epoch): each day's standing is worked out once
  const byDay = new Map<number, Timeliness>();
  const unsent: Timeliness = deadline ? timeliness({ deadline, submittedAt: null, today: t }) : 'not_due';
  const standingOf = (r: ReportStatusRow | undefined): Timeliness => {
    if (!r || !isSent(r.status) || !r.firstSubmittedAt) return unsent;
    const at = r.firstSubmittedAt.getTime();
    const day = vietnamEpochDay(at);
    let v = byDay.get(day);
    if (v === undefined) {
      v = deadline
        ? timeliness({ deadline, submittedAt: todayInVietnam(new Date(at)), today: t })
        : 'not_due';
      byDay.set(day, v);
    }
    return v;
  };
  return expected.map((u) => {
    const report = byUnit.get(u.id);
    return { unit: u, report, timeliness: standingOf(report) };
  });
}

/**
 * Each expected unit under a unit (in the actor's scope) with its report's status and timeliness, in
 * the order of the tree. Only the subtree's reports are read, and only the columns shown.
 */
export async function periodReports(
  ctx: Ctx,
  periodId: number,
  q: { unitId?: number; status?: string; group?: string },
): Promise<ReportRef[]> {
  const { row: period, deadlines } = await visiblePeriod(ctx, periodId);
  const unit = await resolvePeriodUnit(ctx, period, q.unitId);
  const periodOpen = period.p.status === 'open';
  const out: ReportRef[] = (await periodStandings(ctx, period, deadlines, unit)).map(
    ({ unit: u, report: r, timeliness }) => ({
      unitId: u.id,
      unitName: u.name,
      unitCode: u.code,
      unitKind: u.kind,
      groups: u.groups,
      reportId: r?.id ?? null,
      status: (r?.status as ReportStatus) ?? 'not_started',
      submittedAt: r?.submittedAt?.toISOString() ?? null,
      acceptedAt: r?.acceptedAt?.toISOString() ?? null,
      timeliness,
      can: { open: canOpenReport(ctx.actor, { unit: u, exists: !!r, periodOpen }) },
    }),
  );
  return out.filter((x) => {
    if (q.group && !x.groups.includes(q.group)) return false;
    if (!q.status) return true;
    if (q.status === 'missing' || q.status === 'late') return x.timeliness === q.status;
    return x.status === q.status;
  });
}
