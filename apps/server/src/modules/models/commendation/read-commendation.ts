/** Reading commendations: the register (paged, filtered), one commendation, the loader of the verbs. */
import type { CommendationExportQuery, CommendationQuery } from '@danvan/contracts';
import { yearRange } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import { readableUnit } from '../model/read-model.ts';
import * as repo from './commendation.repository.ts';
import {
  authorizeCommendation,
  canCommendation,
  commendationReadScopes,
  type CommendationAction,
} from './commendation.policy.ts';
import { presentCommendation } from './commendation.present.ts';

export async function commendationFilter(ctx: Ctx, q: CommendationExportQuery) {
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const years = q.year ? yearRange(q.year) : undefined;
  const filter: repo.CommendationFilter = {
    q: q.q?.trim() || undefined,
    under: unit,
    form: q.form,
    level: q.level,
    recipientKind: q.recipientKind,
    modelId: q.modelId,
    from: years?.from,
    to: years?.to,
  };
  return { unit, filter };
}

export async function listCommendations(ctx: Ctx, q: CommendationQuery) {
  const { filter, unit } = await commendationFilter(ctx, q);
  return listPage(ctx, q, {
    ...repo.commendationList(ctx.db, commendationReadScopes(ctx), filter),
    present: (rows) => rows.map((r) => presentCommendation(ctx, r)),
    can: listCan(ctx.actor, unit, (at) =>
      canCommendation(ctx.actor, 'create', { unitId: at.id, unitPath: at.path }),
    ),
  });
}

export async function loadCommendation(
  ctx: Ctx,
  id: number,
  action: CommendationAction = 'read',
  opts: { lock?: boolean; db?: Db } = {},
) {
  requireActor(ctx.actor);
  const r = await repo.getCommendation(opts.db ?? ctx.db, id, { lock: opts.lock });
  if (!r) throw NotFound('Khen thưởng');
  authorizeCommendation(ctx, action, r);
  return r;
}

export async function getCommendation(ctx: Ctx, id: number) {
  return presentCommendation(ctx, await loadCommendation(ctx, id));
}
