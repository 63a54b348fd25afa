import type { DrilldownRow, Paged, ReportStatus, Rollup } from '@danvan/contracts';
import { rollupStatuses } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { wholeList } from '../../../core/page.ts';
import * as repo from './rollup.repository.ts';
import * as templates from '../template/template.repository.ts';
import { resolvePeriodUnit, visiblePeriod } from '../period/read-period.ts';
import { rollupValues } from './rollup-values.ts';

/** The roll-up of a unit's subtree (a unit the actor reads, in the period's tree) for a period. */
export async function getRollup(
  ctx: Ctx,
  periodId: number,
  q: { unitId?: number; includeSubmitted?: boolean },
): Promise<Rollup> {
  const { row: period } = await visiblePeriod(ctx, periodId);
  const unit = await resolvePeriodUnit(ctx, period, q.unitId);
  // the roll-up's rows carry each indicator's section, name and unit: no second query for them
  const r = await rollupValues(ctx.db, period, unit.path, {
    includeSubmitted: q.includeSubmitted,
    asOf: today(ctx),
  });
  return {
    periodId,
    unitId: unit.id,
    unitName: unit.name,
    includeSubmitted: !!q.includeSubmitted,
    reportsCounted: r.reports,
    indicators: r.rows.map((x) => ({
      indicatorId: x.indicatorId,
      code: x.code,
      sectionCode: x.sectionCode,
      name: x.name,
      unit: x.unit,
      aggregation: x.aggregation,
      value: x.value,
      reports: x.n,
    })),
  };
}

/** One indicator of a roll-up, unit by unit (and the unit a merged one counts under). */
export async function getDrilldown(
  ctx: Ctx,
  periodId: number,
  q: { unitId?: number; includeSubmitted?: boolean; indicator: string },
): Promise<Paged<DrilldownRow>> {
  const { row: period } = await visiblePeriod(ctx, periodId);
  const unit = await resolvePeriodUnit(ctx, period, q.unitId);
  const ind = (await templates.templateIndicators(ctx.db, period.p.templateId)).find(
    (i) => i.code === q.indicator,
  );
  if (!ind) throw NotFound('Chỉ tiêu');
  const list = await repo.drilldown(ctx.db, {
    periodId,
    indicatorId: ind.id,
    unitPath: unit.path,
    asOf: today(ctx),
    statuses: rollupStatuses(q.includeSubmitted),
  });
  // the units of one roll-up, answered whole: the drawer lists them all
  return wholeList(
    list.map((x) => ({
      unitId: x.unitId,
      unitName: x.unitName,
      countedUnder: x.depth > 0 ? x.underName : null,
      reportId: x.reportId,
      status: x.status as ReportStatus,
      value: x.value,
      source: (x.source as DrilldownRow['source']) ?? null,
    })),
  );
}
