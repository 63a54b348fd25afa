/** Reading the reception log: the register, one entry, and what the petitions module takes of a visit. */
import type { ReceptionVisitFilter, ReceptionVisitListQuery } from '@danvan/contracts';
import type { PetitionField } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import { readableUnit, readScopes } from '../shared/unit.policy.ts';
import * as repo from './visit.repository.ts';
import { authorizeVisit, canVisit } from './visit.policy.ts';
import { noticeRules, presentVisit } from './visit.present.ts';

export async function visitFilter(ctx: Ctx, q: ReceptionVisitFilter): Promise<repo.VisitFilter> {
  const under = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  return {
    under,
    kind: q.kind,
    field: q.field,
    outcome: q.outcome,
    from: q.from,
    to: q.to,
    mass: q.mass || undefined,
    q: q.q?.trim() || undefined,
  };
}

export async function listVisits(ctx: Ctx, q: ReceptionVisitListQuery) {
  const f = await visitFilter(ctx, q);
  return listPage(ctx, q, {
    ...repo.visitList(ctx.db, readScopes(ctx), f),
    present: async (rows) => {
      const notice = await noticeRules(ctx);
      return rows.map((v) => presentVisit(ctx, v, notice));
    },
    can: listCan(ctx.actor, f.under, (at) =>
      canVisit(ctx.actor, 'create', { unitId: at.id, unitPath: at.path }),
    ),
  });
}

/** An entry of a unit in the actor's scope; otherwise 404. */
export async function loadVisit(ctx: Ctx, id: number) {
  requireActor(ctx.actor);
  const v = await repo.getVisit(ctx.db, id);
  if (!v) throw NotFound('Lượt tiếp công dân');
  authorizeVisit(ctx, 'read', v);
  return v;
}

export async function getVisit(ctx: Ctx, id: number) {
  const v = await loadVisit(ctx, id);
  return presentVisit(ctx, v, await noticeRules(ctx));
}

/** What a petition created from a visit takes of it. */
export interface VisitForPetition {
  id: number;
  unitId: number;
  /** ISO instant. */
  receivedAt: string;
  visitorsCount: number;
  representativeName: string;
  idNumber: string;
  address: string;
  content: string;
  field: PetitionField;
  /** The petition already created from this visit, if any. */
  petitionId: number | null;
}

/**
 * For the petitions module: the visit a petition is created from, after checking that the actor may
 * read it (404 otherwise, also for a malformed id).
 */
export async function readVisitForPetition(ctx: Ctx, visitId: number): Promise<VisitForPetition> {
  if (!Number.isInteger(visitId) || visitId < 1 || visitId > 2_147_483_647)
    throw NotFound('Lượt tiếp công dân');
  const v = await loadVisit(ctx, visitId);
  return {
    id: v.id,
    unitId: v.unitId,
    receivedAt: v.receivedAt.toISOString(),
    visitorsCount: v.visitorsCount,
    representativeName: v.representativeName,
    idNumber: v.idNumber,
    address: v.address,
    content: v.content,
    field: v.field as PetitionField,
    petitionId: v.petitionId,
  };
}
