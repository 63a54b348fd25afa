/** The evaluator records that a recognised model is replicated (nhân rộng), where and how. */
import type { ReplicateModel } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { transitionModel } from './transition.ts';

export function replicateModel(ctx: Ctx, id: number, input: ReplicateModel) {
  return transitionModel(ctx, id, 'replicate', input, async (on) => ({
    replicatedOn: on,
    replicationNote: input.note,
  }));
}
