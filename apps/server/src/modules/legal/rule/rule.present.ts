import type { RuleConditions, TimeLimitRule } from '@danvan/contracts';
import {
  formatLegalBasis,
  formatTimeLimit,
  type TimeLimitRule as DomainRule,
  type TimeLimitUnit,
} from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import type { RuleRow } from './rule.repository.ts';
import { canRuleFlags } from './rule.policy.ts';

/** The row as the domain's rule (what ruleInForce and the deadline functions take). */
export function toDomainRule(r: RuleRow): DomainRule & { id: number } {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    value: r.value,
    unit: r.unit as TimeLimitUnit,
    conditions: r.conditions as RuleConditions,
    basis: { law: r.basisLaw, article: r.basisArticle, clause: r.basisClause },
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    needsCheck: r.needsCheck,
    note: r.note,
  };
}

export function presentRule(ctx: Ctx, r: RuleRow): TimeLimitRule {
  const d = toDomainRule(r);
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    name: r.name,
    value: r.value,
    unit: d.unit,
    conditions: d.conditions,
    basis: { law: r.basisLaw, article: r.basisArticle, clause: r.basisClause },
    basisText: formatLegalBasis(d.basis),
    limitText: formatTimeLimit(d),
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    needsCheck: r.needsCheck,
    note: r.note,
    usedAt: r.usedAt?.toISOString() ?? null,
    previousVersionId: r.previousVersionId,
    retiredAt: r.retiredAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    can: canRuleFlags(ctx.actor, r),
  };
}
