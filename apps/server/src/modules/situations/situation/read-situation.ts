/** Reading situation notes: the register (paged, filtered), one note, and the loaders the verbs share. */
import type { SituationExportQuery, SituationQuery } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import * as org from '../../org/index.ts';
import * as repo from './situation.repository.ts';
import {
  authorizeSituation,
  canSituation,
  readsSituationsAt,
  situationReadScopes,
  type SituationAction,
} from './situation.policy.ts';
import { presentSituation } from './situation.present.ts';

/** The unit a list is filtered by, when the actor reads its notes; otherwise 404. */
export async function readableUnit(ctx: Ctx, unitId: number) {
  const actor = requireActor(ctx.actor);
  const u = await org.getUnitById(ctx, unitId);
  if (!u || !readsSituationsAt(actor, u)) throw NotFound('Đơn vị');
  return u;
}

/** The repository's filter from the query (the unit checked, the search trimmed). */
export async function situationFilter(
  ctx: Ctx,
  q: Omit<SituationExportQuery, never>,
): Promise<{ filter: repo.SituationFilter; unit?: { id: number; path: string } }> {
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  return {
    unit,
    filter: {
      q: q.q?.trim() || undefined,
      topic: q.topic,
      level: q.level,
      state: q.state,
      under: unit,
      from: q.from,
      to: q.to,
      overdueOn: q.overdue ? today(ctx) : undefined,
    },
  };
}

export async function listSituations(ctx: Ctx, q: SituationQuery) {
  const { filter, unit } = await situationFilter(ctx, q);
  return listPage(ctx, q, {
    ...repo.situationList(ctx.db, situationReadScopes(ctx), filter),
    present: async (rows) => {
      const followUps = await repo.followUpsOf(
        ctx.db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => presentSituation(ctx, r, followUps));
    },
    can: listCan(ctx.actor, unit, (at) =>
      canSituation(ctx.actor, 'create', { unitId: at.id, unitPath: at.path }),
    ),
  });
}

/**
 * A note the actor may `action` (404 when it may not even read it, 403 when readable only). With `lock`
 * (inside a transaction) the note's row is locked until commit first, so what the verb checks is
 * still true when it writes.
 */
export async function loadSituation(
  ctx: Ctx,
  id: number,
  action: SituationAction = 'read',
  opts: { lock?: boolean; db?: Db } = {},
) {
  requireActor(ctx.actor);
  const db = opts.db ?? ctx.db;
  if (opts.lock && !(await repo.lockSituation(db, id))) throw NotFound('Tình hình');
  const s = await repo.getSituation(db, id);
  if (!s) throw NotFound('Tình hình');
  authorizeSituation(ctx, action, s);
  const followUps = await repo.followUpsOf(db, [id]);
  return { s, followUps };
}

export async function getSituation(ctx: Ctx, id: number) {
  const { s, followUps } = await loadSituation(ctx, id);
  return presentSituation(ctx, s, followUps);
}
