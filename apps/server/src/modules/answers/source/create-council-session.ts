import type { z } from 'zod';
import { CreateCouncilSession } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { createSource } from './create-source.ts';

/**
 * Kiến nghị cử tri của một kỳ họp HĐND (Thường trực HĐND): the session, its deadline for the
 * answers, and the petitions by field; each is checked against the earlier sessions' petitions of
 * the same council (repeated petitions).
 */
export function createCouncilSession(ctx: Ctx, raw: z.input<typeof CreateCouncilSession>) {
  const input = CreateCouncilSession.parse(raw);
  return createSource(ctx, {
    unitId: input.unitId,
    row: {
      kind: 'council_session',
      title: input.title,
      documentNumber: input.documentNumber,
      receivedOn: input.sessionOn,
      answerDue: input.answerDue,
      summary: input.summary,
      details: { term: input.term, sessionOn: input.sessionOn },
    },
    items: input.items,
  });
}
