import type { z } from 'zod';
import { AnswerItemTransition } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { presentItemDetail } from './item.present.ts';
import { runItemStep } from './run-item-step.ts';

type Input = z.input<typeof AnswerItemTransition>;

/** Kết thúc theo dõi (the filing side): a commitment done, an answer accepted, an explanation taken note of. */
export async function closeItem(ctx: Ctx, id: number, raw: Input) {
  const input = AnswerItemTransition.parse(raw);
  const on = today(ctx);
  const r = await runItemStep(ctx, id, 'close', 'close', input.expectedVersion, () => ({
    patch: { closedOn: on },
    note: input.note,
    auditAfter: { closedOn: on },
  }));
  return presentItemDetail(ctx, r);
}
