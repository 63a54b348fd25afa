/** Prints a syntax tree back to source with the fewest parentheses that keep its structure. */
import type { BinaryOperator, Expr } from './ast.ts';

const PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
};
const UNARY_PRECEDENCE = 7;

/** Source text of an expression; `parseExpression(printExpression(e))` gives back the same tree. */
export function printExpression(expr: Expr): string {
  switch (expr.kind) {
    case 'number':
      if (!Number.isFinite(expr.value) || expr.value < 0) {
        throw new RangeError(`Cannot print number literal ${expr.value}`);
      }
      return String(expr.value);
    case 'ref':
      return expr.code;
    case 'unary': {
      const operand = printExpression(expr.operand);
      return `${expr.op}${precedenceOf(expr.operand) < UNARY_PRECEDENCE ? `(${operand})` : operand}`;
    }
    case 'binary': {
      const own = PRECEDENCE[expr.op];
      const left = printExpression(expr.left);
      const right = printExpression(expr.right);
      // Operators are left-associative: the right operand needs parentheses at equal precedence.
      const l = precedenceOf(expr.left) < own ? `(${left})` : left;
      const r = precedenceOf(expr.right) <= own ? `(${right})` : right;
      return `${l} ${expr.op} ${r}`;
    }
    case 'call':
      return `${expr.fn}(${expr.args.map(printExpression).join(', ')})`;
  }
}

function precedenceOf(expr: Expr): number {
  if (expr.kind === 'binary') return PRECEDENCE[expr.op];
  if (expr.kind === 'unary') return UNARY_PRECEDENCE;
  return 8;
}
