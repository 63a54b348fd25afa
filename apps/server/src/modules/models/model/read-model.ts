/** Reading models: the register (paged, filtered), one model, and the loader the verbs share. */
import type { ModelExportQuery, ModelQuery } from '@danvan/contracts';
import { yearRange } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import * as org from '../../org/index.ts';
import * as evaluationsRepo from '../evaluation/evaluation.repository.ts';
import * as resultsRepo from '../result/result.repository.ts';
import * as repo from './model.repository.ts';
import { authorizeModel, canModel, modelReadScopes, readsModelsAt, type ModelVerb } from './model.policy.ts';
import { presentModel, presentModelDetail } from './model.present.ts';

/** The unit a list is filtered by, when the actor reads its models; otherwise 404. */
export async function readableUnit(ctx: Ctx, unitId: number) {
  const actor = requireActor(ctx.actor);
  const u = await org.getUnitById(ctx, unitId);
  if (!u || !readsModelsAt(actor, u)) throw NotFound('Đơn vị');
  return u;
}

export async function modelFilter(ctx: Ctx, q: ModelExportQuery) {
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const years = q.year ? yearRange(q.year) : undefined;
  const filter: repo.ModelFilter = {
    q: q.q?.trim() || undefined,
    field: q.field,
    state: q.state,
    subject: q.subject,
    under: unit,
    from: years?.from,
    to: years?.to,
  };
  return { unit, filter };
}

export async function listModels(ctx: Ctx, q: ModelQuery) {
  const { filter, unit } = await modelFilter(ctx, q);
  return listPage(ctx, q, {
    ...repo.modelList(ctx.db, modelReadScopes(ctx), filter),
    present: (rows) => rows.map((r) => presentModel(ctx, r)),
    can: listCan(ctx.actor, unit, (at) =>
      canModel(ctx.actor, 'create', { unitId: at.id, unitPath: at.path, state: 'registered' }),
    ),
  });
}

/**
 * A model the actor may `verb` (404 when it may not even read it, 403 when its role does not allow
 * the verb). With `lock` (inside a transaction) the row is locked until commit first, so what the
 * verb checks is still true when it writes.
 */
export async function loadModel(
  ctx: Ctx,
  id: number,
  verb: ModelVerb = 'read',
  opts: { lock?: boolean; db?: Db } = {},
) {
  requireActor(ctx.actor);
  const db = opts.db ?? ctx.db;
  if (opts.lock && !(await repo.lockModel(db, id))) throw NotFound('Mô hình');
  const m = await repo.getModel(db, id);
  if (!m) throw NotFound('Mô hình');
  authorizeModel(ctx, verb, m);
  return m;
}

export async function getModel(ctx: Ctx, id: number) {
  const m = await loadModel(ctx, id);
  return presentModelDetail(
    ctx,
    m,
    await resultsRepo.resultsOf(ctx.db, [id]),
    await evaluationsRepo.evaluationsOf(ctx.db, [id]),
  );
}

/** The detail after a verb, read in its transaction. */
export async function detailAfter(ctx: Ctx, db: Db, id: number) {
  const m = (await repo.getModel(db, id))!;
  return presentModelDetail(
    ctx,
    m,
    await resultsRepo.resultsOf(db, [id]),
    await evaluationsRepo.evaluationsOf(db, [id]),
  );
}
