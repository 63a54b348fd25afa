/** Linking a visit to the petition created from it (called by the petitions module in its transaction). */
import type { Db } from '../../../db/client.ts';
import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import { NotFound, StateInvalid } from '../../../core/errors.ts';
import * as repo from './visit.repository.ts';
import { authorizeVisit } from './visit.policy.ts';
import { staleVisit } from './update-visit.ts';

/**
 * Stores `petitionId` on the visit, inside the caller's transaction `tx`: the visit is locked, must be
 * readable by the actor (404), and may carry one petition only (409 when another one is linked).
 * Linking the same petition again changes nothing.
 */
export async function markVisitPetition(
  tx: Db,
  ctx: Ctx,
  visitId: number,
  petitionId: number,
): Promise<void> {
  const c = { ...ctx, db: tx };
  const before = await repo.getVisit(tx, visitId, { forUpdate: true });
  if (!before) throw NotFound('Lượt tiếp công dân');
  authorizeVisit(c, 'linkPetition', before);
  if (before.petitionId === petitionId) return;
  if (before.petitionId !== null)
    throw StateInvalid('Lượt tiếp công dân này đã được tạo đơn thư.', { petitionId: before.petitionId });
  if (!(await repo.updateVisit(tx, visitId, before.version, { petitionId, updatedAt: c.clock.now() })))
    throw staleVisit();
  await audit(tx, c, {
    entity: 'reception_visit',
    entityId: visitId,
    unitId: before.unitId,
    action: 'update',
    before: { petitionId: before.petitionId },
    after: { petitionId },
  });
}
