import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import { recordEvent, withReport, writeReport } from './load-report.ts';
import { authorizeReport, reportRecord } from './report.policy.ts';
import { fillComputed } from './report.values.ts';
import { getReport } from './read-report.ts';
import { provinceRollup } from '../rollup/rollup-values.ts';

/**
 * Recomputes the figures the system provides: from the registry for a unit's report, from the roll-up
 * of its subtree (accepted and submitted reports) for the province's.
 */
export async function recomputeReport(ctx: Ctx, id: number) {
  await withReport(ctx, id, async (tx, c, l) => {
    authorizeReport(c, 'recompute', reportRecord(l));
    const computed = l.report.r.level === 'province' ? await provinceRollup(true)(c, l) : null;
    await writeReport(tx, l, { computedAt: c.clock.now() });
    await fillComputed(tx, c, l, computed);
    await recordEvent(tx, c, id, { action: 'recompute', from: l.report.r.status, to: l.report.r.status });
    await audit(tx, c, { entity: 'report', entityId: id, unitId: l.report.r.unitId, action: 'recompute' });
  });
  return getReport(ctx, id);
}
