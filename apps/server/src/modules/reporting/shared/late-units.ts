import type { Role } from '@danvan/contracts';
import { isSent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import type { ExpectedUnit, PeriodView } from '../period/period.repository.ts';
import { expectedFor } from '../period/read-period.ts';
import { subtreeReportStatuses } from '../rollup/rollup.repository.ts';

/**
 * The units that must report in a period and have not sent their report (none yet, a draft or a
 * returned one), over the period's whole tree: the daily reminder sweep and the coordinator's
 * "remind the late units" both ask this.
 */
export async function lateUnits(
  ctx: Ctx,
  view: PeriodView,
): Promise<(ExpectedUnit & { reportId: number | null })[]> {
  // one after the other: the reminder runs in a transaction, whose connection takes one query at a time
  const expected = await expectedFor(ctx, view, null, null);
  const list = await subtreeReportStatuses(ctx.db, { periodId: view.p.id, unitPath: view.rootUnitPath });
  const byUnit = new Map(list.map((r) => [r.unitId, r]));
  return expected
    .filter((u) => !isSent(byUnit.get(u.id)?.status))
    .map((u) => ({ ...u, reportId: byUnit.get(u.id)?.id ?? null }));
}

/** An ISO date as dd/MM/yyyy. */
export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** The roles of a unit that are reminded of its report. */
export const UNIT_ROLES: Role[] = ['unit_head', 'focal_officer'];
