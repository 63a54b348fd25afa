import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  parseExpression,
  printExpression,
  typeOf,
  type ComparisonOperator,
  type Expr,
  type ExprValue,
} from '../../src/index.ts';

/** The tree without positions, to compare structure. */
function strip(expr: Expr): unknown {
  switch (expr.kind) {
    case 'number':
      return { n: expr.value };
    case 'ref':
      return { ref: expr.code };
    case 'unary':
      return { op: expr.op, operand: strip(expr.operand) };
    case 'binary':
      return { op: expr.op, left: strip(expr.left), right: strip(expr.right) };
    case 'call':
      return { fn: expr.fn, args: expr.args.map(strip) };
  }
}

type WithoutPos<T> = T extends unknown ? Omit<T, 'pos'> : never;
const node = (e: WithoutPos<Expr>): Expr => ({ ...e, pos: 1 }) as Expr;

/** Well-typed random expressions: `num` yields numbers, `bool` yields conditions. */
const { num, bool } = fc.letrec<{ num: Expr; bool: Expr }>((tie) => ({
  num: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .oneof(fc.nat(1000), fc.constantFrom(0.5, 2.25, 1e-7, 1e21))
      .map((value) => node({ kind: 'number', value })),
    fc.constantFrom('A', 'B', 'C.d', 'x_1', 'sum').map((code) => node({ kind: 'ref', code })),
    tie('num').map((operand) => node({ kind: 'unary', op: '-', operand })),
    fc
      .tuple(fc.constantFrom('+', '-', '*', '/'), tie('num'), tie('num'))
      .map(([op, left, right]) => node({ kind: 'binary', op, left, right })),
    fc
      .tuple(fc.constantFrom('sum', 'min', 'max'), fc.array(tie('num'), { minLength: 1, maxLength: 3 }))
      .map(([fn, args]) => node({ kind: 'call', fn, args })),
    tie('num').map((arg) => node({ kind: 'call', fn: 'abs', args: [arg] })),
    fc.tuple(tie('bool'), tie('num'), tie('num')).map((args) => node({ kind: 'call', fn: 'if', args })),
  ),
  bool: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(
        fc.constantFrom<ComparisonOperator | '==' | '!='>('<', '<=', '>', '>=', '==', '!='),
        tie('num'),
        tie('num'),
      )
      .map(([op, left, right]) => node({ kind: 'binary', op, left, right })),
    fc
      .tuple(fc.constantFrom('&&', '||', '==', '!='), tie('bool'), tie('bool'))
      .map(([op, left, right]) => node({ kind: 'binary', op, left, right })),
    tie('bool').map((operand) => node({ kind: 'unary', op: '!', operand })),
    fc.tuple(tie('bool'), tie('bool'), tie('bool')).map((args) => node({ kind: 'call', fn: 'if', args })),
  ),
}));

describe('printExpression', () => {
  it.each([
    ['1 + 2 * 3', '1 + 2 * 3'],
    ['(1 + 2) * 3', '(1 + 2) * 3'],
    ['1 - (2 - 3)', '1 - (2 - 3)'],
    ['(1 - 2) - 3', '1 - 2 - 3'],
    ['8 / (4 / 2)', '8 / (4 / 2)'],
    ['-(A + B)', '-(A + B)'],
    ['- -A', '--A'],
    ['!(A > B)', '!(A > B)'],
    ['A>B&&(C<D||E==F)', 'A > B && (C < D || E == F)'],
    ['(A > B) == (C > D)', 'A > B == C > D'],
    ['SUM( a ,b )', 'sum(a, b)'],
    ['if(A > 0, B / A, 0) <= 1', 'if(A > 0, B / A, 0) <= 1'],
    ['  ((A))  ', 'A'],
  ])('%j → %j', (source, printed) => {
    expect(printExpression(parseExpression(source))).toBe(printed);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => printExpression({ kind: 'number', value: -1, pos: 1 })).toThrow(RangeError);
    expect(() => printExpression({ kind: 'number', value: Number.NaN, pos: 1 })).toThrow(RangeError);
    expect(() => printExpression({ kind: 'number', value: Infinity, pos: 1 })).toThrow(RangeError);
  });

  it('round-trips: parse(print(e)) has the same structure and type as e', () => {
    fc.assert(
      fc.property(fc.oneof(num, bool), (expr) => {
        const source = printExpression(expr);
        const reparsed = parseExpression(source);
        expect(strip(reparsed)).toEqual(strip(expr));
        expect(typeOf(reparsed)).toBe(typeOf(expr));
        expect(printExpression(reparsed)).toBe(source);
      }),
      { numRuns: 500 },
    );
  });

  it('evaluation never throws and returns a value of the static type (or null)', () => {
    const value = fc.option(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true })), {
      nil: null,
    });
    fc.assert(
      fc.property(
        fc.oneof(num, bool),
        fc.dictionary(fc.constantFrom('A', 'B', 'C.d', 'x_1', 'sum'), value),
        (expr, values) => {
          const result: ExprValue = evaluate(expr, (code) => values[code]);
          if (result !== null) {
            expect(typeof result).toBe(typeOf(expr));
            if (typeof result === 'number') expect(Number.isFinite(result)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
