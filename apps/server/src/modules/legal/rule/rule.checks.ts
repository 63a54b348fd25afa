import {
  CONDITION_KEYS,
  formatDateVi,
  ruleConflicts,
  validateTimeLimitRule,
  type LegalBasis,
  type RuleConditions,
  type TimeLimitRule,
} from '@danvan/domain';
import { Invalid, RuleViolation } from '../../../core/errors.ts';
import type { RuleRow } from './rule.repository.ts';
import { toDomainRule } from './rule.present.ts';

/** 400 with the fields named when the rule is not well formed (domain validateTimeLimitRule). */
export function assertValidRule(rule: TimeLimitRule): void {
  const problems = validateTimeLimitRule(rule);
  if (problems.length) throw Invalid(problems.map((p) => p.message).join('; '), problems);
}

/**
 * 422 when the rule would be in force together with another version of its code under the same
 * conditions (a case would not know which limit it takes).
 */
export function assertNoConflict(rule: TimeLimitRule, others: RuleRow[]): void {
  const clash = ruleConflicts(rule, others.map(toDomainRule))[0];
  if (!clash) return;
  const until = clash.effectiveTo ? ` đến ngày ${formatDateVi(clash.effectiveTo)}` : '';
  throw RuleViolation(
    `Quy định trùng điều kiện áp dụng và thời gian hiệu lực với quy định "${clash.name}" (hiệu lực từ ngày ${formatDateVi(clash.effectiveFrom)}${until}). Hãy cho quy định cũ hết hiệu lực trước, hoặc chọn ngày hiệu lực khác.`,
    { id: clash.id },
    [
      {
        path: 'effectiveFrom',
        message: 'Trùng thời gian hiệu lực với một quy định khác cùng mã và điều kiện',
      },
    ],
  );
}

/** Conditions as stored: only the ones set (null and absent both mean "whatever the case"). */
export function normalConditions(c: RuleConditions): RuleConditions {
  const out: RuleConditions = {};
  for (const k of CONDITION_KEYS)
    if (c[k] !== undefined && c[k] !== null) (out as Record<string, unknown>)[k] = c[k];
  return out;
}

/** The basis as stored: an empty article or clause is none. */
export function normalBasis(b: { law: string; article?: string | null; clause?: string | null }): LegalBasis {
  return { law: b.law, article: b.article || null, clause: b.clause || null };
}
