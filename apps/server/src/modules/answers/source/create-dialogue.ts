import type { z } from 'zod';
import { CreateDialogue } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { createSource } from './create-source.ts';

/** Lên lịch đối thoại trực tiếp (Quy định 11-QĐi/TW): date, place, chair, the notice, those invited. */
export function createDialogue(ctx: Ctx, raw: z.input<typeof CreateDialogue>) {
  const input = CreateDialogue.parse(raw);
  return createSource(ctx, {
    unitId: input.unitId,
    row: {
      kind: 'dialogue',
      title: input.title,
      receivedOn: input.scheduledOn,
      dialogueState: 'scheduled',
      details: {
        scheduledOn: input.scheduledOn,
        place: input.place,
        chairName: input.chairName,
        noticeOn: input.noticeOn,
        noticeText: input.noticeText,
        participantsText: input.participantsText,
      },
    },
    items: [],
  });
}
