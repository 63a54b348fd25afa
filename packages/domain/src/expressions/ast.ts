/** Syntax tree of a validation-rule expression. Positions are 1-based character offsets in the source. */

/** Arithmetic operators. */
export type ArithmeticOperator = '+' | '-' | '*' | '/';
/** Ordering comparison operators. */
export type ComparisonOperator = '<' | '<=' | '>' | '>=';
/** Equality operators. */
export type EqualityOperator = '==' | '!=';
/** Logical connectives. */
export type LogicalOperator = '&&' | '||';
/** Every binary operator. */
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | EqualityOperator | LogicalOperator;
/** Unary operators: numeric negation and logical not. */
export type UnaryOperator = '-' | '!';
/** Built-in functions. */
export type FunctionName = 'sum' | 'min' | 'max' | 'abs' | 'if';

/** A number literal (never negative: "-5" is a negation of 5). */
export interface NumberNode {
  kind: 'number';
  value: number;
  pos: number;
}

/** A reference to an indicator code, looked up at evaluation. */
export interface RefNode {
  kind: 'ref';
  code: string;
  pos: number;
}

/** A unary operation; `pos` is the operator's position. */
export interface UnaryNode {
  kind: 'unary';
  op: UnaryOperator;
  operand: Expr;
  pos: number;
}

/** A binary operation; `pos` is the operator's position. */
export interface BinaryNode {
  kind: 'binary';
  op: BinaryOperator;
  left: Expr;
  right: Expr;
  pos: number;
}

/** A call of a built-in function; `pos` is the function name's position. */
export interface CallNode {
  kind: 'call';
  fn: FunctionName;
  args: Expr[];
  pos: number;
}

/** Any expression node. */
export type Expr = NumberNode | RefNode | UnaryNode | BinaryNode | CallNode;

/** Static type of an expression: a number or a condition. */
export type ExprType = 'number' | 'boolean';

/** Result of evaluating an expression; null means "not applicable" (missing data, division by zero). */
export type ExprValue = number | boolean | null;
