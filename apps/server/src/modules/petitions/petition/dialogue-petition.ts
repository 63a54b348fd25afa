import type { z } from 'zod';
import type { NotePetitionStep } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/** Đối thoại (complaints only, Luật Khiếu nại 2011 điều 30, 39): a dialogue held; counted by petitions.dialogues. */
export async function dialoguePetition(ctx: Ctx, id: number, input: z.infer<typeof NotePetitionStep>) {
  const p = await runStep(ctx, id, 'dialogue', 'handle', input, async (_tx, _c, p) => ({
    patch: {},
    entry: { dueDate: p.resolutionDue },
  }));
  return presentDetail(ctx, p);
}
