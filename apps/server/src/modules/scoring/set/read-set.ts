/** Reading criteria sets: the list, one set, and the loader the verbs share. */
import type { CriteriaSetQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor, scopesFor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import { authorizeSet, canSet, type SetVerb } from './set.policy.ts';
import { presentSet, presentSetSummary } from './set.present.ts';
import * as repo from './set.repository.ts';

export async function listSets(ctx: Ctx, q: CriteriaSetQuery) {
  const actor = requireActor(ctx.actor);
  return listPage(ctx, q, {
    ...repo.setList(ctx.db, scopesFor(actor, 'scoring:read'), q),
    present: (rows) => rows.map((r) => presentSetSummary(ctx, r)),
    can: listCan(actor, undefined, (at) =>
      canSet(actor, 'create', { unitId: at.id, unitPath: at.path, state: 'draft' }),
    ),
  });
}

/** A set the actor may `verb` (404 / 403); with `lock` the row is locked until commit. */
export async function loadSet(
  ctx: Ctx,
  id: number,
  verb: SetVerb = 'read',
  opts: { lock?: boolean; db?: Db } = {},
) {
  const r = await repo.getSet(opts.db ?? ctx.db, id, opts.lock);
  if (!r) throw NotFound('Bộ tiêu chí');
  authorizeSet(ctx, verb, r);
  return r;
}

export async function getSet(ctx: Ctx, id: number) {
  return presentSet(ctx, await loadSet(ctx, id));
}

export async function setAfter(ctx: Ctx, db: Db, id: number) {
  const r = await repo.getSet(db, id);
  if (!r) throw NotFound('Bộ tiêu chí');
  return presentSet(ctx, r);
}
