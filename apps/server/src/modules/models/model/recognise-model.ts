/**
 * The evaluator recognises an evaluated model at a level (xã, huyện, tỉnh, trung ương) by a decision:
 * its latest evaluation must reach the pass mark it was scored against (422 otherwise).
 */
import type { RecogniseModel } from '@danvan/contracts';
import { recognitionProblem } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { RuleViolation } from '../../../core/errors.ts';
import * as evaluationsRepo from '../evaluation/evaluation.repository.ts';
import { transitionModel } from './transition.ts';

export function recogniseModel(ctx: Ctx, id: number, input: RecogniseModel) {
  return transitionModel(ctx, id, 'recognise', input, async (on, _before, tx) => {
    const [latest] = await evaluationsRepo.evaluationsOf(tx, [id]);
    const problem = recognitionProblem(
      latest ? { total: Number(latest.total), maxTotal: Number(latest.maxTotal) } : null,
      latest?.passPercent ?? 100,
    );
    if (problem) throw RuleViolation(problem);
    if (on < latest.evaluatedOn)
      throw RuleViolation('Ngày công nhận không được trước ngày đánh giá gần nhất.', undefined, [
        { path: 'on', message: 'Trước ngày đánh giá' },
      ]);
    return { recognisedLevel: input.level, recognisedOn: on, recognitionDecision: input.decision };
  });
}
