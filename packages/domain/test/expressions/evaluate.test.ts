import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parseExpression, referencedCodes, type ExprValue } from '../../src/index.ts';

/** Evaluates source text against a record of values (missing codes are null). */
function run(source: string, values: Record<string, number | null | undefined> = {}): ExprValue {
  return evaluate(parseExpression(source), (code) => values[code]);
}

describe('evaluate: arithmetic and precedence', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['8 / 4 / 2', 1],
    ['2 * 3 / 4', 1.5],
    ['-2 * 3', -6],
    ['2 * -3', -6],
    ['- -2', 2],
    ['-(2 - 5)', 3],
    ['1 - -1', 2],
    ['7 / 2', 3.5],
    ['1e3 + 2.5E-1', 1000.25],
    ['0 / 5', 0],
  ])('%s = %d', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it.each([
    ['1 < 2', true],
    ['2 < 2', false],
    ['2 <= 2', true],
    ['3 > 2', true],
    ['2 >= 3', false],
    ['2 == 2', true],
    ['2 != 2', false],
    ['1 < 2 == 2 < 3', true], // comparison binds tighter than equality
    ['1 < 2 || 1 > 2 && 1 > 2', true], // && binds tighter than ||
    ['(1 < 2 || 1 > 2) && 1 > 2', false],
    ['!(1 > 2)', true],
    ['!!(1 > 2)', false],
    ['!(1 > 2) && 1 < 2', true],
    ['(1 < 2) == (3 < 4)', true],
    ['(1 < 2) != (3 > 4)', true],
  ])('%s → %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it.each([
    ['sum(1, 2, 3)', 6],
    ['sum(5)', 5],
    ['min(4, -1, 3)', -1],
    ['max(4, -1, 3)', 4],
    ['abs(-7)', 7],
    ['abs(7)', 7],
    ['if(1 < 2, 10, 20)', 10],
    ['if(1 > 2, 10, 20)', 20],
    ['if(1 > 2, 1 > 0, 1 < 0)', false],
    ['SUM(1, 2) + Max(3, 4)', 7],
  ])('%s → %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('reads indicator codes through the lookup', () => {
    expect(run('received - resolved', { received: 120, resolved: 95 })).toBe(25);
    expect(run('III.1.a * 2', { 'III.1.a': 4 })).toBe(8);
  });
});

describe('evaluate: number comparison tolerance', () => {
  it.each([
    ['0.1 + 0.2 == 0.3', true],
    ['0.1 + 0.2 != 0.3', false],
    ['0.1 + 0.2 <= 0.3', true],
    ['0.1 + 0.2 > 0.3', false],
    ['0.3 >= 0.1 + 0.2', true],
    ['0.3 < 0.1 + 0.2', false],
    ['1 == 1.0000001', false],
    ['1.0000001 > 1', true],
  ])('%s → %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('compares whole numbers exactly, however large (amounts in đồng)', () => {
    expect(run('spent <= allocated', { spent: 5_000_000_000_001, allocated: 5_000_000_000_000 })).toBe(false);
    expect(run('A == B', { A: 1e15 + 1, B: 1e15 })).toBe(false);
    expect(run('A != B', { A: 1e15 + 1, B: 1e15 })).toBe(true);
  });
});

