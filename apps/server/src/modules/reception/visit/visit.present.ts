/** An entry of the reception log as the API returns it. */
import type { ReceptionVisit } from '@danvan/contracts';
import {
  ONLINE_NOTICE_RULE,
  onlineNoticeDeadline,
  onlineNoticeLate,
  type HolidayCalendar,
  type PetitionField,
  type ReceptionKind,
  type ReceptionOutcome,
  type TimeLimitRule,
} from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { rulesOfCodes, workingCalendar } from '../../legal/index.ts';
import { vietnamDateTime } from '../shared/sql.ts';
import type { VisitView } from './visit.repository.ts';
import { canVisitFlags } from './visit.policy.ts';

/** What the online notice flag is measured against: the register's notice rule and the calendar. */
export interface NoticeRules {
  rules: readonly TimeLimitRule[];
  calendar: HolidayCalendar;
}

/** Loads the notice rule's versions and the working-day calendar once for a response. */
export async function noticeRules(ctx: Ctx): Promise<NoticeRules> {
  return { rules: await rulesOfCodes(ctx, [ONLINE_NOTICE_RULE]), calendar: await workingCalendar(ctx) };
}

export function presentVisit(ctx: Ctx, v: VisitView, notice: NoticeRules): ReceptionVisit {
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
    field: v.field as PetitionField,
    outcome: v.outcome as ReceptionOutcome,
    refusalReason: v.refusalReason,
    outcomeNote: v.outcomeNote,
    conclusion: v.conclusion,
    online: v.online,
    onlineNoticeSentOn: v.onlineNoticeSentOn,
    onlineNoticeDueBy: v.online ? onlineNoticeDeadline(v.receivedOn, notice.rules, notice.calendar) : null,
    onlineNoticeLate: onlineNoticeLate(v, notice.rules, notice.calendar),
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
