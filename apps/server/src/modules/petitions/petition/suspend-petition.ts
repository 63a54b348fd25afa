import type { z } from 'zod';
import type { ReasonPetitionStep } from '@danvan/contracts';
import { metDeadline } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/** Tạm đình chỉ (the head's decision, with the reason): the clock stops on that day. */
export async function suspendPetition(ctx: Ctx, id: number, input: z.infer<typeof ReasonPetitionStep>) {
  const p = await runStep(
    ctx,
    id,
    'suspend',
    'decide',
    { ...input, note: input.reason },
    async (_tx, _c, p) => ({
      patch: { suspendedOn: input.on },
      entry: { dueDate: p.resolutionDue, met: metDeadline(p.resolutionDue, input.on) },
      auditAfter: { suspendedOn: input.on },
    }),
  );
  return presentDetail(ctx, p);
}
