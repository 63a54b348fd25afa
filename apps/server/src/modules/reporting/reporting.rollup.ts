import type {
  Compilation,
  CompilationSection,
  Dashboard,
  DrilldownRow,
  RatesView,
  ReportRef,
  ReportStatus,
  Rollup,
} from '@danvan/contracts';
import {
  flattenSections,
  reportingRates,
  roundTo,
  timeliness,
  todayInVietnam,
  type SectionDef,
} from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Err, NotFound } from '../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../core/scope.ts';
import type { Db } from '../../db/client.ts';
import * as org from '../org/index.ts';
import * as repo from './reporting.repository.ts';
import {
  deadlineOf,
  expectedFor,
  presentPeriod,
  resolvePeriodUnit,
  visiblePeriod,
} from './reporting.periods.ts';
import {
  event,
  fillComputed,
  getReport,
  loadReport,
  recomputeReport,
  writeReport,
  type Loaded,
} from './reporting.reports.ts';
import { templateDetail } from './reporting.templates.ts';

const statusesFor = (includeSubmitted?: boolean) =>
  includeSubmitted ? ['accepted', 'submitted'] : ['accepted'];

/**
 * Totals of a subtree for a period, each indicator by its rule; ratios recomputed from the rolled-up
 * numerator and denominator. One SQL over the counted reports (merged units under their successor).
 */
export async function rollupValues(
  db: Db,
  period: repo.PeriodView,
  unitPath: string,
  opts: { includeSubmitted?: boolean; asOf: string; group?: string | null },
) {
  const r = await repo.rollup(db, {
    periodId: period.p.id,
    templateId: period.p.templateId,
    unitPath,
    asOf: opts.asOf,
    statuses: statusesFor(opts.includeSubmitted),
    group: opts.group,
  });
  const byCode = new Map(r.rows.map((x) => [x.code, x]));
  for (const x of r.rows) {
    if (x.aggregation !== 'ratio') continue;
    const n = x.numeratorCode ? byCode.get(x.numeratorCode)?.value : null;
    const d = x.denominatorCode ? byCode.get(x.denominatorCode)?.value : null;
    x.value = n === null || n === undefined || !d ? null : roundTo((n / d) * 100, 2);
    x.n = Math.min(byCode.get(x.numeratorCode!)?.n ?? 0, byCode.get(x.denominatorCode!)?.n ?? 0);
  }
  for (const x of r.rows) if (x.value !== null && x.aggregation === 'avg') x.value = roundTo(x.value, 2);
  return r;
}

export async function getRollup(
  ctx: Ctx,
  periodId: number,
  q: { unitId?: number; includeSubmitted?: boolean },
): Promise<Rollup> {
  const { row: period } = await visiblePeriod(ctx, periodId);
  const unit = await resolvePeriodUnit(ctx, period, q.unitId);
  const [r, tpl] = await Promise.all([
    rollupValues(ctx.db, period, unit.path, { includeSubmitted: q.includeSubmitted, asOf: today(ctx) }),
    repo.templateIndicators(ctx.db, period.p.templateId),
  ]);
  const ind = new Map(tpl.map((i) => [i.id, i]));
  return {
    periodId,
    unitId: unit.id,
    unitName: unit.name,
    includeSubmitted: !!q.includeSubmitted,
    reportsCounted: r.reports,
    indicators: r.rows.map((x) => {
      const i = ind.get(x.indicatorId)!;
      return {
        indicatorId: x.indicatorId,
        code: x.code,
        sectionCode: i.sectionCode,
        name: i.name,
        unit: i.unit,
        aggregation: x.aggregation,
        value: x.value,
        reports: x.n,
      };
    }),
  };
}

export async function getDrilldown(
  ctx: Ctx,
  periodId: number,
  q: { unitId?: number; includeSubmitted?: boolean; indicator: string },
): Promise<DrilldownRow[]> {
  const { row: period } = await visiblePeriod(ctx, periodId);
  const unit = await resolvePeriodUnit(ctx, period, q.unitId);
  const ind = (await repo.templateIndicators(ctx.db, period.p.templateId)).find(
    (i) => i.code === q.indicator,
  );
  if (!ind) throw NotFound('Chỉ tiêu');
  const list = await repo.drilldown(ctx.db, {
    periodId,
    indicatorId: ind.id,
    unitPath: unit.path,
    asOf: today(ctx),
    statuses: statusesFor(q.includeSubmitted),
  });
  return list.map((x) => ({
    unitId: x.unitId,
    unitName: x.unitName,
    countedUnder: x.depth > 0 ? x.underName : null,
    reportId: x.reportId,
    status: x.status as ReportStatus,
    value: x.value,
    source: (x.source as DrilldownRow['source']) ?? null,
  }));
}

