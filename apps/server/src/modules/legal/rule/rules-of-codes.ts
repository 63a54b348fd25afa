import type { TimeLimitRule } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import * as repo from './rule.repository.ts';
import { toDomainRule } from './rule.present.ts';

/**
 * Every version of the rules of these codes, as the domain's rules (what `ruleInForce` takes): for
 * modules that measure against a frequency rule (the reception minimums, 'days_per_week' /
 * 'days_per_month') rather than count a deadline. No permission check: the caller checks its own.
 */
export async function rulesOfCodes(
  ctx: Ctx,
  codes: readonly string[],
): Promise<(TimeLimitRule & { id: number })[]> {
  const out: (TimeLimitRule & { id: number })[] = [];
  for (const code of new Set(codes))
    for (const r of await repo.allRules(ctx.db, code)) out.push(toDomainRule(r));
  return out;
}
