import type { z } from 'zod';
import type { ScreenPetition } from '@danvan/contracts';
import { metDeadline } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/** Phân loại đơn: the competence found (own, a lower level's = vượt cấp, another body's) and the case's facts. */
export async function screenPetition(ctx: Ctx, id: number, input: z.infer<typeof ScreenPetition>) {
  const p = await runStep(ctx, id, 'screen', 'handle', input, async (_tx, _c, p) => ({
    patch: {
      competence: input.competence,
      ...(input.complex !== undefined ? { complex: input.complex } : {}),
      ...(input.remoteArea !== undefined ? { remoteArea: input.remoteArea } : {}),
    },
    entry: {
      dueDate: p.screeningDue,
      met: metDeadline(p.screeningDue, input.on),
      details: { competence: input.competence },
    },
    auditAfter: { competence: input.competence },
  }));
  return presentDetail(ctx, p);
}
