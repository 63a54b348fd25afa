import type { z } from 'zod';
import type { NotePetitionStep } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/** Xác minh: a line of the verification (who was heard, what was found). */
export async function verifyPetition(ctx: Ctx, id: number, input: z.infer<typeof NotePetitionStep>) {
  const p = await runStep(ctx, id, 'verify', 'handle', input, async (_tx, _c, p) => ({
    patch: {},
    entry: { dueDate: p.resolutionDue },
  }));
  return presentDetail(ctx, p);
}
