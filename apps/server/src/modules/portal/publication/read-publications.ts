/** Reading publications: the staff's list and one, a petition's publishing info, the public answers. */
import type { z } from 'zod';
import type { PortalPublicationQuery, PublicAnswerQuery } from '@danvan/contracts';
import { publicationStatesFor, publishRefusal, type PetitionStatus } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { petitionForPublication } from '../../petitions/index.ts';
import { authorizePortal, canPortal, portalReadScopes } from './publication.policy.ts';
import { presentPublic, presentPublication } from './publication.present.ts';
import * as repo from './publication.repository.ts';
import { refusalMessage } from './refusal.ts';

/** A unit the actor may read portal records of (404 otherwise). */
async function readableUnit(ctx: Ctx, unitId: number) {
  const u = await org.getUnitById(ctx, unitId);
  const ref = u ? { unitId: u.id, unitPath: u.path } : undefined;
  authorizePortal(ctx, 'read', ref);
  return u!;
}

export async function listPortalPublications(ctx: Ctx, q: z.infer<typeof PortalPublicationQuery>) {
  const actor = requireActor(ctx.actor);
  const under = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  return listPage(ctx, q, {
    ...repo.publicationList(ctx.db, {
      scopes: portalReadScopes(actor),
      under,
      section: q.section,
      state: q.state,
      withdrawn: q.withdrawn === '1',
    }),
    present: (rows) => rows.map((r) => presentPublication(ctx, r)),
    can: listCan(actor, under, (at) => canPortal(actor, 'publish', { unitId: at.id, unitPath: at.path })),
  });
}

export async function readPublication(ctx: Ctx, id: number) {
  const p = await repo.getPublication(ctx.db, id);
  authorizePortal(ctx, 'read', p);
  return presentPublication(ctx, p);
}

/** What the petition page shows under "Công bố lên Cổng thông tin". */
export async function getPetitionPublication(ctx: Ctx, petitionId: number) {
  const actor = requireActor(ctx.actor);
  const p = await petitionForPublication(ctx, petitionId);
  authorizePortal(ctx, 'read', p);
  const live = await repo.liveOfSource(ctx.db, {
    sourceModule: 'petitions',
    sourceKind: 'petition',
    sourceId: String(p.id),
  });
  const allowed = publicationStatesFor(p.status as PetitionStatus);
  const refusal = allowed.length ? publishRefusal(p, allowed[0]) : publishRefusal(p, 'resolved');
  const mayPublish = canPortal(actor, 'publish', p);
  return {
    petitionId: p.id,
    kind: p.kind,
    status: p.status,
    unitId: p.unitId,
    field: p.field,
    subject: p.subject,
    decisionSummary: refusal === 'kind' ? null : p.decisionSummary,
    allowedStates: refusal ? [] : [...allowed],
    refusal: refusal ? refusalMessage(p, refusal) : null,
    publication: live ? presentPublication(ctx, live) : null,
    can: { publish: mayPublish && !refusal && !live, withdraw: mayPublish && !!live },
  };
}

export async function listPublicAnswers(ctx: Ctx, q: PublicAnswerQuery) {
  let under: { path: string } | undefined;
  if (q.unitId) {
    const u = await org.getUnitById(ctx, q.unitId);
    under = { path: u ? u.path : '/none/' };
  }
  // public (no actor): nothing is created from it, so no `can`
  return listPage(ctx, q, {
    ...repo.publicationList(ctx.db, {
      scopes: null,
      section: 'answers',
      under,
      field: q.field,
      state: q.state,
      q: q.q,
    }),
    present: (rows) => rows.map(presentPublic),
  });
}

export async function getPublicAnswer(ctx: Ctx, id: number) {
  const p = await repo.getPublication(ctx.db, id);
  if (!p || p.withdrawnAt || p.section !== 'answers') throw NotFound('Câu trả lời đã công bố');
  return presentPublic(p);
}
