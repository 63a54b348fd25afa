import type { z } from 'zod';
import type { ResolveDuplicate } from '@danvan/contracts';
import { PETITION_RESOLVED_STATUSES, type PetitionStatus } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, NotFound } from '../../../core/errors.ts';
import { loadPetition, recordStep, stalePetition } from './load-petition.ts';
import * as repo from './petition.repository.ts';
import * as duplicateRepo from './duplicate.repository.ts';
import { presentDetail } from './petition.present.ts';

/**
 * The officer links a duplicate candidate (the petition repeats an earlier one: flagged "trùng đơn",
 * and "kéo dài" when that one was resolved) or dismisses it; either is recorded once.
 */
export async function resolveDuplicate(
  ctx: Ctx,
  id: number,
  otherId: number,
  input: z.infer<typeof ResolveDuplicate>,
) {
  const p = await inTx(ctx, async (tx, c) => {
    const p = await loadPetition(c, id, 'handle', true);
    const candidate = (await duplicateRepo.duplicatesOf(tx, id)).find((d) => d.candidateId === otherId);
    if (!candidate) throw NotFound('Đơn nghi trùng');
    if (candidate.decision) throw Conflict('Đơn nghi trùng này đã được xác nhận hoặc bỏ qua.');
    const ok = await duplicateRepo.decideDuplicate(
      tx,
      id,
      otherId,
      input.decision,
      c.actor?.system ? null : (c.actor?.userId ?? null),
      c.clock.now(),
    );
    if (!ok) throw Conflict('Đơn nghi trùng này đã được xác nhận hoặc bỏ qua.');
    if (input.decision === 'link') {
      const v = await repo.updatePetition(tx, id, p.version, {
        linkedDuplicates: p.linkedDuplicates + 1,
        repeatOfResolved:
          p.repeatOfResolved || PETITION_RESOLVED_STATUSES.includes(candidate.status as PetitionStatus),
      });
      if (v === null) throw stalePetition();
    }
    const step = input.decision === 'link' ? 'link_duplicate' : 'dismiss_duplicate';
    await recordStep(tx, c, id, step, today(c), input.note ?? null, {
      details: { candidateId: otherId, reason: candidate.reason },
    });
    await audit(tx, c, {
      entity: 'petition',
      entityId: id,
      unitId: p.unitId,
      action: step,
      after: { candidateId: otherId, reason: candidate.reason },
    });
    return (await repo.getPetition(tx, id))!;
  });
  return presentDetail(ctx, p);
}
