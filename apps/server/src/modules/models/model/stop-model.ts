/** The unit or the evaluator stops a model before it is recognised, with the reason. */
import type { StopModel } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { transitionModel } from './transition.ts';

export function stopModel(ctx: Ctx, id: number, input: StopModel) {
  return transitionModel(ctx, id, 'stop', input, async (on) => ({ stoppedOn: on, stopReason: input.reason }));
}
