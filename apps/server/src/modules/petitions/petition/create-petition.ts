import type { CreatePetition } from '@danvan/contracts';
import {
  deadlineRuleCode,
  PETITION_RESOLVED_STATUSES,
  splitPetition,
  type PetitionKind,
  type PetitionStatus,
} from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Forbidden, Invalid, NotFound, RuleViolation } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { deadlineFor } from '../../legal/index.ts';
import { sealIdentity } from '../../vault/index.ts';
import { markVisitPetition, readVisitForPetition } from '../shared/reception.ts';
import { findCandidates } from './check-duplicates.ts';
import { recordStep, ruleDetails } from './load-petition.ts';
import * as repo from './petition.repository.ts';
import * as duplicateRepo from './duplicate.repository.ts';
import { canCreatePetitionAt, canPetition } from './petition.policy.ts';
import { presentDetail } from './petition.present.ts';

/**
 * Enters a petition at a unit: one record per kind (linked to the first), each with its screening
 * deadline from the legal register (the rule in force on the day of receipt, marked used), the
 * denouncer of a tố cáo sealed in the vault (never in the petition), the duplicate candidates found,
 * and the visit of the reception log marked when it came from one.
 */
export async function createPetitions(ctx: Ctx, input: CreatePetition, opts: { isDemo?: boolean } = {}) {
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit || !inScope(scopesFor(actor, 'petitions:read'), unit)) throw NotFound('Đơn vị tiếp nhận');
  if (!canCreatePetitionAt(actor, unit)) throw Forbidden();
  if (input.receivedOn > today(ctx))
    throw Invalid('Ngày nhận đơn không được sau ngày hôm nay.', [
      { path: 'receivedOn', message: 'Ngày nhận đơn không được sau ngày hôm nay' },
    ]);
  if (input.visitId) {
    const visit = await readVisitForPetition(ctx, input.visitId);
    if (visit.unitId !== input.unitId)
      throw Invalid('Lượt tiếp công dân thuộc đơn vị khác đơn vị tiếp nhận đơn.', [
        { path: 'visitId', message: 'Lượt tiếp thuộc đơn vị khác' },
      ]);
  }
  let secondInstance = false;
  if (input.firstInstanceId) {
    const first = await repo.getPetition(ctx.db, input.firstInstanceId);
    if (
      !first ||
      !canPetition(actor, 'read', {
        unitId: first.unitId,
        unitPath: first.unitPath,
        kind: first.kind,
        handlerId: first.handlerId,
      })
    )
      throw NotFound('Đơn khiếu nại lần đầu');
    if (first.kind !== 'khieu_nai' || !PETITION_RESOLVED_STATUSES.includes(first.status as PetitionStatus))
      throw RuleViolation(
        'Khiếu nại lần hai phải gắn với một khiếu nại lần đầu đã có quyết định giải quyết.',
      );
    if (!input.kinds.every((k) => k === 'khieu_nai'))
      throw RuleViolation('Đơn khiếu nại lần hai chỉ gồm nội dung khiếu nại.');
    secondInstance = true;
  }
  if ((input.identity || input.identityPaperRef) && !input.kinds.includes('to_cao'))
    throw Invalid('Thông tin người tố cáo chỉ nhập cho đơn tố cáo.', [
      { path: 'identity', message: 'Chỉ nhập cho đơn tố cáo' },
    ]);

  const ids = await inTx(ctx, async (tx, c) => {
    const out: number[] = [];
    for (const part of splitPetition({ kinds: input.kinds as PetitionKind[] })) {
      const kind = part.kind;
      const denunciation = kind === 'to_cao';
      const code = deadlineRuleCode(kind, 'screening')!;
      const d = await deadlineFor(c, code, input.receivedOn, { secondInstance }, { markUsed: true });
      const row = await repo.insertPetition(tx, {
        unitId: input.unitId,
        receivedOn: input.receivedOn,
        channel: input.channel,
        kind,
        field: input.field,
        petitionersCount: input.petitionersCount,
        representativeName: denunciation ? null : (input.representativeName ?? null),
        idNumber: denunciation ? null : (input.idNumber ?? null),
        address: denunciation ? null : (input.address ?? null),
        subject: input.subject,
        content: input.content,
        sourceBody: input.sourceBody ?? null,
        addressedTo: input.addressedTo ?? null,
        complex: input.complex,
        remoteArea: input.remoteArea,
        secondInstance,
        firstInstanceId: input.firstInstanceId ?? null,
        splitFromId: out[0] ?? null,
        visitId: input.visitId ?? null,
        handlerId: actor.system ? null : actor.userId,
        screeningDue: d.dueDate,
        screeningRuleId: d.rule.id,
        screeningRuleVersion: d.rule.version,
        isDemo: opts.isDemo ?? false,
        createdBy: actor.system ? null : actor.userId,
      });
      out.push(row.id);
      await recordStep(tx, c, row.id, 'receive', input.receivedOn, null, {
        dueDate: d.dueDate,
        ruleId: d.rule.id,
        ruleVersion: d.rule.version,
        details: { due: d.dueDate, ...ruleDetails(d), channel: input.channel, splitFromId: row.splitFromId },
      });
      if (denunciation) {
        if (input.identityPaperRef)
          await sealIdentity(tx, c, 'petition', row.id, { paperRef: input.identityPaperRef });
        else {
          const identity =
            input.identity ??
            (input.representativeName
              ? {
                  fullName: input.representativeName,
                  idNumber: input.idNumber ?? null,
                  address: input.address ?? null,
                }
              : null);
          if (identity) await sealIdentity(tx, c, 'petition', row.id, identity);
        }
      }
      await audit(tx, c, {
        entity: 'petition',
        entityId: row.id,
        unitId: row.unitId,
        action: 'create',
        // no content, no name: the audit trail never carries what identifies a petitioner
        after: {
          kind,
          channel: row.channel,
          field: row.field,
          receivedOn: row.receivedOn,
          status: row.status,
          splitFromId: row.splitFromId,
          screeningDue: d.dueDate,
          ruleId: d.rule.id,
        },
      });
    }
    // duplicates: earlier petitions of the same person or with similar content
    const identity = input.kinds.includes('to_cao') ? (input.identity ?? null) : null;
    const candidates = await findCandidates(c, { ...input, identity }, out);
    const decided = new Map(input.duplicateDecisions.map((d) => [d.petitionId, d.decision]));
    for (const id of out) {
      const rows = candidates.map((k) => ({
        candidateId: k.petitionId,
        reason: k.reason,
        score: k.score,
        decision: decided.get(k.petitionId) ?? null,
        decidedBy: decided.has(k.petitionId) && !actor.system ? actor.userId : null,
        decidedAt: decided.has(k.petitionId) ? c.clock.now() : null,
      }));
      await duplicateRepo.insertDuplicates(tx, id, rows);
      const linked = candidates.filter((k) => decided.get(k.petitionId) === 'link');
      if (linked.length) {
        const current = (await repo.getPetition(tx, id))!;
        await repo.updatePetition(tx, id, current.version, {
          linkedDuplicates: linked.length,
          repeatOfResolved: linked.some((k) =>
            PETITION_RESOLVED_STATUSES.includes(k.status as PetitionStatus),
          ),
        });
      }
      for (const k of candidates.filter((x) => decided.has(x.petitionId))) {
        const dec = decided.get(k.petitionId)!;
        await recordStep(tx, c, id, dec === 'link' ? 'link_duplicate' : 'dismiss_duplicate', today(c), null, {
          details: { candidateId: k.petitionId, reason: k.reason },
        });
        await audit(tx, c, {
          entity: 'petition',
          entityId: id,
          unitId: input.unitId,
          action: dec === 'link' ? 'link_duplicate' : 'dismiss_duplicate',
          after: { candidateId: k.petitionId, reason: k.reason },
        });
      }
    }
    if (input.visitId) await markVisitPetition(tx, c, input.visitId, out[0]);
    return out;
  });
  const views = [];
  for (const id of ids) views.push(await presentDetail(ctx, (await repo.getPetition(ctx.db, id))!));
  return views;
}
