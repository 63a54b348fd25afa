import type { DeadlineOverviewQuery } from '@danvan/contracts';
import { DUE_SOON_DAYS, PETITION_KINDS } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage, pageWindow, type RowsQuery } from '../../../core/page.ts';
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
  // one statement answers the page, the number of units and the totals: run once, read by all three
  let run: ReturnType<typeof repo.deadlineOverview> | undefined;
  const overview = () =>
    (run ??= repo.deadlineOverview(
      ctx.db,
      petitionReadScopes(actor),
      { unitPath, kind: q.kind, today: asOf, soonDays: DUE_SOON_DAYS },
      pageWindow(q),
    ));
  const count: PromiseLike<number> = {
    then: (ok, ko) =>
      overview()
        .then((r) => r.total)
        .then(ok, ko),
  };
  const rows: RowsQuery<repo.OverviewUnitRow> = () => overview().then((r) => r.items);
  const paged = await listPage(ctx, q, {
    rows,
    count,
    present: (items) => items.map((u) => ({ ...u, byKind: byKindOrder(u.byKind) })),
    can: { create: false },
  });
  const byKind = byKindOrder((await overview()).byKind);
  const sum = (k: 'running' | 'dueSoon' | 'overdue') => byKind.reduce((a, x) => a + x[k], 0);
  return {
    ...paged,
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
