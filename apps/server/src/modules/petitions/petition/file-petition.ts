import type { z } from 'zod';
import type { FilePetition } from '@danvan/contracts';
import { metDeadline } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/** Lưu đơn, không xử lý (anonymous, repeated, already resolved …), with the reason; a complaint or denunciation gets a notice of non-acceptance. */
export async function filePetition(ctx: Ctx, id: number, input: z.infer<typeof FilePetition>) {
  const p = await runStep(
    ctx,
    id,
    'file',
    'handle',
    { ...input, note: input.reason },
    async (_tx, _c, p) => ({
      patch: { closedOn: input.on },
      entry: { dueDate: p.screeningDue, met: metDeadline(p.screeningDue, input.on) },
    }),
  );
  return presentDetail(ctx, p);
}
