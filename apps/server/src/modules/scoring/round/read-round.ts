/** Reading rounds: the list, one round, the loader the verbs share, and the compliance. */
import type { RoundQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor, scopesFor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import { authorizeRound, canRound, type RoundVerb } from './round.policy.ts';
import { presentRound } from './round.present.ts';
import * as repo from './round.repository.ts';

/** A round the actor may `verb` (404 / 403); with `lock` the row is locked until commit. */
export async function loadRound(
  ctx: Ctx,
  id: number,
  verb: RoundVerb = 'read',
  opts: { lock?: boolean; db?: Db } = {},
) {
  const r = await repo.getRound(opts.db ?? ctx.db, id, opts.lock);
  if (!r) throw NotFound('Đợt chấm điểm');
  authorizeRound(ctx, verb, r);
  return r;
}

export async function roundAfter(ctx: Ctx, db: Db, r: repo.RoundRow) {
  const [groups, parts, counts] = await Promise.all([
    repo.groupsByIds(db, r.groupIds),
    repo.participants(db, r),
    repo.stateCounts(db, r.id),
  ]);
  return presentRound(ctx, r, { groups, participants: parts.length, counts });
}

export async function getRound(ctx: Ctx, id: number) {
  return roundAfter(ctx, ctx.db, await loadRound(ctx, id));
}

export async function reloadRound(ctx: Ctx, db: Db, id: number) {
  const r = await repo.getRound(db, id);
  if (!r) throw NotFound('Đợt chấm điểm');
  return roundAfter(ctx, db, r);
}

export async function listRounds(ctx: Ctx, q: RoundQuery) {
  const actor = requireActor(ctx.actor);
  return listPage(ctx, q, {
    ...repo.roundList(ctx.db, scopesFor(actor, 'scoring:read'), q),
    present: async (rows) => {
      const items = [];
      for (const r of rows) items.push(await roundAfter(ctx, ctx.db, r));
      return items;
    },
    can: listCan(actor, undefined, (at) =>
      canRound(actor, 'create', { unitId: at.id, unitPath: at.path, state: 'open' }),
    ),
  });
}
