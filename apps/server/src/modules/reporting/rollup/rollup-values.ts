import { completeRollup, rollupStatuses } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './rollup.repository.ts';
import type { PeriodView } from '../period/period.repository.ts';
import type { Loaded } from '../report/load-report.ts';

/**
 * Totals of a subtree for a period, each indicator by its rule: one SQL over the counted reports
 * (the domain's rollupStatuses; merged units under their successor), then ratios from the rolled-up
 * numerator and denominator and rounding by the domain's completeRollup.
 */
export async function rollupValues(
  db: Db,
  period: PeriodView,
  unitPath: string,
  opts: {
    includeSubmitted?: boolean;
    asOf: string;
    group?: string | null;
    kind?: string | null;
    mode?: repo.RollupMode;
  },
) {
  const r = await repo.rollup(db, {
    periodId: period.p.id,
    templateId: period.p.templateId,
    unitPath,
    asOf: opts.asOf,
    statuses: rollupStatuses(opts.includeSubmitted),
    group: opts.group,
    kind: opts.kind,
    mode: opts.mode,
  });
  completeRollup(r.rows);
  return r;
}

/**
 * The roll-ups of a subtree for a period and, in the same scan, for the periods in `also` (same
 * subtree, same rules) and for each slice (unit group or kind) of each period (rollupSlices).
 * Returns per period id: the whole subtree under '', each slice under its key.
 */
export async function rollupSlicesValues(
  db: Db,
  list: PeriodView[],
  unitPath: string,
  opts: { includeSubmitted?: boolean; asOf: string; slices?: repo.RollupSlice[]; mode?: repo.RollupMode },
) {
  const r = await repo.rollupSlices(db, {
    periodIds: list.map((p) => p.p.id),
    unitPath,
    asOf: opts.asOf,
    statuses: rollupStatuses(opts.includeSubmitted),
    slices: opts.slices,
    mode: opts.mode,
  });
  for (const per of r.values()) for (const x of per.values()) completeRollup(x.rows);
  return r;
}

/** The province report's figures from the roll-up, read on the caller's connection (its transaction). */
export const provinceRollup = (includeSubmitted: boolean) => async (ctx: Ctx, l: Loaded) => {
  const r = await rollupValues(ctx.db, l.period, l.report.unitPath, { includeSubmitted, asOf: today(ctx) });
  return new Map(r.rows.filter((x) => x.aggregation !== 'ratio').map((x) => [x.code, x.value]));
};
