import type { RuleResult, TemplateDetail } from '@danvan/contracts';
import { checkReportValues, computedValue, reportRatios } from '@danvan/domain';
import { systemCtx, type Ctx } from '../../../core/context.ts';
import { computeFigures } from '../../../core/figures.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './report.repository.ts';
import type { Loaded } from './load-report.ts';

/** A report's values by indicator code (null where there is none). */
export function valueMap(template: TemplateDetail, values: repo.ValueRow[]): Record<string, number | null> {
  const byId = new Map(values.map((v) => [v.indicatorId, v.value]));
  const out: Record<string, number | null> = {};
  for (const i of template.indicators) out[i.code] = byId.get(i.id) ?? null;
  return out;
}

/** The checks of a report (the domain's: type, range, the template's rules); messages in Vietnamese. */
export function checkReport(template: TemplateDetail, values: repo.ValueRow[]): RuleResult[] {
  return checkReportValues(template.indicators, template.rules, valueMap(template, values));
}

/**
 * Recomputes every ratio indicator of a report from its numerator and denominator in the report (the
 * domain's ratio rule); updates `values` (by indicator id) and returns the rows to write.
 */
export function ratioValues(
  template: TemplateDetail,
  values: Map<number, repo.ValueRow>,
  reportId: number,
  at: Date,
  by: number | null,
): repo.ValueInsert[] {
  const byCode: Record<string, number | null> = {};
  for (const i of template.indicators) byCode[i.code] = values.get(i.id)?.value ?? null;
  const ratios = reportRatios(template.indicators, byCode);
  const out: repo.ValueInsert[] = [];
  for (const i of template.indicators) {
    if (!ratios.has(i.code)) continue;
    const row = {
      reportId,
      indicatorId: i.id,
      ...computedValue(null, ratios.get(i.code) ?? null, 'ratio'),
      updatedBy: by,
      updatedAt: at,
    };
    values.set(i.id, row as repo.ValueRow);
    out.push(row);
  }
  return out;
}

/**
 * Fills a report's computed figures: from the figures registry for a unit's report, from the roll-up of
 * its subtree for the province's report. A figure the unit overrode keeps its value and reason; only
 * what the system computed is refreshed (the domain's computedValue). Ratios are recomputed last.
 */
export async function fillComputed(
  tx: Db,
  ctx: Ctx,
  l: Pick<Loaded, 'report' | 'period' | 'template' | 'values'>,
  computed: Map<string, number | null> | null,
) {
  const r = l.report.r;
  const now = ctx.clock.now();
  const by = ctx.actor && !ctx.actor.system ? ctx.actor.userId : null;
  let figures: Map<string, { value: number | null; origin: string }>;
  if (computed) {
    figures = new Map([...computed].map(([code, value]) => [code, { value, origin: 'rollup' }]));
  } else {
    const keyed = l.template.indicators.filter((i) => i.providerKey && i.aggregation !== 'ratio');
    const result = await computeFigures(
      systemCtx(tx, ctx.config, ctx.clock),
      keyed.map((i) => i.providerKey!),
      { unitId: r.unitId, from: l.period.p.fromDate, to: l.period.p.cutoffDate, subtree: false },
    );
    figures = new Map();
    for (const i of keyed)
      if (Object.hasOwn(result, i.providerKey!))
        figures.set(i.code, { value: result[i.providerKey!], origin: i.providerKey! });
  }
  const current = new Map(l.values.map((v) => [v.indicatorId, v]));
  const writes: repo.ValueInsert[] = [];
  for (const i of l.template.indicators) {
    if (i.aggregation === 'ratio') continue;
    const f = figures.get(i.code);
    if (!f) continue;
    const prev = current.get(i.id);
    const next = computedValue(prev, f.value, f.origin);
    // an override stays the unit's own entry: who entered it is kept
    const row =
      next.source === 'override'
        ? { ...prev!, ...next, updatedAt: now }
        : { reportId: r.id, indicatorId: i.id, ...next, updatedBy: by, updatedAt: now };
    current.set(i.id, row as repo.ValueRow);
    writes.push(row);
  }
  writes.push(...ratioValues(l.template, current, r.id, now, by));
  await repo.upsertValues(tx, writes);
  return [...current.values()];
}
