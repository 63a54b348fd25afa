/** Validation rules over indicator codes (e.g. "resolved <= received"), checked against a report's figures. */
import type { Expr } from './ast.ts';
import { ExpressionError } from './errors.ts';
import { evaluate } from './evaluate.ts';
import { parseExpression, typeOf } from './parser.ts';

/** Severity of a violated rule: an error blocks submission, a warning asks for an explanation. */
export type RuleSeverity = 'error' | 'warning';

/** A validation rule: a condition that the figures must satisfy. */
export interface ValidationRule {
  code: string;
  expression: string;
  message: string;
  severity: RuleSeverity;
}

/** A rule whose condition evaluated to false. */
export interface RuleViolation {
  code: string;
  message: string;
  severity: RuleSeverity;
}

/** Parses a rule's expression and checks that it is a condition; throws ExpressionError otherwise. */
export function parseRuleExpression(source: string, ruleCode?: string): Expr {
  try {
    const ast = parseExpression(source);
    if (typeOf(ast) !== 'boolean') {
      throw new ExpressionError(1, "quy tắc kiểm tra phải là một điều kiện (đúng/sai), ví dụ 'A <= B'");
    }
    return ast;
  } catch (error) {
    if (error instanceof ExpressionError && ruleCode !== undefined && error.ruleCode === undefined) {
      throw new ExpressionError(error.position, error.reason, ruleCode);
    }
    throw error;
  }
}

/**
 * The rules violated by a set of figures: those whose condition is false. A rule that evaluates to
 * null (a figure is missing, or a division by zero) does not apply and is not violated.
 * Throws ExpressionError (with the rule's code) when a rule's expression is malformed.
 */
export function checkRules(
  rules: readonly ValidationRule[],
  values: Readonly<Record<string, number | null | undefined>>,
): RuleViolation[] {
  const lookup = (code: string): number | null =>
    Object.hasOwn(values, code) ? (values[code] ?? null) : null;
  const violations: RuleViolation[] = [];
  for (const rule of rules) {
    const ast = parseRuleExpression(rule.expression, rule.code);
    if (evaluate(ast, lookup) === false) {
      violations.push({ code: rule.code, message: rule.message, severity: rule.severity });
    }
  }
  return violations;
}
