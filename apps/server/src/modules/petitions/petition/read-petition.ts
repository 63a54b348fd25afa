import type { PetitionListQuery } from '@danvan/contracts';
import { normalizeVi, type PetitionField } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { readVisitForPetition } from '../shared/reception.ts';
import { loadPetition } from './load-petition.ts';
import * as repo from './register.repository.ts';
import { canCreatePetitionAt, registerScopes } from './petition.policy.ts';
import { presentDetail, presentSummary } from './petition.present.ts';

export async function getPetition(ctx: Ctx, id: number) {
  return presentDetail(ctx, await loadPetition(ctx, id));
}

/** The register: filtered and paged in scope, with the counts per status and `can.create`. */
export async function listPetitions(ctx: Ctx, q: PetitionListQuery) {
  const actor = requireActor(ctx.actor);
  let unit: { id: number; path: string } | undefined;
  if (q.unitId) {
    // the actor's own unit is in its session (with the path its scopes use); another is looked up
    const own = actor.assignments.find((a) => a.unitId === q.unitId);
    const u = own ? { id: own.unitId, path: own.unitPath } : await org.getUnitPath(ctx, q.unitId);
    if (!u) throw NotFound('Đơn vị');
    unit = u;
  }
  // a unit inside a read scope's subtree is the register's scope (one predicate, the same rows)
  const { scopes, narrowed } = registerScopes(actor, unit);
  const list = repo.petitionList(ctx.db, scopes, {
    ...q,
    q: q.q ? normalizeVi(q.q) : undefined,
    unitPath: narrowed ? undefined : unit?.path,
    today: today(ctx),
  });
  const paged = await listPage(ctx, q, {
    ...list,
    present: (rows) => rows.map((p) => presentSummary(ctx, p)),
    can: listCan(actor, unit, (u) => canCreatePetitionAt(actor, u)),
  });
  const { counts, totalIsLowerBound, countsCapped } = await list.counts();
  return {
    ...paged,
    counts,
    ...(totalIsLowerBound ? { totalIsLowerBound } : {}),
    ...(countsCapped ? { countsCapped } : {}),
  };
}

/** A draft petition from a visit of the reception log ('Tạo đơn từ lượt tiếp'). */
export async function visitDraft(ctx: Ctx, visitId: number) {
  const v = await readVisitForPetition(ctx, visitId);
  return {
    visitId: v.id,
    unitId: v.unitId,
    receivedOn: today({ clock: { now: () => new Date(v.receivedAt) } }),
    petitionersCount: v.visitorsCount,
    representativeName: v.representativeName,
    idNumber: v.idNumber,
    address: v.address,
    content: v.content,
    // the reception log and the petitions share one field vocabulary
    field: v.field as PetitionField,
  };
}
