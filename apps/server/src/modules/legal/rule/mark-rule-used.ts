import type { Ctx } from '../../../core/context.ts';
import * as repo from './rule.repository.ts';

/**
 * Marks a rule's version as used by a case (for other modules, inside their transaction): from then
 * on a change of its value makes a new version instead of editing it.
 */
export async function markRuleUsed(ctx: Ctx, id: number): Promise<void> {
  await repo.markUsed(ctx.db, id, ctx.clock.now());
}
