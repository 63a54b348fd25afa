import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err, NotFound } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';
import * as repo from './report.repository.ts';
import * as periods from '../period/period.repository.ts';
import { expectedFor, visiblePeriod } from '../period/read-period.ts';
import { loadReport, recordEvent } from './load-report.ts';
import { fillComputed } from './report.values.ts';
import { getReport } from './read-report.ts';
import { authorizeOpenReport, readsUnitReports } from './report.policy.ts';

/**
 * Opens (creates once) a unit's report for a period, pre-filled from the figures registry. The unit
 * must be one the period expects and lie in the actor's reporting:enter scope.
 */
export async function openReport(
  ctx: Ctx,
  periodId: number,
  unitId: number,
  opts: { isDemo?: boolean } = {},
) {
  const { row: period } = await visiblePeriod(ctx, periodId);
  const unit = await org.getUnitById(ctx, unitId);
  if (!unit || !readsUnitReports(ctx.actor, unit)) throw NotFound('Đơn vị');
  const existing = await repo.findReport(ctx.db, periodId, unitId, 'unit');
  if (existing) return getReport(ctx, existing.id);
  authorizeOpenReport(ctx, unit);
  const expected = await expectedFor(ctx, period, { path: unit.path }, null);
  if (!expected.some((u) => u.id === unit.id))
    throw Err.state_invalid('Đơn vị này không thuộc diện phải báo cáo trong kỳ này.');
  if (period.p.status !== 'open') throw Err.locked('Kỳ báo cáo đã đóng.');
  const id = await inTx(ctx, async (tx, c) => {
    // the period stays open until this commits (a close waits for it)
    const held = await periods.getPeriod(tx, periodId, null, 'share');
    if (held?.p.status !== 'open') throw Err.locked('Kỳ báo cáo đã đóng.');
    const created = await repo.insertReport(tx, {
      periodId,
      unitId,
      level: 'unit',
      createdBy: c.actor?.system ? null : c.actor?.userId,
      computedAt: c.clock.now(),
      isDemo: opts.isDemo ?? false,
    });
    if (!created) return (await repo.findReport(tx, periodId, unitId, 'unit'))!.id;
    const l = await loadReport(c, created.id, tx);
    await fillComputed(tx, c, l, null);
    await recordEvent(tx, c, created.id, { action: 'create', to: 'draft' });
    await audit(tx, c, {
      entity: 'report',
      entityId: created.id,
      unitId,
      action: 'create',
      after: { periodId, unitId },
    });
    return created.id;
  });
  return getReport(ctx, id);
}
