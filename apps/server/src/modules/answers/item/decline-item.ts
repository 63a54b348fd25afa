import type { z } from 'zod';
import { DeclineAnswerItem } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { notifyAnswered } from '../shared/notify.ts';
import { presentItemDetail } from './item.present.ts';
import { runItemStep } from './run-item-step.ts';

type Input = z.input<typeof DeclineAnswerItem>;

/**
 * Giải trình, không tiếp thu (the responsible unit): the reason is the written answer of what is not
 * taken in (Luật MTTQ điều 36: nêu rõ lý do); it counts as answered for compliance.
 */
export async function declineItem(ctx: Ctx, id: number, raw: Input) {
  const input = DeclineAnswerItem.parse(raw);
  const on = today(ctx);
  const r = await runItemStep(
    ctx,
    id,
    'decline',
    'decline',
    input.expectedVersion,
    (i) => ({
      patch: {
        declineReason: input.reason,
        answeredOn: on,
        firstAnsweredOn: i.firstAnsweredOn ?? on,
        answerCount: i.answerCount + 1,
      },
      note: input.reason,
      auditAfter: { answeredOn: on },
    }),
    undefined,
    (tx, c, before) => notifyAnswered(tx, c, before, 'declined').then(() => undefined),
  );
  return presentItemDetail(ctx, r);
}