describe('evaluate: null semantics', () => {
  it.each([
    ['A + 1'],
    ['1 - A'],
    ['A * 0'],
    ['A / 1'],
    ['-A'],
    ['A < 1'],
    ['A <= 1'],
    ['A > 1'],
    ['A >= 1'],
    ['A == 1'],
    ['A != 1'],
    ['!(A > 1)'],
    ['sum(1, A)'],
    ['min(A, 1)'],
    ['max(1, A)'],
    ['abs(A)'],
    ['if(A > 0, 1, 2)'],
    ['(A > 0) == (1 > 0)'],
  ])('%s with A missing → null', (source) => {
    expect(run(source)).toBeNull();
    expect(run(source, { A: null })).toBeNull();
    expect(run(source, { A: undefined })).toBeNull();
  });

  it('treats non-finite looked-up values as missing', () => {
    expect(run('A + 1', { A: Number.NaN })).toBeNull();
    expect(run('A + 1', { A: Infinity })).toBeNull();
    expect(run('A + 1', { A: -Infinity })).toBeNull();
  });

  it('gives null on division by zero', () => {
    expect(run('1 / 0')).toBeNull();
    expect(run('A / B', { A: 5, B: 0 })).toBeNull();
    expect(run('0 / 0')).toBeNull();
    expect(run('A / B <= 1', { A: 5, B: 0 })).toBeNull();
  });

  it('gives null on overflow', () => {
    expect(run('1e308 * 10')).toBeNull();
    expect(run('1e308 + 1e308')).toBeNull();
    expect(run('-1e308 - 1e308')).toBeNull();
    expect(run('sum(1e308, 1e308)')).toBeNull();
  });

  it('follows three-valued logic for && and ||', () => {
    expect(run('A > 0 && B > 0', { A: -1 })).toBe(false);
    expect(run('B > 0 && A > 0', { A: -1 })).toBe(false);
    expect(run('A > 0 && B > 0', { A: 1 })).toBeNull();
    expect(run('A > 0 || B > 0', { A: 1 })).toBe(true);
    expect(run('B > 0 || A > 0', { A: 1 })).toBe(true);
    expect(run('A > 0 || B > 0', { A: -1 })).toBeNull();
    expect(run('A > 0 && B > 0')).toBeNull();
    expect(run('A > 0 || B > 0')).toBeNull();
  });

  it('evaluates only the chosen branch of if', () => {
    expect(run('if(A > 0, B / A, 0)', { A: 0, B: 3 })).toBe(0);
    expect(run('if(A > 0, B / A, 0)', { A: 2, B: 3 })).toBe(1.5);
    expect(run('if(A > 0, 1, B)', { A: 1 })).toBe(1);
    expect(run('if(A > 0, 1, B)', { A: -1 })).toBeNull();
  });

  it('ignores lookups of codes that are not referenced', () => {
    const seen: string[] = [];
    evaluate(parseExpression('A + B'), (code) => {
      seen.push(code);
      return 1;
    });
    expect(seen).toEqual(['A', 'B']);
  });
});

describe('evaluate: properties', () => {
  const small = fc.integer({ min: -1000, max: 1000 });

  it('integer arithmetic matches JavaScript', () => {
    fc.assert(
      fc.property(small, small, small, (a, b, c) => {
        expect(run('A + B * C', { A: a, B: b, C: c })).toBe(a + b * c);
        expect(run('(A - B) - C', { A: a, B: b, C: c })).toBe(a - b - c);
        expect(run('A < B', { A: a, B: b })).toBe(a < b);
        expect(run('A == B', { A: a, B: b })).toBe(a === b);
        expect(run('min(A, B, C) <= max(A, B, C)', { A: a, B: b, C: c })).toBe(true);
        expect(run('abs(A) >= 0', { A: a })).toBe(true);
      }),
    );
  });

  it('a missing operand always gives null in arithmetic', () => {
    fc.assert(
      fc.property(small, fc.constantFrom('+', '-', '*', '/', '<', '<=', '>', '>=', '==', '!='), (a, op) => {
        expect(run(`A ${op} X`, { A: a })).toBeNull();
        expect(run(`X ${op} A`, { A: a })).toBeNull();
      }),
    );
  });

  it('De Morgan holds in three-valued logic', () => {
    const value = fc.option(small, { nil: null });
    fc.assert(
      fc.property(value, value, (a, b) => {
        const values = { A: a, B: b };
        expect(run('!(A > 0 && B > 0)', values)).toBe(run('!(A > 0) || !(B > 0)', values));
        expect(run('!(A > 0 || B > 0)', values)).toBe(run('!(A > 0) && !(B > 0)', values));
      }),
    );
  });
});

describe('referencedCodes', () => {
  it.each([
    ['1 + 2', []],
    ['A', ['A']],
    ['sum(A, B) <= C + A', ['A', 'B', 'C']],
    ['if(X > 0, Y / X, Z)', ['X', 'Y', 'Z']],
    ['(-abs(III.1.a) < 0) == (c.d < 1)', ['III.1.a', 'c.d']],
    ['sum + if', ['sum', 'if']],
    ['!(A > B) && !(B > A)', ['A', 'B']],
  ] as const)('%s → %j', (source, expected) => {
    expect(referencedCodes(parseExpression(source))).toEqual(expected);
  });

  it('does not list function names', () => {
    expect(referencedCodes(parseExpression('max(min(A, B), abs(C)) > 0'))).toEqual(['A', 'B', 'C']);
  });
});
