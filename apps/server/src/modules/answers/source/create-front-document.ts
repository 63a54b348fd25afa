import type { z } from 'zod';
import { CreateFrontCriticism, CreateFrontSupervision } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { createSource } from './create-source.ts';

/**
 * Văn bản giám sát của Mặt trận (kế hoạch hoặc kết luận, kiến nghị sau giám sát; QĐ 217-QĐ/TW,
 * Luật MTTQ điều 25–29): numbered recommendations to the addressed agency, due by the rule
 * mttq.tra_loi_kien_nghi_giam_sat counted from the day the agency received it unless set per item.
 */
export function createFrontSupervision(ctx: Ctx, raw: z.input<typeof CreateFrontSupervision>) {
  const input = CreateFrontSupervision.parse(raw);
  return createSource(ctx, {
    unitId: input.unitId,
    row: {
      kind: 'front_supervision',
      addresseeUnitId: input.addresseeUnitId,
      title: input.title,
      documentNumber: input.documentNumber,
      receivedOn: input.receivedOn,
      summary: input.summary,
      details: { docType: input.docType },
    },
    items: input.items,
  });
}

/**
 * Văn bản phản biện xã hội (Luật MTTQ điều 32–36): the draft, the day it was sent for criticism and
 * its planned submission (the presenter says whether the 15 days' lead of điều 36 was kept), and the
 * criticism points the drafting agency answers in writing, with the reasons for what is not taken in.
 */
export function createFrontCriticism(ctx: Ctx, raw: z.input<typeof CreateFrontCriticism>) {
  const input = CreateFrontCriticism.parse(raw);
  return createSource(ctx, {
    unitId: input.unitId,
    row: {
      kind: 'front_criticism',
      addresseeUnitId: input.addresseeUnitId,
      title: input.title,
      documentNumber: input.documentNumber,
      receivedOn: input.receivedOn,
      summary: input.summary,
      details: {
        draftTitle: input.draftTitle,
        draftSentOn: input.draftSentOn,
        submissionOn: input.submissionOn,
      },
    },
    items: input.items,
  });
}
