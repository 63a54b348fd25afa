import type { Report, ReportStatus, ReportSynthesis } from '@danvan/contracts';
import { REPORT_STATUS_NAMES_VI } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { figureProviderKeys } from '../../../core/figures.ts';
import * as repo from './report.repository.ts';
import { deadlineOf, presentPeriod } from '../period/period.present.ts';
import { canReportFlags, reportRecord } from './report.policy.ts';
import { canPeriod, periodRecord } from '../period/period.policy.ts';
import { checkReport } from './report.values.ts';
import type { Loaded } from './load-report.ts';

export const STATUS_NAMES: Record<ReportStatus, string> = REPORT_STATUS_NAMES_VI;

export async function presentReport(ctx: Ctx, l: Loaded): Promise<Report> {
  const labels = new Map(figureProviderKeys().map((p) => [p.key, p.label]));
  labels.set('ratio', 'Tính từ tử số và mẫu số');
  labels.set('rollup', 'Tổng hợp từ báo cáo của các đơn vị');
  const events = await repo.reportEvents(ctx.db, l.report.r.id);
  const byId = new Map(l.template.indicators.map((i) => [i.id, i]));
  const r = l.report.r;
  return {
    id: r.id,
    periodId: r.periodId,
    period: presentPeriod(ctx, l.period, l.deadlines),
    unitId: r.unitId,
    unitName: l.report.unitName,
    unitCode: l.report.unitCode,
    level: r.level as Report['level'],
    status: r.status as ReportStatus,
    version: r.version,
    narratives: (r.narratives ?? {}) as Record<string, string>,
    reviewComments: (r.reviewComments as Report['reviewComments']) ?? null,
    values: l.values
      .filter((v) => byId.has(v.indicatorId))
      .map((v) => ({
        indicatorId: v.indicatorId,
        code: byId.get(v.indicatorId)!.code,
        value: v.value,
        source: v.source as Report['values'][number]['source'],
        computedValue: v.computedValue,
        origin: v.origin,
        originLabel: v.origin ? (labels.get(v.origin) ?? v.origin) : null,
        overrideReason: v.overrideReason,
      })),
    template: l.template,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    computedAt: r.computedAt?.toISOString() ?? null,
    deadline: deadlineOf(l.deadlines, r.level),
    violations: checkReport(l.template, l.values),
    history: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actorName: e.actorName,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      comment: e.comment,
      sectionComments: (e.sectionComments as Record<string, string>) ?? null,
    })),
    synthesis: r.level === 'province' ? ((r.synthesis as ReportSynthesis | null) ?? null) : null,
    can: {
      ...canReportFlags(ctx.actor, reportRecord(l)),
      compile:
        r.level === 'province' &&
        canPeriod(ctx.actor, 'compile', { ...periodRecord(l.period), provinceStatus: r.status }),
    },
  };
}

/** The report after a transition, from what was loaded and what the transaction wrote (no reload). */
export function presentAfter(ctx: Ctx, done: { l: Loaded; patch: Partial<repo.ReportRow>; version: number }) {
  const r = { ...done.l.report.r, ...done.patch, version: done.version } as repo.ReportRow;
  return presentReport(ctx, { ...done.l, report: { ...done.l.report, r } });
}
