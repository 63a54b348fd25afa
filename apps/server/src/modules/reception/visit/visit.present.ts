/** An entry of the reception log as the API returns it. */
import type { ReceptionVisit } from '@danvan/contracts';
import type { CitizenField, ReceptionKind, ReceptionOutcome } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { vietnamDateTime } from '../shared/sql.ts';
import type { VisitView } from './visit.repository.ts';
import { canVisitFlags } from './visit.policy.ts';

export function presentVisit(ctx: Ctx, v: VisitView): ReceptionVisit {
  const at = vietnamDateTime(v.receivedAt);
  return {
    id: v.id,
    unitId: v.unitId,
    unitName: v.unitName,
    kind: v.kind as ReceptionKind,
    receivedAt: v.receivedAt.toISOString(),
    receivedOn: v.receivedOn,
    receivedTime: at.time,
    place: v.place,
    receiverUserId: v.receiverUserId,
    receiverName: v.receiverName,
    receiverTitle: v.receiverTitle,
    headInPerson: v.headInPerson,
    deputyOnBehalf: v.deputyOnBehalf,
    visitorsCount: v.visitorsCount,
    massDelegation: v.massDelegation,
    representativeName: v.representativeName,
    idNumber: v.idNumber,
    address: v.address,
    content: v.content,
    field: v.field as CitizenField,
    outcome: v.outcome as ReceptionOutcome,
    refusalReason: v.refusalReason,
    outcomeNote: v.outcomeNote,
    conclusion: v.conclusion,
    online: v.online,
    onlineNoticeSentOn: v.onlineNoticeSentOn,
    petitionId: v.petitionId,
    version: v.version,
    isDemo: v.isDemo,
    createdAt: v.createdAt.toISOString(),
    can: canVisitFlags(ctx.actor, v),
  };
}

/** The entry as the audit trail keeps it: its own columns, not the joined unit's. */
export function visitAuditRow(v: VisitView) {
  const { unitName: _n, unitCode: _c, unitPath: _p, unitKind: _k, unitParentId: _pa, ...own } = v;
  return own;
}
