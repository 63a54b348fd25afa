/** The evaluator sends an evaluated model back to running, to be completed (the reason is audited). */
import type { ResumeModel } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { transitionModel } from './transition.ts';

export function resumeModel(ctx: Ctx, id: number, input: ResumeModel) {
  return transitionModel(ctx, id, 'resume', input, async () => ({}), { reason: input.reason });
}
