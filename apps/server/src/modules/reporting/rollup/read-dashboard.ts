import type { Dashboard, RatesView, ReportRef, ReportStatus } from '@danvan/contracts';
import { isSent, reportingRates, roundTo, timeliness, todayInVietnam } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import * as org from '../../org/index.ts';
import * as periods from '../period/period.repository.ts';
import * as reports from '../report/report.repository.ts';
import { deadlineOf, presentPeriod } from '../period/period.present.ts';
import { resolvePeriodUnit, visiblePeriod } from '../period/read-period.ts';
import { periodReports } from './period-reports.ts';
import { rollupSlicesValues } from './rollup-values.ts';

const vnDate = (d: Date | null) => (d ? todayInVietnam(d) : null);

function rates(refs: ReportRef[], deadline: string | null, t: string): RatesView {
  const base = reportingRates(
    refs.map((r) => ({
      expected: true,
      submittedOn: isSent(r.status) ? (r.submittedAt ? todayInVietnam(new Date(r.submittedAt)) : null) : null,
    })),
    deadline ?? '9999-12-31',
    t,
  );
  // timeliness of each ref already uses the first submission; recount on it
  const onTime = refs.filter((r) => isSent(r.status) && r.timeliness === 'on_time').length;
  const late = refs.filter((r) => isSent(r.status) && r.timeliness === 'late').length;
  const submitted = onTime + late;
  return {
    expected: base.expected,
    submitted,
    accepted: refs.filter((r) => r.status === 'accepted').length,
    onTime,
    late,
    missing: refs.filter((r) => !isSent(r.status) && r.timeliness === 'missing').length,
    pending: refs.filter((r) => !isSent(r.status) && r.timeliness === 'not_due').length,
    completeness: base.expected ? roundTo((submitted / base.expected) * 100, 1) : null,
    timeliness: base.expected ? roundTo((onTime / base.expected) * 100, 1) : null,
  };
}

/** The period dashboard of a unit's subtree: reporting rates, key indicators, change, missing and late. */
export async function getDashboard(
  ctx: Ctx,
  periodId: number,
  q: { unitId?: number; includeSubmitted?: boolean },
): Promise<Dashboard> {
  const { row: period, deadlines } = await visiblePeriod(ctx, periodId);
  const unit = await resolvePeriodUnit(ctx, period, q.unitId);
  const t = today(ctx);
  const refs = await periodReports(ctx, periodId, { unitId: unit.id });
  const deadline = deadlineOf(deadlines, 'unit');
  const groupNames = new Map((await org.listGroups(ctx)).map((g) => [g.code, g.name]));
  const groups = [...new Set(refs.flatMap((r) => r.groups))].sort();
  const prev = await periods.previousPeriod(ctx.db, period.p);
  // the previous period of the same root: readable whenever this one is
  const prevView = prev ? await periods.getPeriod(ctx.db, prev.id, null) : undefined;
  // this period and the previous one, the whole subtree and each group: one scan of the values
  const scan = await rollupSlicesValues(ctx.db, prevView ? [period, prevView] : [period], unit.path, {
    includeSubmitted: q.includeSubmitted,
    asOf: t,
    slices: groups.map((g) => ({ key: `g:${g}`, group: g })),
  });
  const current = scan.get(period.p.id)!.get('')!;
  const previous = prevView ? scan.get(prevView.p.id)!.get('')! : null;
  const perGroup = groups.map((g) => scan.get(period.p.id)!.get(`g:${g}`)!);
  const prevByCode = new Map((previous?.rows ?? []).map((x) => [x.code, x.value]));
  const groupByCode = perGroup.map((g) => new Map(g.rows.map((y) => [y.code, y.value])));
  let provinceLevel: Dashboard['provinceLevel'] = null;
  if (unit.id === period.p.rootUnitId) {
    const pr = await reports.findReport(ctx.db, periodId, unit.id, 'province');
    const pd = deadlineOf(deadlines, 'province');
    provinceLevel = {
      status: (pr?.status as ReportStatus) ?? 'not_started',
      deadline: pd,
      timeliness: pd
        ? timeliness({
            deadline: pd,
            submittedAt: pr && isSent(pr.status) ? vnDate(pr.firstSubmittedAt) : null,
            today: t,
          })
        : 'not_due',
    };
  }
  return {
    period: presentPeriod(ctx, period, deadlines),
    unitId: unit.id,
    unitName: unit.name,
    previousPeriod: prev ? { id: prev.id, name: prev.name } : null,
    overall: rates(refs, deadline, t),
    byGroup: groups.map((g) => ({
      group: g,
      groupName: groupNames.get(g) ?? g,
      ...rates(
        refs.filter((r) => r.groups.includes(g)),
        deadline,
        t,
      ),
    })),
    provinceLevel,
    keyIndicators: current.rows
      .filter((x) => x.value !== null || prevByCode.get(x.code) != null)
      .map((x) => {
        const p = prevByCode.get(x.code) ?? null;
        return {
          code: x.code,
          name: x.name,
          unit: x.unit,
          value: x.value,
          previous: p,
          change: x.value !== null && p !== null ? roundTo(x.value - p, 2) : null,
          byGroup: groups.map((g, n) => ({
            group: g,
            groupName: groupNames.get(g) ?? g,
            value: groupByCode[n].get(x.code) ?? null,
          })),
        };
      }),
    missing: refs
      .filter((r) => r.timeliness === 'missing')
      .map((r) => ({ unitId: r.unitId, unitName: r.unitName, groups: r.groups })),
    late: refs
      .filter((r) => r.timeliness === 'late')
      .map((r) => ({
        unitId: r.unitId,
        unitName: r.unitName,
        submittedAt: r.submittedAt!,
        groups: r.groups,
      })),
  };
}
