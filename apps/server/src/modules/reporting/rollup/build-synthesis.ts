import type { ReportSynthesis } from '@danvan/contracts';
import {
  countsInRollup,
  flattenSections,
  synthesizeCompilation,
  UNIT_KINDS,
  type SectionDef,
  type SynthesisGroup,
} from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import * as org from '../../org/index.ts';
import * as reports from '../report/report.repository.ts';
import type { Loaded } from '../report/load-report.ts';
import { periodReports } from './period-reports.ts';
import { rollupSlicesValues } from './rollup-values.ts';

const KIND_NAMES = new Map<string, string>(UNIT_KINDS.map((k) => [k.code, k.nameVi]));

/**
 * The synthesis of the province's report (the domain's synthesizeCompilation) from what the database
 * holds now: the units that had to report and where their reports stand, the roll-up of the subtree
 * and of each unit group (the org groups of the units; their kinds when no unit has a group), and the
 * figures of each counted report. Queries run one after another on the caller's connection, which may
 * be the compilation's transaction.
 */
export async function buildSynthesis(
  ctx: Ctx,
  l: Loaded,
  includeSubmitted: boolean,
): Promise<ReportSynthesis> {
  const period = l.period;
  const asOf = today(ctx);
  const refs = await periodReports(ctx, period.p.id, { unitId: period.p.rootUnitId });
  const byGroup = refs.some((r) => r.groups.length > 0);
  const groupNames = byGroup ? new Map((await org.listGroups(ctx)).map((g) => [g.code, g.name])) : KIND_NAMES;
  const keyOf = (r: (typeof refs)[number]) => (byGroup ? r.groups : [r.unitKind]);
  const keys = [...new Set(refs.flatMap(keyOf))].sort((a, b) =>
    (groupNames.get(a) ?? a).localeCompare(groupNames.get(b) ?? b, 'vi'),
  );
  // the subtree and each of its groups (or kinds) in one scan of the values
  const scan = (
    await rollupSlicesValues(ctx.db, [period], l.report.unitPath, {
      includeSubmitted,
      asOf,
      slices: keys.map((key) => (byGroup ? { key, group: key } : { key, kind: key })),
    })
  ).get(period.p.id)!;
  const total = scan.get('')!;
  const groups: SynthesisGroup[] = keys.map((key) => ({
    key,
    name: groupNames.get(key) ?? key,
    totals: Object.fromEntries(scan.get(key)!.rows.map((x) => [x.code, x.value])),
  }));
  const counted = refs.filter((r) => r.reportId !== null && countsInRollup(r.status, includeSubmitted));
  const codeOf = new Map(l.template.indicators.map((i) => [i.id, i.code]));
  const values = new Map<number, Record<string, number | null>>();
  for (const v of await reports.valuesOfReports(
    ctx.db,
    counted.map((r) => r.reportId!),
  )) {
    const code = codeOf.get(v.indicatorId);
    if (!code) continue;
    if (!values.has(v.reportId)) values.set(v.reportId, {});
    values.get(v.reportId)![code] = v.value;
  }
  const root = await org.getUnitById(ctx, period.p.rootUnitId);
  const s = synthesizeCompilation({
    sections: flattenSections(l.template.sections as SectionDef[]),
    indicators: l.template.indicators,
    totals: Object.fromEntries(total.rows.map((x) => [x.code, x.value])),
    reportsCounted: total.reports,
    units: refs.map((r) => ({
      name: r.unitName,
      groups: keyOf(r),
      status: r.status,
      timeliness: r.timeliness,
      counted: r.reportId !== null && countsInRollup(r.status, includeSubmitted),
      values: (r.reportId !== null && values.get(r.reportId)) || {},
    })),
    groups,
    includeSubmitted,
    totalLabel: root?.kind === 'province' ? 'Toàn tỉnh' : 'Tổng cộng',
  });
  return { compiledAt: ctx.clock.now().toISOString(), includeSubmitted, ...s };
}
