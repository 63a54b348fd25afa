/** Logging a visit in the reception log (sổ tiếp công dân). */
import type { z } from 'zod';
import type { CreateReceptionVisit } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { unitToWriteAt } from '../shared/unit.policy.ts';
import * as repo from './visit.repository.ts';
import { checkedVisit } from './visit.checks.ts';
import { noticeRules, presentVisit, visitAuditRow } from './visit.present.ts';

export async function createVisit(
  ctx: Ctx,
  input: z.output<typeof CreateReceptionVisit>,
  opts: { isDemo?: boolean } = {},
) {
  const unit = await unitToWriteAt(ctx, input.unitId);
  const values = {
    ...input,
    receiverUserId: input.receiverUserId ?? null,
    onlineNoticeSentOn: input.onlineNoticeSentOn ?? null,
  };
  const derived = await checkedVisit(ctx.db, values, today(ctx));
  return inTx(ctx, async (tx, c) => {
    const now = c.clock.now();
    const { receivedTime: _t, ...fields } = values;
    void _t;
    const id = await repo.insertVisit(tx, {
      ...fields,
      ...derived,
      unitId: unit.id,
      isDemo: opts.isDemo ?? false,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      createdAt: now,
      updatedAt: now,
    });
    const after = (await repo.getVisit(tx, id))!;
    await audit(tx, c, {
      entity: 'reception_visit',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after: visitAuditRow(after),
    });
    return presentVisit(c, after, await noticeRules(c));
  });
}
