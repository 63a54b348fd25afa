/**
 * Recursive-descent parser and type checker of the validation-rule language. Nothing is ever
 * evaluated with eval/Function: the source becomes a tree that `evaluate` walks.
 *
 * Grammar, lowest precedence first:
 *   or         := and ('||' and)*
 *   and        := equality ('&&' equality)*
 *   equality   := comparison (('==' | '!=') comparison)*
 *   comparison := additive (('<' | '<=' | '>' | '>=') additive)*
 *   additive   := term (('+' | '-') term)*
 *   term       := unary (('*' | '/') unary)*
 *   unary      := ('-' | '!') unary | primary
 *   primary    := number | code | function '(' or (',' or)* ')' | '(' or ')'
 */
import type { BinaryOperator, Expr, ExprType, FunctionName } from './ast.ts';
import { ExpressionError } from './errors.ts';
import { tokenize, type Token } from './lexer.ts';

/** Longest accepted source, in characters. */
export const MAX_EXPRESSION_LENGTH = 2000;
/** Deepest accepted nesting of parentheses, calls and unary operators. */
export const MAX_EXPRESSION_DEPTH = 100;

const FUNCTION_ARITY: Readonly<Record<FunctionName, { min: number; max: number }>> = {
  sum: { min: 1, max: Infinity },
  min: { min: 1, max: Infinity },
  max: { min: 1, max: Infinity },
  abs: { min: 1, max: 1 },
  if: { min: 3, max: 3 },
};

const LEVELS: readonly (readonly BinaryOperator[])[] = [
  ['||'],
  ['&&'],
  ['==', '!='],
  ['<', '<=', '>', '>='],
  ['+', '-'],
  ['*', '/'],
];

/** Parses and type-checks an expression; throws ExpressionError (Vietnamese message, position) if malformed. */
export function parseExpression(source: string): Expr {
  if (typeof source !== 'string') throw new ExpressionError(1, 'biểu thức phải là một chuỗi ký tự');
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(
      MAX_EXPRESSION_LENGTH + 1,
      `biểu thức quá dài (tối đa ${MAX_EXPRESSION_LENGTH} ký tự)`,
    );
  }
  const parser = new Parser(tokenize(source));
  const ast = parser.parse();
  typeOf(ast);
  return ast;
}

/** Static type of a parsed expression ('number' or 'boolean'); throws ExpressionError on a type mismatch. */
export function typeOf(expr: Expr): ExprType {
  switch (expr.kind) {
    case 'number':
    case 'ref':
      return 'number';
    case 'unary': {
      const operand = typeOf(expr.operand);
      if (expr.op === '-' && operand !== 'number') {
        throw new ExpressionError(expr.pos, "dấu '-' cần một giá trị số");
      }
      if (expr.op === '!' && operand !== 'boolean') {
        throw new ExpressionError(expr.pos, "phép '!' cần một điều kiện (đúng/sai)");
      }
      return operand;
    }
    case 'binary': {
      const left = typeOf(expr.left);
      const right = typeOf(expr.right);
      switch (expr.op) {
        case '&&':
        case '||':
          if (left !== 'boolean' || right !== 'boolean') {
            throw new ExpressionError(expr.pos, `phép '${expr.op}' cần hai điều kiện (đúng/sai)`);
          }
          return 'boolean';
        case '==':
        case '!=':
          if (left !== right) throw new ExpressionError(expr.pos, `phép '${expr.op}' cần hai vế cùng kiểu`);
          return 'boolean';
        case '<':
        case '<=':
        case '>':
        case '>=':
          if (left !== 'number' || right !== 'number') {
            throw new ExpressionError(expr.pos, `phép '${expr.op}' cần hai giá trị số`);
          }
          return 'boolean';
        default:
          if (left !== 'number' || right !== 'number') {
            throw new ExpressionError(expr.pos, `phép '${expr.op}' cần hai giá trị số`);
          }
          return 'number';
      }
    }
    case 'call': {
      const types = expr.args.map(typeOf);
      if (expr.fn === 'if') {
        if (types[0] !== 'boolean') {
          throw new ExpressionError(
            startOf(expr.args[0]),
            "đối số thứ nhất của 'if' phải là một điều kiện (đúng/sai)",
          );
        }
        if (types[1] !== types[2]) {
          throw new ExpressionError(expr.pos, "hai nhánh của 'if' phải cùng kiểu");
        }
        return types[1];
      }
      const index = types.findIndex((t) => t !== 'number');
      if (index >= 0)
        throw new ExpressionError(startOf(expr.args[index]), `hàm '${expr.fn}' chỉ nhận giá trị số`);
      return 'number';
    }
  }
}

