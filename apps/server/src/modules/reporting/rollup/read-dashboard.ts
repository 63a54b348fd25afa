import type { Dashboard, RatesView, ReportStatus } from '@danvan/contracts';
import { isSent, roundTo, timeliness, todayInVietnam } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import * as org from '../../org/index.ts';
import * as periods from '../period/period.repository.ts';
import * as reports from '../report/report.repository.ts';
import { deadlineOf, presentPeriod } from '../period/period.present.ts';
import { resolvePeriodUnit, visiblePeriod } from '../period/read-period.ts';
import { periodStandings, type Standing } from './period-reports.ts';
import { rollupSlicesValues } from './rollup-values.ts';

const vnDate = (d: Date | null) => (d ? todayInVietnam(d) : null);

/** Counts of a set of expected units' reports, by status and standing (rates below). */
interface Counts {
  expected: number;
  accepted: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
}

const noCounts = (): Counts => ({ expected: 0, accepted: 0, onTime: 0, late: 0, missing: 0, pending: 0 });

/**
 * Adds one expected unit to its counts: a sent report (submitted or accepted) is on time or late by
 * its first submission; any other is missing once the deadline has passed, else not yet due.
 */
function count(c: Counts, s: Standing) {
  c.expected += 1;
  const status = s.report?.status;
  if (status === 'accepted') c.accepted += 1;
  if (isSent(status)) {
    if (s.timeliness === 'on_time') c.onTime += 1;
    else if (s.timeliness === 'late') c.late += 1;
  } else if (s.timeliness === 'missing') c.missing += 1;
  else if (s.timeliness === 'not_due') c.pending += 1;
}

/** Reporting rates from counts: completeness and timeliness as percentages of the expected units. */
function rates(c: Counts): RatesView {
  const submitted = c.onTime + c.late;
  return {
    ...c,
    submitted,
    completeness: c.expected ? roundTo((submitted / c.expected) * 100, 1) : null,
    timeliness: c.expected ? roundTo((c.onTime / c.expected) * 100, 1) : null,
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
  const standings = await periodStandings(ctx, period, deadlines, unit);
  // the whole subtree's counts and each group's, in one pass
  const overall = noCounts();
  const byGroup = new Map<string, Counts>();
  for (const s of standings) {
    count(overall, s);
    for (const g of s.unit.groups) {
      let c = byGroup.get(g);
      if (!c) byGroup.set(g, (c = noCounts()));
      count(c, s);
    }
  }
  const groupNames = new Map((await org.listGroups(ctx)).map((g) => [g.code, g.name]));
  const groups = [...byGroup.keys()].sort();
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
    overall: rates(overall),
    byGroup: groups.map((g) => ({ group: g, groupName: groupNames.get(g) ?? g, ...rates(byGroup.get(g)!) })),
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
    missing: standings
      .filter((s) => s.timeliness === 'missing')
      .map((s) => ({ unitId: s.unit.id, unitName: s.unit.name, groups: s.unit.groups })),
    late: standings
      .filter((s) => s.timeliness === 'late')
      .map((s) => ({
        unitId: s.unit.id,
        unitName: s.unit.name,
        submittedAt: (s.report!.submittedAt ?? s.report!.firstSubmittedAt)!.toISOString(),
        groups: s.unit.groups,
      })),
  };
}
