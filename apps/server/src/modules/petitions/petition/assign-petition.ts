import type { z } from 'zod';
import type { AssignPetition } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { assertHandler, runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/** Phân công người giải quyết (the head): for a tố cáo the only one, with the head, who sees the case. */
export async function assignPetition(ctx: Ctx, id: number, input: z.infer<typeof AssignPetition>) {
  const p = await runStep(
    ctx,
    id,
    'assign',
    'decide',
    { on: today(ctx), expectedVersion: input.expectedVersion },
    async (tx, _c, p) => {
      await assertHandler(tx, input.handlerId, p);
      return {
        patch: { handlerId: input.handlerId },
        entry: { details: { handlerId: input.handlerId, previousHandlerId: p.handlerId } },
        auditAfter: { handlerId: input.handlerId },
      };
    },
  );
  return presentDetail(ctx, p);
}
