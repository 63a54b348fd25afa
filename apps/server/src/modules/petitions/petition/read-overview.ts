import type { DeadlineOverviewQuery } from '@danvan/contracts';
import { DUE_SOON_DAYS, PETITION_KINDS } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import * as repo from './overview.repository.ts';
import { petitionReadScopes } from './petition.policy.ts';

const order = (k: repo.KindCounts) => PETITION_KINDS.indexOf(k.kind);
const byKindOrder = (xs: repo.KindCounts[]) => [...xs].sort((a, b) => order(a) - order(b));

/**
 * Tổng quan hạn xử lý: per unit in the reader's scope (the coordinator over the province, a unit
 * head over their unit), the running cases, those due within DUE_SOON_DAYS and those overdue, in
 * all and by kind, most overdue first; the totals over every unit listed. Each figure opens the
 * register filtered the same way (unit, kind, flag=overdue / dueWithin).
 */
export async function deadlineOverview(ctx: Ctx, q: DeadlineOverviewQuery = { page: 1, pageSize: 50 }) {
  const actor = requireActor(ctx.actor);
  let unitPath: string | undefined;
  if (q.unitId) {
    const u = await org.getUnitById(ctx, q.unitId);
    if (!u) throw NotFound('Đơn vị');
    unitPath = u.path;
  }
  const asOf = today(ctx);
  const r = await repo.deadlineOverview(
    ctx.db,
    petitionReadScopes(actor),
    { unitPath, kind: q.kind, today: asOf, soonDays: DUE_SOON_DAYS },
    q.page,
    q.pageSize,
  );
  const byKind = byKindOrder(r.byKind);
  const sum = (k: 'running' | 'dueSoon' | 'overdue') => byKind.reduce((a, x) => a + x[k], 0);
  return {
    items: r.items.map((u) => ({ ...u, byKind: byKindOrder(u.byKind) })),
    total: r.total,
    page: q.page,
    pageSize: q.pageSize,
    can: { create: false },
    asOf,
    soonDays: DUE_SOON_DAYS,
    totals: {
      running: sum('running'),
      dueSoon: sum('dueSoon'),
      overdue: sum('overdue'),
      byKind,
    },
  };
}
