/** The checks of a log entry as a whole (packages/domain checkVisit) and the values derived from it. */
import { checkVisit, visitFlags, type ReceptionKind, type ReceptionOutcome } from '@danvan/domain';
import type { Db } from '../../../db/client.ts';
import { Invalid } from '../../../core/errors.ts';
import { userExists } from '../schedule/schedule.repository.ts';
import { vietnamInstant } from '../shared/sql.ts';

export interface VisitValues {
  kind: ReceptionKind;
  receivedOn: string;
  receivedTime: string;
  headInPerson: boolean;
  deputyOnBehalf: boolean;
  visitorsCount: number;
  outcome: ReceptionOutcome;
  refusalReason: string;
  online: boolean;
  onlineNoticeSentOn: string | null;
  receiverUserId: number | null;
}

/** 400 naming the fields when the entry does not hold together; else the stored derived values. */
export async function checkedVisit(db: Db, v: VisitValues, today: string) {
  const problems = checkVisit(v, today);
  if (v.receiverUserId !== null && !(await userExists(db, v.receiverUserId)))
    problems.push({ path: 'receiverUserId', message: 'Tài khoản người tiếp không tồn tại' });
  if (problems.length) throw Invalid(problems.map((p) => p.message).join('; ') + '.', problems);
  return {
    receivedAt: vietnamInstant(v.receivedOn, v.receivedTime),
    receivedOn: v.receivedOn,
    massDelegation: visitFlags(v).massDelegation,
    // a reason is kept only for a refusal
    refusalReason: v.outcome === 'refused' ? v.refusalReason : '',
  };
}
