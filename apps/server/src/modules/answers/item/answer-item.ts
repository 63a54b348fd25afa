import type { z } from 'zod';
import { AnswerAnswerItem } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import type { Db } from '../../../db/client.ts';
import { notifyAnswered } from '../shared/notify.ts';
import type { ItemRow } from './item.repository.ts';
import { presentItemDetail } from './item.present.ts';
import { checkStepDate, runItemStep, stepInTx } from './run-item-step.ts';

type Input = z.input<typeof AnswerAnswerItem>;

/** The patch of an answer: the text, its document, the day; the first answer's day is kept for compliance. */
export function answerPatch(i: ItemRow, text: string, doc: string, on: string) {
  return {
    patch: {
      answerText: text,
      answerDocument: doc,
      answeredOn: on,
      firstAnsweredOn: i.firstAnsweredOn ?? on,
      answerCount: i.answerCount + 1,
      verdict: null,
      verdictComment: '',
      judgedOn: null,
    },
    details: {
      answeredOn: on,
      answerDocument: doc,
      dueDate: i.dueDate,
      onTime: !i.dueDate || on <= i.dueDate,
    },
    auditAfter: { answeredOn: on, answerDocument: doc },
  };
}

/** One answer inside a transaction (used by the single and the bulk verb). */
export async function answerInTx(
  tx: Db,
  c: Ctx,
  id: number,
  expectedVersion: number,
  text: (i: ItemRow) => string,
  doc: string,
  on: string,
) {
  const { before } = await stepInTx(tx, c, id, 'answer', 'answer', expectedVersion, (i) =>
    answerPatch(i, text(i), doc, on),
  );
  await notifyAnswered(tx, c, before, 'answered');
}

/** Trả lời (the responsible unit): received / in_progress → answered; not_satisfied → re_answered. */
export async function answerItem(ctx: Ctx, id: number, raw: Input) {
  const input = AnswerAnswerItem.parse(raw);
  const on = input.answeredOn ?? today(ctx);
  checkStepDate(ctx, on);
  const r = await runItemStep(
    ctx,
    id,
    'answer',
    'answer',
    input.expectedVersion,
    (i) => answerPatch(i, input.text, input.answerDocument, on),
    undefined,
    (tx, c, before) => notifyAnswered(tx, c, before, 'answered').then(() => undefined),
  );
  return presentItemDetail(ctx, r);
}
