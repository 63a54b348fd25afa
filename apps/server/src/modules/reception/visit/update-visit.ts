/**
 * Correcting an entry of the reception log: loaded with a row lock inside the transaction, checked as
 * a whole with the fields it keeps, written only at the version the client saw (`expectedVersion`).
 */
import type { ReceptionKind, ReceptionOutcome } from '@danvan/domain';
import type { UpdateReceptionVisit } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, NotFound } from '../../../core/errors.ts';
import { vietnamDateTime } from '../shared/sql.ts';
import * as repo from './visit.repository.ts';
import { authorizeVisit } from './visit.policy.ts';
import { checkedVisit } from './visit.checks.ts';
import { noticeRules, presentVisit, visitAuditRow } from './visit.present.ts';

export const staleVisit = () =>
  Conflict('Lượt tiếp công dân vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.');

export async function updateVisit(ctx: Ctx, id: number, input: UpdateReceptionVisit) {
  return inTx(ctx, async (tx, c) => {
    const before = await repo.getVisit(tx, id, { forUpdate: true });
    if (!before) throw NotFound('Lượt tiếp công dân');
    authorizeVisit(c, 'update', before);
    const { expectedVersion, ...fields } = input;
    if (expectedVersion !== undefined && expectedVersion !== before.version) throw staleVisit();
    const merged = {
      kind: (fields.kind ?? before.kind) as ReceptionKind,
      receivedOn: fields.receivedOn ?? before.receivedOn,
      receivedTime: fields.receivedTime ?? vietnamDateTime(before.receivedAt).time,
      headInPerson: fields.headInPerson ?? before.headInPerson,
      deputyOnBehalf: fields.deputyOnBehalf ?? before.deputyOnBehalf,
      visitorsCount: fields.visitorsCount ?? before.visitorsCount,
      outcome: (fields.outcome ?? before.outcome) as ReceptionOutcome,
      refusalReason: fields.refusalReason ?? before.refusalReason,
      online: fields.online ?? before.online,
      onlineNoticeSentOn:
        fields.onlineNoticeSentOn === undefined ? before.onlineNoticeSentOn : fields.onlineNoticeSentOn,
      receiverUserId: fields.receiverUserId === undefined ? before.receiverUserId : fields.receiverUserId,
    };
    const derived = await checkedVisit(tx, merged, today(c));
    const { receivedTime: _t, ...rest } = fields;
    void _t;
    const ok = await repo.updateVisit(tx, id, before.version, {
      ...rest,
      onlineNoticeSentOn: merged.onlineNoticeSentOn,
      receiverUserId: merged.receiverUserId,
      ...derived,
      updatedAt: c.clock.now(),
    });
    if (!ok) throw staleVisit();
    const after = (await repo.getVisit(tx, id))!;
    await audit(tx, c, {
      entity: 'reception_visit',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before: visitAuditRow(before),
      after: visitAuditRow(after),
    });
    return presentVisit(c, after, await noticeRules(c));
  });
}
