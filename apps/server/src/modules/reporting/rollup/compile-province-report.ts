import { flattenSections, type SectionDef } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import * as reports from '../report/report.repository.ts';
import { loadReport, recordEvent, writeReport } from '../report/load-report.ts';
import { fillComputed } from '../report/report.values.ts';
import { getReport } from '../report/read-report.ts';
import { reportStateAllows, reportRecord } from '../report/report.policy.ts';
import { rootForReview } from './read-compilation.ts';
import { buildSynthesis } from './build-synthesis.ts';
import { provinceRollup } from './rollup-values.ts';

/**
 * Compiles (or refreshes) the province's report for the level above: the figures from the roll-up,
 * and a synthesis (build-synthesis.ts): how the units reported, and per section the figures by unit
 * group and the units that stand out. Each section's generated text goes into its narrative when the
 * narrative is empty (or always, with overwriteNarratives); the units' own texts are not pasted in:
 * the editor offers them beside each section as excerpts (getCompilation).
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
    const inserted = await reports.insertReport(tx, {
      periodId,
      unitId: root.id,
      level: 'province',
      createdBy: c.actor?.system ? null : c.actor?.userId,
      isDemo: opts.isDemo ?? false,
    });
    const reportId = inserted?.id ?? (await reports.findReport(tx, periodId, root.id, 'province'))!.id;
    const l = await loadReport(c, reportId, tx, { lock: true });
    const rec = reportRecord(l);
    if (!rec.periodOpen) throw Err.locked('Kỳ báo cáo đã đóng.');
    if (!reportStateAllows('edit', rec))
      throw Err.state_invalid('Báo cáo của tỉnh đã gửi; không thể tổng hợp lại.');
    const synthesis = await buildSynthesis(c, l, input.includeSubmitted);
    const narratives = { ...(l.report.r.narratives as Record<string, string>) };
    const writes = new Set(
      flattenSections(l.template.sections as SectionDef[])
        .filter((s) => s.hasNarrative)
        .map((s) => s.code),
    );
    for (const s of synthesis.sections) {
      if (!writes.has(s.code)) continue;
      if ((narratives[s.code] ?? '').trim() && !input.overwriteNarratives) continue;
      narratives[s.code] = s.paragraphs.join('\n');
    }
    const computed = await provinceRollup(input.includeSubmitted)(c, l);
    await writeReport(tx, l, { narratives, synthesis, computedAt: c.clock.now() });
    await fillComputed(tx, c, l, computed);
    await recordEvent(tx, c, reportId, {
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
