import type { Compilation, CompilationSection, ReportStatus } from '@danvan/contracts';
import { flattenSections, rollupStatuses, type SectionDef } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import * as repo from './rollup.repository.ts';
import * as reports from '../report/report.repository.ts';
import { templateDetail } from '../template/read-template.ts';
import { presentPeriod } from '../period/period.present.ts';
import { resolvePeriodUnit, visiblePeriod } from '../period/read-period.ts';
import { canPeriod, periodRecord } from '../period/period.policy.ts';
import { getRollup } from './read-rollup.ts';

/** A period whose root the actor reviews (reporting:review over the root), with that root; else 404. */
export async function rootForReview(ctx: Ctx, periodId: number) {
  const { row: period, deadlines } = await visiblePeriod(ctx, periodId);
  const root = await resolvePeriodUnit(ctx, period, period.p.rootUnitId, 'reporting:review');
  return { period, deadlines, root };
}

/**
 * The province's compilation: the rolled-up figures, and section by section the units' own texts as
 * source excerpts for the editor of the province's report; whether the actor may compile now.
 */
export async function getCompilation(
  ctx: Ctx,
  periodId: number,
  q: { includeSubmitted?: boolean },
): Promise<Compilation> {
  const { period, deadlines, root } = await rootForReview(ctx, periodId);
  const [rollup, narratives, tpl, report] = await Promise.all([
    getRollup(ctx, periodId, { unitId: root.id, includeSubmitted: q.includeSubmitted }),
    repo.subtreeNarratives(ctx.db, {
      periodId,
      unitPath: root.path,
      asOf: today(ctx),
      statuses: rollupStatuses(q.includeSubmitted),
    }),
    templateDetail(ctx, period.p.templateId),
    reports.findReport(ctx.db, periodId, root.id, 'province'),
  ]);
  const sections: CompilationSection[] = flattenSections(tpl.sections as SectionDef[]).map((s) => ({
    code: s.code,
    number: s.number,
    title: s.title,
    depth: s.depth,
    hasNarrative: s.hasNarrative,
    narratives: narratives
      .filter((n) => (n.narratives?.[s.code] ?? '').trim() !== '')
      .map((n) => ({
        unitId: n.unitId,
        unitName: n.unitName,
        status: n.status as ReportStatus,
        text: n.narratives[s.code],
      })),
  }));
  return {
    period: presentPeriod(ctx, period, deadlines),
    report: report ? { id: report.id, status: report.status as ReportStatus } : null,
    rollup,
    sections,
    can: {
      compile: canPeriod(ctx.actor, 'compile', {
        ...periodRecord(period),
        provinceStatus: report?.status ?? null,
      }),
    },
  };
}
