import type { z } from 'zod';
import { CreateConsultation } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { createSource } from './create-source.ts';

/** Lấy ý kiến Nhân dân về dự thảo (Luật Thực hiện dân chủ ở cơ sở 2022): the draft, open and close dates. */
export function createConsultation(ctx: Ctx, raw: z.input<typeof CreateConsultation>) {
  const input = CreateConsultation.parse(raw);
  return createSource(ctx, {
    unitId: input.unitId,
    row: {
      kind: 'consultation',
      title: input.title,
      receivedOn: input.opensOn,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      summary: input.summary,
      details: { draftTitle: input.draftTitle },
    },
    items: [],
  });
}
