import type { z } from 'zod';
import type { SimplePetitionStep } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/** Kết thúc hồ sơ: the case file is closed (after the result is sent, a transfer or guidance). */
export async function closePetition(ctx: Ctx, id: number, input: z.infer<typeof SimplePetitionStep>) {
  const p = await runStep(ctx, id, 'close', 'handle', input, async () => ({
    patch: { closedOn: input.on },
    auditAfter: { closedOn: input.on },
  }));
  return presentDetail(ctx, p);
}
