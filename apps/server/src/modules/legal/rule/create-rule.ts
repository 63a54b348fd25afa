import type { z } from 'zod';
import type { CreateTimeLimitRule } from '@danvan/contracts';
import type { TimeLimitRule } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { ensureLegalSeed } from '../shared/seed.ts';
import * as repo from './rule.repository.ts';
import { authorizeRuleCreate } from './rule.policy.ts';
import { presentRule } from './rule.present.ts';
import { assertNoConflict, assertValidRule, normalBasis, normalConditions } from './rule.checks.ts';

type Input = z.output<typeof CreateTimeLimitRule>;

/** Adds a rule (a new code, or a variant or version of an existing one that does not overlap it). */
export async function createRule(ctx: Ctx, input: Input) {
  authorizeRuleCreate(ctx);
  await ensureLegalSeed(ctx);
  const rule: TimeLimitRule = {
    code: input.code,
    name: input.name,
    value: input.value,
    unit: input.unit,
    conditions: normalConditions(input.conditions),
    basis: normalBasis(input.basis),
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo,
    needsCheck: input.needsCheck,
    note: input.note ?? null,
  };
  assertValidRule(rule);
  return inTx(ctx, async (tx, c) => {
    await repo.lockCode(tx, rule.code);
    assertNoConflict(rule, await repo.allRules(tx, rule.code));
    const row = await repo.insertRule(tx, {
      code: rule.code,
      version: await repo.nextVersion(tx, rule.code),
      name: rule.name,
      value: rule.value,
      unit: rule.unit,
      conditions: rule.conditions,
      basisLaw: rule.basis.law,
      basisArticle: rule.basis.article,
      basisClause: rule.basis.clause,
      effectiveFrom: rule.effectiveFrom,
      effectiveTo: rule.effectiveTo,
      needsCheck: rule.needsCheck,
      note: rule.note,
    });
    await audit(tx, c, { entity: 'legal_time_limit', entityId: row.id, action: 'create', after: row });
    return presentRule(c, row);
  });
}