const vnDate = (d: Date | null) => (d ? todayInVietnam(d) : null);
const isIn = (s: string) => s === 'submitted' || s === 'accepted';

/** Each expected unit under a unit (in the actor's scope) with its report's status and timeliness. */
export async function periodReports(
  ctx: Ctx,
  periodId: number,
  q: { unitId?: number; status?: string; group?: string },
): Promise<ReportRef[]> {
  const actor = requireActor(ctx.actor);
  const { row: period, deadlines } = await visiblePeriod(ctx, periodId);
  const unit = await resolvePeriodUnit(ctx, period, q.unitId);
  const scopes = actor.system ? null : scopesFor(actor, 'reports:read');
  const [expected, reports] = await Promise.all([
    expectedFor(ctx, period, { path: unit.path }, scopes),
    repo.periodReports(ctx.db, periodId),
  ]);
  const byUnit = new Map(reports.map((r) => [r.unitId, r]));
  const deadline = deadlineOf(deadlines, 'unit');
  const t = today(ctx);
  const enter = scopesFor(actor, 'reports:enter');
  const out: ReportRef[] = expected.map((u) => {
    const r = byUnit.get(u.id);
    const submittedOn = r && isIn(r.status) ? vnDate(r.firstSubmittedAt) : null;
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
      can: { open: !!r || (period.p.status === 'open' && (actor.system || inScope(enter, u))) },
    };
  });
  return out.filter((x) => {
    if (q.group && !x.groups.includes(q.group)) return false;
    if (!q.status) return true;
    if (q.status === 'missing' || q.status === 'late') return x.timeliness === q.status;
    return x.status === q.status;
  });
}

