import type { ReportRef, ReportStatus } from '@danvan/contracts';
import { isSent, timeliness, todayInVietnam } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { wholeList } from '../../../core/page.ts';
import * as reports from '../report/report.repository.ts';
import { deadlineOf } from '../period/period.present.ts';
import { expectedFor, resolvePeriodUnit, visiblePeriod } from '../period/read-period.ts';
import { canOpenReport, reportReadScopes } from '../report/report.policy.ts';

const vnDate = (d: Date | null) => (d ? todayInVietnam(d) : null);

/**
 * GET /periods/:id/reports: the expected units under a unit, answered whole (the unit tab counts and
 * filters them itself); each row carries its own `can.open`, so the list has no `can`.
 */
export async function listPeriodReports(
  ctx: Ctx,
  periodId: number,
  q: { unitId?: number; status?: string; group?: string },
) {
  return wholeList(await periodReports(ctx, periodId, q));
}

/** Each expected unit under a unit (in the actor's scope) with its report's status and timeliness. */
export async function periodReports(
  ctx: Ctx,
  periodId: number,
  q: { unitId?: number; status?: string; group?: string },
): Promise<ReportRef[]> {
  const { row: period, deadlines } = await visiblePeriod(ctx, periodId);
  const unit = await resolvePeriodUnit(ctx, period, q.unitId);
  const [expected, list] = await Promise.all([
    expectedFor(ctx, period, { path: unit.path }, reportReadScopes(ctx.actor)),
    reports.periodReports(ctx.db, periodId),
  ]);
  const byUnit = new Map(list.map((r) => [r.unitId, r]));
  const deadline = deadlineOf(deadlines, 'unit');
  const t = today(ctx);
  const periodOpen = period.p.status === 'open';
  const out: ReportRef[] = expected.map((u) => {
    const r = byUnit.get(u.id);
    const submittedOn = r && isSent(r.status) ? vnDate(r.firstSubmittedAt) : null;
    return {
      unitId: u.id,
      unitName: u.name,
      unitCode: u.code,
      unitKind: u.kind,
      groups: u.groups,
      reportId: r?.id ?? null,
      status: (r?.status as ReportStatus) ?? 'not_started',
      submittedAt: r?.submittedAt?.toISOString() ?? null,
      acceptedAt: r?.acceptedAt?.toISOString() ?? null,
      timeliness: deadline ? timeliness({ deadline, submittedAt: submittedOn, today: t }) : 'not_due',
      can: { open: canOpenReport(ctx.actor, { unit: u, exists: !!r, periodOpen }) },
    };
  });
  return out.filter((x) => {
    if (q.group && !x.groups.includes(q.group)) return false;
    if (!q.status) return true;
    if (q.status === 'missing' || q.status === 'late') return x.timeliness === q.status;
    return x.status === q.status;
  });
}
