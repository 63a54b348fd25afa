import type { UpdatePeriod } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import * as repo from './period.repository.ts';
import { authorizePeriod, periodRecord } from './period.policy.ts';
import { checkDates, checkRequired } from './period.checks.ts';
import { presentPeriodById, visiblePeriod } from './read-period.ts';

/**
 * Edits a period, closes or reopens it. Read, checked and written in one transaction on the locked
 * period row: a close waits for the report verbs in flight (they hold the period FOR SHARE), and
 * none of them writes to a period once it is closed.
 */
export async function updatePeriod(ctx: Ctx, id: number, input: UpdatePeriod) {
  await inTx(ctx, async (tx, c) => {
    const { row, deadlines } = await visiblePeriod(c, id, 'update');
    authorizePeriod(c, 'update', periodRecord(row));
    const next = {
      fromDate: row.p.fromDate,
      toDate: row.p.toDate,
      cutoffDate: input.cutoffDate ?? row.p.cutoffDate,
    };
    checkDates(next, input.deadlines ?? deadlines);
    if (input.requiredGroups || input.requiredKinds)
      await checkRequired(
        c,
        input.requiredGroups ?? row.p.requiredGroups,
        input.requiredKinds ?? row.p.requiredKinds,
      );
    await repo.updatePeriod(tx, id, {
      name: input.name,
      cutoffDate: input.cutoffDate,
      requiredGroups: input.requiredGroups,
      requiredKinds: input.requiredKinds,
      status: input.status,
    });
    if (input.deadlines) await repo.setDeadlines(tx, id, input.deadlines);
    await audit(tx, c, {
      entity: 'report_period',
      entityId: id,
      unitId: row.p.rootUnitId,
      action: 'update',
      before: { ...row.p, deadlines },
      after: input,
    });
  });
  return presentPeriodById(ctx, id);
}
