/** Reading assessments: the list, one assessment, and the loader the verbs share. */
import type { AssessmentQuery } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor, scopesFor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import * as org from '../../org/index.ts';
import * as schemes from '../band-scheme/band-scheme.repository.ts';
import { schemeOf } from '../band-scheme/read-band-scheme.ts';
import { holds } from '../shared/scope.ts';
import { authorizeAssessment, canAssessment, type AssessmentVerb } from './assessment.policy.ts';
import { presentDetail, presentSummary } from './assessment.present.ts';
import * as repo from './assessment.repository.ts';

/** An assessment the actor may `verb` (404 / 403 / 409); with `lock` the row is locked until commit. */
export async function loadAssessment(
  ctx: Ctx,
  id: number,
  verb: AssessmentVerb = 'read',
  opts: { lock?: boolean; db?: Db } = {},
) {
  const r = await repo.getAssessment(opts.db ?? ctx.db, id, opts.lock);
  if (!r) throw NotFound('Bản chấm điểm');
  authorizeAssessment(ctx, verb, r, today(ctx));
  return r;
}

async function schemeFor(db: Db, id: number) {
  const s = await schemes.getBandScheme(db, id);
  return s ? schemeOf(s) : null;
}

export async function detailAfter(ctx: Ctx, db: Db, id: number) {
  const r = await repo.getAssessment(db, id);
  if (!r) throw NotFound('Bản chấm điểm');
  const [items, comments, scheme] = await Promise.all([
    repo.listItems(db, id),
    repo.listComments(db, id),
    schemeFor(db, r.bandSchemeId),
  ]);
  return presentDetail(ctx, r, items, comments, scheme);
}

export async function getAssessment(ctx: Ctx, id: number) {
  await loadAssessment(ctx, id);
  return detailAfter(ctx, ctx.db, id);
}

export async function listAssessments(ctx: Ctx, q: AssessmentQuery) {
  const actor = requireActor(ctx.actor);
  let under: { id: number; path: string } | undefined;
  if (q.unitId) {
    const u = await org.getUnitById(ctx, q.unitId);
    if (!u || !holds(actor, 'scoring:read', u)) throw NotFound('Đơn vị');
    under = u;
  }
  const t = today(ctx);
  return listPage(ctx, q, {
    ...repo.assessmentList(ctx.db, scopesFor(actor, 'scoring:read'), {
      roundId: q.roundId,
      state: q.state,
      under,
      q: q.q?.trim() || undefined,
    }),
    // one band scheme per set, read once for the page
    present: async (rows) => {
      const cache = new Map<number, Awaited<ReturnType<typeof schemeFor>>>();
      const items = [];
      for (const r of rows) {
        if (!cache.has(r.bandSchemeId)) cache.set(r.bandSchemeId, await schemeFor(ctx.db, r.bandSchemeId));
        items.push(presentSummary(ctx, r, cache.get(r.bandSchemeId)!));
      }
      return items;
    },
    can: listCan(actor, under, (at) =>
      canAssessment(
        actor,
        'create',
        { unitId: at.id, unitPath: at.path, state: 'draft', roundState: 'open', explainUntil: null },
        t,
      ),
    ),
  });
}
