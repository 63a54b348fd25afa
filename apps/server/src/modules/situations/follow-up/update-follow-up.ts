/**
 * Updating a follow-up action (its progress, mostly). The note's row is locked; the version the user
 * edited must still be the action's (409 otherwise). Becoming done records the day.
 */
import type { UpdateSituationFollowUp } from '@danvan/contracts';
import { followUpDoneOn, type FollowUpState } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from '../situation/situation.repository.ts';
import { loadSituation } from '../situation/read-situation.ts';
import { presentSituation } from '../situation/situation.present.ts';
import { checkFollowUpChange } from './follow-up.checks.ts';

const staleFollowUp = () =>
  Conflict('Việc cần làm này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

/** The action and its note, the note locked and the action read again under the lock. */
export async function loadFollowUp(ctx: Ctx, id: number, tx: Db) {
  requireActor(ctx.actor);
  const first = await repo.getFollowUp(tx, id);
  if (!first) throw NotFound('Việc cần làm');
  const { s } = await loadSituation({ ...ctx, db: tx }, first.situationId, 'followUp', {
    lock: true,
    db: tx,
  });
  const f = await repo.getFollowUp(tx, id);
  if (!f) throw NotFound('Việc cần làm');
  return { s, f };
}

export async function updateFollowUp(ctx: Ctx, id: number, input: UpdateSituationFollowUp) {
  return inTx(ctx, async (tx, c) => {
    const { s, f: before } = await loadFollowUp(c, id, tx);
    const { expectedVersion, ...fields } = input;
    if (expectedVersion !== before.version) throw staleFollowUp();
    checkFollowUpChange(s, fields.dueDate);
    const changed: Partial<typeof before> = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== undefined && before[k as keyof typeof before] !== v),
    );
    if (Object.keys(changed).length) {
      if (changed.state)
        changed.doneOn = followUpDoneOn(
          { state: before.state as FollowUpState, doneOn: before.doneOn },
          changed.state as FollowUpState,
          today(c),
        );
      const v = await repo.updateFollowUp(tx, id, before.version, {
        ...changed,
        updatedAt: c.clock.now(),
        updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
      });
      if (v === null) throw staleFollowUp();
      await audit(tx, c, {
        entity: 'situation_follow_up',
        entityId: id,
        unitId: s.unitId,
        action: 'update',
        before,
        after: await repo.getFollowUp(tx, id),
      });
    }
    return presentSituation(c, s, await repo.followUpsOf(tx, [s.id]));
  });
}
