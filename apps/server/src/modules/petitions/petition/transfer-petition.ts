import type { z } from 'zod';
import type { TransferPetition } from '@danvan/contracts';
import { metDeadline } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/** Chuyển đơn đến cơ quan có thẩm quyền (phiếu chuyển đơn), within the screening deadline. */
export async function transferPetition(ctx: Ctx, id: number, input: z.infer<typeof TransferPetition>) {
  const p = await runStep(ctx, id, 'transfer', 'handle', input, async (_tx, _c, p) => ({
    patch: {
      toBody: input.toBody,
      competence: p.competence === 'own' || !p.competence ? 'other_body' : p.competence,
    },
    entry: {
      dueDate: p.screeningDue,
      met: metDeadline(p.screeningDue, input.on),
      details: { toBody: input.toBody },
    },
    auditAfter: { toBody: input.toBody },
  }));
  return presentDetail(ctx, p);
}
