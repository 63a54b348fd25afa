import type { z } from 'zod';
import type { GuidePetition } from '@danvan/contracts';
import { metDeadline } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/** Hướng dẫn người gửi đơn đến cơ quan có thẩm quyền (văn bản hướng dẫn), within the screening deadline. */
export async function guidePetition(ctx: Ctx, id: number, input: z.infer<typeof GuidePetition>) {
  const p = await runStep(ctx, id, 'guide', 'handle', input, async (_tx, _c, p) => ({
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
