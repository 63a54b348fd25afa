import { AnswerItemTransition } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import type { z } from 'zod';
import { presentItemDetail } from './item.present.ts';
import { runItemStep } from './run-item-step.ts';

type Input = z.input<typeof AnswerItemTransition>;

/** Bắt đầu giải quyết (the responsible unit): received → in_progress. */
export async function startItem(ctx: Ctx, id: number, raw: Input) {
  const input = AnswerItemTransition.parse(raw);
  const r = await runItemStep(ctx, id, 'start', 'start', input.expectedVersion, () => ({
    patch: {},
    note: input.note,
  }));
  return presentItemDetail(ctx, r);
}
