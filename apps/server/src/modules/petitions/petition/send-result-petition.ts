import type { z } from 'zod';
import type { SimplePetitionStep } from '@danvan/contracts';
import { metDeadline } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/** Gửi kết quả: the decision or conclusion sent to the petitioner (and whom the law names). */
export async function sendResultPetition(ctx: Ctx, id: number, input: z.infer<typeof SimplePetitionStep>) {
  const p = await runStep(ctx, id, 'send_result', 'handle', input, async (_tx, _c, p) => ({
    patch: { resultSentOn: input.on },
    entry: { dueDate: p.resultDue, met: metDeadline(p.resultDue, input.on) },
    auditAfter: { resultSentOn: input.on },
  }));
  return presentDetail(ctx, p);
}
