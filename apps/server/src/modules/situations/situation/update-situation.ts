/**
 * Editing a situation note, its state included. The note's row is locked and the version the user
 * edited must still be the note's (409 otherwise); a note is settled only when every follow-up
 * action is done (422).
 */
import type { UpdateSituation } from '@danvan/contracts';
import { stateChangeProblem, type FollowUpState, type SituationState } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, RuleViolation } from '../../../core/errors.ts';
import * as repo from './situation.repository.ts';
import { presentSituation } from './situation.present.ts';
import { checkDates, checkPlaceUnit } from './situation.checks.ts';
import { loadSituation } from './read-situation.ts';

export const staleSituation = () =>
  Conflict('Tình hình này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

export async function updateSituation(ctx: Ctx, id: number, input: UpdateSituation) {
  return inTx(ctx, async (tx, c) => {
    const { s: before, followUps } = await loadSituation(c, id, 'update', { lock: true, db: tx });
    const { expectedVersion, ...fields } = input;
    if (expectedVersion !== before.version) throw staleSituation();
    if (fields.placeUnitId !== undefined)
      await checkPlaceUnit(c, { path: before.unitPath }, fields.placeUnitId);
    if (fields.notedOn !== undefined)
      checkDates(
        c,
        fields.notedOn,
        followUps.map((f) => f.dueDate),
      );
    if (fields.state && fields.state !== before.state) {
      const problem = stateChangeProblem(
        fields.state as SituationState,
        followUps.map((f) => ({ dueDate: f.dueDate, state: f.state as FollowUpState })),
      );
      if (problem)
        throw RuleViolation(problem, {
          open: followUps.filter((f) => f.state !== 'done').length,
        });
    }
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== undefined && before[k as keyof typeof before] !== v),
    );
    // nothing differs: no new version, no audit row
    if (!Object.keys(changed).length) return presentSituation(c, before, followUps);
    const v = await repo.updateSituation(tx, id, before.version, {
      ...changed,
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleSituation();
    const after = (await repo.getSituation(tx, id))!;
    await audit(tx, c, {
      entity: 'situation',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentSituation(c, after, followUps);
  });
}