function rates(refs: ReportRef[], deadline: string | null, t: string): RatesView {
  const base = reportingRates(
    refs.map((r) => ({
      expected: true,
      submittedOn:
        r.status === 'submitted' || r.status === 'accepted'
          ? r.submittedAt
            ? todayInVietnam(new Date(r.submittedAt))
            : null
          : null,
    })),
    deadline ?? '9999-12-31',
    t,
  );
  // timeliness of each ref already uses the first submission; recount on it
  const onTime = refs.filter((r) => isIn(r.status) && r.timeliness === 'on_time').length;
  const late = refs.filter((r) => isIn(r.status) && r.timeliness === 'late').length;
  const submitted = onTime + late;
  return {
    expected: base.expected,
    submitted,
    accepted: refs.filter((r) => r.status === 'accepted').length,
    onTime,
    late,
    missing: refs.filter((r) => !isIn(r.status) && r.timeliness === 'missing').length,
    pending: refs.filter((r) => !isIn(r.status) && r.timeliness === 'not_due').length,
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
  const prev = await repo.previousPeriod(ctx.db, period.p);
  const prevView = prev ? await repo.getPeriod(ctx.db, prev.id) : undefined;
  const asOf = t;
  const [current, previous, ...perGroup] = await Promise.all([
    rollupValues(ctx.db, period, unit.path, { includeSubmitted: q.includeSubmitted, asOf }),
    prevView
      ? rollupValues(ctx.db, prevView, unit.path, { includeSubmitted: q.includeSubmitted, asOf })
      : null,
    ...groups.map((g) =>
      rollupValues(ctx.db, period, unit.path, { includeSubmitted: q.includeSubmitted, asOf, group: g }),
    ),
  ]);
  const inds = await repo.templateIndicators(ctx.db, period.p.templateId);
  const prevByCode = new Map((previous?.rows ?? []).map((x) => [x.code, x.value]));
  let provinceLevel: Dashboard['provinceLevel'] = null;
  if (unit.id === period.p.rootUnitId) {
    const pr = await repo.findReport(ctx.db, periodId, unit.id, 'province');
    const pd = deadlineOf(deadlines, 'province');
    provinceLevel = {
      status: (pr?.status as ReportStatus) ?? 'not_started',
      deadline: pd,
      timeliness: pd
        ? timeliness({
            deadline: pd,
            submittedAt: pr && isIn(pr.status) ? vnDate(pr.firstSubmittedAt) : null,
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
        const i = inds.find((k) => k.id === x.indicatorId)!;
        const p = prevByCode.get(x.code) ?? null;
        return {
          code: x.code,
          name: i.name,
          unit: i.unit,
          value: x.value,
          previous: p,
          change: x.value !== null && p !== null ? roundTo(x.value - p, 2) : null,
          byGroup: groups.map((g, n) => ({
            group: g,
            groupName: groupNames.get(g) ?? g,
            value: perGroup[n].rows.find((y) => y.code === x.code)?.value ?? null,
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

async function rootForReview(ctx: Ctx, periodId: number) {
  const { row: period, deadlines } = await visiblePeriod(ctx, periodId);
  const root = await resolvePeriodUnit(ctx, period, period.p.rootUnitId, 'reports:review');
  return { period, deadlines, root };
}

/** The province's compilation: rolled-up figures and the units' narratives gathered section by section. */
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
      statuses: statusesFor(q.includeSubmitted),
    }),
    templateDetail(ctx, period.p.templateId),
    repo.findReport(ctx.db, periodId, root.id, 'province'),
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
  };
}

/** The province report's figures from the roll-up, read on the caller's connection (its transaction). */
const provinceRollup = (includeSubmitted: boolean) => async (ctx: Ctx, l: Loaded) => {
  const r = await rollupValues(ctx.db, l.period, l.report.unitPath, { includeSubmitted, asOf: today(ctx) });
  return new Map(r.rows.filter((x) => x.aggregation !== 'ratio').map((x) => [x.code, x.value]));
};

/**
 * Compiles (or refreshes) the province's report for the level above: figures from the roll-up, and
 * for each section still empty (or all, with overwriteNarratives) the units' texts one after another.
 */
export async function compileProvinceReport(
  ctx: Ctx,
  periodId: number,
  input: { includeSubmitted: boolean; overwriteNarratives: boolean },
  opts: { isDemo?: boolean } = {},
) {
  const { period, root } = await rootForReview(ctx, periodId);
  if (period.p.status !== 'open') throw Err.locked('Kỳ báo cáo đã đóng.');
  // Read, check and write in one transaction, on the province report's locked row: two compilations
  // at once make one report (the second waits, then refreshes it), and none refreshes a sent report.
  const id = await inTx(ctx, async (tx, c) => {
    const inserted = await repo.insertReport(tx, {
      periodId,
      unitId: root.id,
      level: 'province',
      createdBy: c.actor?.system ? null : c.actor?.userId,
      isDemo: opts.isDemo ?? false,
    });
    const reportId = inserted?.id ?? (await repo.findReport(tx, periodId, root.id, 'province'))!.id;
    const l = await loadReport(c, reportId, tx, { lock: true });
    if (l.period.p.status !== 'open') throw Err.locked('Kỳ báo cáo đã đóng.');
    if (!['draft', 'returned'].includes(l.report.r.status))
      throw Err.state_invalid('Báo cáo của tỉnh đã gửi; không thể tổng hợp lại.');
    const comp = await getCompilation(c, periodId, { includeSubmitted: input.includeSubmitted });
    const narratives = { ...(l.report.r.narratives as Record<string, string>) };
    for (const s of comp.sections) {
      if (!s.hasNarrative || !s.narratives.length) continue;
      if ((narratives[s.code] ?? '').trim() && !input.overwriteNarratives) continue;
      narratives[s.code] = s.narratives.map((n) => `${n.unitName}: ${n.text.trim()}`).join('\n\n');
    }
    const computed = await provinceRollup(input.includeSubmitted)(c, l);
    await writeReport(tx, l, { narratives, computedAt: c.clock.now() });
    await fillComputed(tx, c, l, computed);
    await event(tx, c, reportId, {
      action: inserted ? 'create' : 'compile',
      from: l.report.r.status,
      to: l.report.r.status,
    });
    await audit(tx, c, {
      entity: 'report',
      entityId: reportId,
      unitId: root.id,
      action: 'compile',
      after: { periodId, includeSubmitted: input.includeSubmitted },
    });
    return reportId;
  });
  return getReport(ctx, id);
}

/** Recompute: the registry for a unit's report, the roll-up (accepted and submitted) for the province's. */
export function recompute(ctx: Ctx, id: number) {
  return recomputeReport(ctx, id, provinceRollup(true));
}

export async function exists(ctx: Ctx, id: number) {
  await loadReport(ctx, id);
}
