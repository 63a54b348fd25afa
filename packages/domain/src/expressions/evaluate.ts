/**
 * Evaluation of a parsed expression with SQL-like null semantics: arithmetic, comparison and
 * functions over a null give null (the rule does not apply), division by zero gives null, and
 * '&&' / '||' follow three-valued logic (false && null = false, true || null = true).
 */
import type { Expr, ExprValue } from './ast.ts';

/** Looks up an indicator's value by code; null or undefined when there is no data. */
export type CodeLookup = (code: string) => number | null | undefined;

/** Relative tolerance of comparisons between fractional numbers, so that 0.1 + 0.2 == 0.3 holds. */
export const EQUALITY_TOLERANCE = 1e-12;

/** The distinct indicator codes an expression refers to, in order of first appearance. */
export function referencedCodes(expr: Expr): string[] {
  const codes = new Set<string>();
  const visit = (node: Expr): void => {
    switch (node.kind) {
      case 'ref':
        codes.add(node.code);
        break;
      case 'unary':
        visit(node.operand);
        break;
      case 'binary':
        visit(node.left);
        visit(node.right);
        break;
      case 'call':
        node.args.forEach(visit);
        break;
      case 'number':
        break;
    }
  };
  visit(expr);
  return [...codes];
}

/** Evaluates a parsed expression: a number, a boolean, or null when it cannot be decided. */
export function evaluate(expr: Expr, lookup: CodeLookup): ExprValue {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'ref': {
      const value = lookup(expr.code);
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    }
    case 'unary': {
      const operand = evaluate(expr.operand, lookup);
      if (operand === null) return null;
      return expr.op === '-' ? finite(-(operand as number)) : !operand;
    }
    case 'binary':
      return evaluateBinary(expr.op, expr.left, expr.right, lookup);
    case 'call':
      return evaluateCall(expr, lookup);
  }
}

function evaluateBinary(
  op: Extract<Expr, { kind: 'binary' }>['op'],
  leftExpr: Expr,
  rightExpr: Expr,
  lookup: CodeLookup,
): ExprValue {
  const left = evaluate(leftExpr, lookup);
  const right = evaluate(rightExpr, lookup);
  if (op === '&&') {
    if (left === false || right === false) return false;
    return left === null || right === null ? null : true;
  }
  if (op === '||') {
    if (left === true || right === true) return true;
    return left === null || right === null ? null : false;
  }
  if (left === null || right === null) return null;
  if (typeof left === 'boolean' || typeof right === 'boolean') {
    // Only equality accepts conditions (the type checker guarantees both sides match).
    if (op === '==') return left === right;
    if (op === '!=') return left !== right;
    return null;
  }
  switch (op) {
    case '+':
      return finite(left + right);
    case '-':
      return finite(left - right);
    case '*':
      return finite(left * right);
    case '/':
      return right === 0 ? null : finite(left / right);
    case '==':
      return approxEqual(left, right);
    case '!=':
      return !approxEqual(left, right);
    case '<':
      return left < right && !approxEqual(left, right);
    case '<=':
      return left <= right || approxEqual(left, right);
    case '>':
      return left > right && !approxEqual(left, right);
    case '>=':
      return left >= right || approxEqual(left, right);
  }
}

function evaluateCall(expr: Extract<Expr, { kind: 'call' }>, lookup: CodeLookup): ExprValue {
  if (expr.fn === 'if') {
    const condition = evaluate(expr.args[0], lookup);
    if (condition === null) return null;
    return evaluate(condition ? expr.args[1] : expr.args[2], lookup);
  }
  const values = expr.args.map((arg) => evaluate(arg, lookup));
  if (values.some((v) => v === null)) return null;
  const numbers = values as number[];
  switch (expr.fn) {
    case 'sum':
      return finite(numbers.reduce((a, b) => a + b, 0));
    case 'min':
      return Math.min(...numbers);
    case 'max':
      return Math.max(...numbers);
    case 'abs':
      return Math.abs(numbers[0]);
  }
}

function approxEqual(a: number, b: number): boolean {
  if (a === b) return true;
  // Whole numbers (counts, amounts in đồng) are exact in floating point: compare them exactly.
  if (Number.isInteger(a) && Number.isInteger(b)) return false;
  return Math.abs(a - b) <= EQUALITY_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}