/** Position of the leftmost token of an expression (a binary node's own position is its operator's). */
function startOf(expr: Expr): number {
  return expr.kind === 'binary' ? startOf(expr.left) : expr.pos;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Expr {
    if (this.peek().kind === 'eof') throw new ExpressionError(this.peek().pos, 'biểu thức rỗng');
    const expr = this.parseLevel(0);
    const next = this.peek();
    if (next.kind !== 'eof') {
      if (next.kind === 'rparen') throw new ExpressionError(next.pos, "thừa dấu ')'");
      if (next.kind === 'number' || next.kind === 'identifier' || next.kind === 'lparen') {
        throw new ExpressionError(next.pos, `thiếu toán tử trước '${next.text}'`);
      }
      throw new ExpressionError(next.pos, `không mong đợi '${next.text}'`);
    }
    return expr;
  }

  private parseLevel(level: number): Expr {
    if (level === LEVELS.length) return this.parseUnary();
    const operators = LEVELS[level];
    let left = this.parseLevel(level + 1);
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'operator' || !operators.includes(token.text as BinaryOperator)) return left;
      this.index += 1;
      const right = this.parseLevel(level + 1);
      left = { kind: 'binary', op: token.text as BinaryOperator, left, right, pos: token.pos };
    }
  }

  private parseUnary(): Expr {
    const token = this.peek();
    if (token.kind === 'operator' && (token.text === '-' || token.text === '!')) {
      this.index += 1;
      this.enter(token);
      const operand = this.parseUnary();
      this.depth -= 1;
      return { kind: 'unary', op: token.text, operand, pos: token.pos };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expr {
    const token = this.next();
    switch (token.kind) {
      case 'number': {
        const value = Number(token.text);
        if (!Number.isFinite(value)) throw new ExpressionError(token.pos, `số quá lớn '${token.text}'`);
        return { kind: 'number', value, pos: token.pos };
      }
      case 'identifier':
        if (this.peek().kind === 'lparen') return this.parseCall(token);
        return { kind: 'ref', code: token.text, pos: token.pos };
      case 'lparen': {
        this.enter(token);
        const inner = this.parseLevel(0);
        this.expectClosing();
        this.depth -= 1;
        return inner;
      }
      case 'eof':
        throw new ExpressionError(token.pos, 'biểu thức kết thúc đột ngột, thiếu toán hạng');
      case 'rparen':
        throw new ExpressionError(token.pos, "thiếu toán hạng trước dấu ')'");
      case 'comma':
        throw new ExpressionError(token.pos, "không mong đợi ','");
      default:
        throw new ExpressionError(token.pos, `thiếu toán hạng trước '${token.text}'`);
    }
  }

  private parseCall(name: Token): Expr {
    const fn = name.text.toLowerCase();
    if (!Object.hasOwn(FUNCTION_ARITY, fn))
      throw new ExpressionError(name.pos, `hàm không xác định '${name.text}'`);
    const { min, max } = FUNCTION_ARITY[fn as FunctionName];
    this.enter(name);
    this.index += 1; // '('
    const args: Expr[] = [];
    if (this.peek().kind !== 'rparen') {
      args.push(this.parseLevel(0));
      while (this.peek().kind === 'comma') {
        this.index += 1;
        args.push(this.parseLevel(0));
      }
    }
    this.expectClosing();
    this.depth -= 1;
    if (args.length < min || args.length > max) {
      const expected = min === max ? `đúng ${min}` : `ít nhất ${min}`;
      throw new ExpressionError(name.pos, `hàm '${fn}' cần ${expected} đối số, nhận ${args.length}`);
    }
    return { kind: 'call', fn: fn as FunctionName, args, pos: name.pos };
  }

  private expectClosing(): void {
    const token = this.peek();
    if (token.kind === 'rparen') {
      this.index += 1;
      return;
    }
    if (token.kind === 'eof') throw new ExpressionError(token.pos, "thiếu dấu ')'");
    if (token.kind === 'comma')
      throw new ExpressionError(token.pos, "không mong đợi ',' (dấu phẩy chỉ dùng trong hàm)");
    if (token.kind === 'number' || token.kind === 'identifier' || token.kind === 'lparen') {
      throw new ExpressionError(token.pos, `thiếu toán tử trước '${token.text}'`);
    }
    throw new ExpressionError(token.pos, `không mong đợi '${token.text}', thiếu dấu ')'`);
  }

  private enter(token: Token): void {
    this.depth += 1;
    if (this.depth > MAX_EXPRESSION_DEPTH) {
      throw new ExpressionError(
        token.pos,
        `biểu thức lồng nhau quá sâu (tối đa ${MAX_EXPRESSION_DEPTH} mức)`,
      );
    }
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'eof') this.index += 1;
    return token;
  }
}
