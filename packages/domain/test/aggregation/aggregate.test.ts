import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  AGGREGATION_RULE_NAMES_VI,
  AGGREGATION_RULES,
  aggregateRatio,
  isAggregationRule,
  type AggregationRule,
  type AggregationValue,
} from '../../src/index.ts';

const v = (value: number | null, at?: string): AggregationValue =>
  at === undefined ? { value } : { value, at };

describe('aggregation rules', () => {
  it('are listed with Vietnamese names', () => {
    expect(AGGREGATION_RULES).toEqual(['sum', 'avg', 'min', 'max', 'last', 'ratio']);
    for (const r of AGGREGATION_RULES) expect(AGGREGATION_RULE_NAMES_VI[r]).toMatch(/\S/);
    expect(isAggregationRule('sum')).toBe(true);
    expect(isAggregationRule('median')).toBe(false);
    expect(isAggregationRule(null)).toBe(false);
  });

  it('reject an unknown rule', () => {
    expect(() => aggregate('median' as AggregationRule, [v(1)])).toThrow(RangeError);
  });
});

describe('aggregate', () => {
  const values = [v(3), v(null), v(10), v(-2), v(null)];

  it.each<[AggregationRule, number]>([
    ['sum', 11],
    ['avg', 11 / 3],
    ['min', -2],
    ['max', 10],
    ['last', -2],
  ])('%s ignores nulls', (rule, expected) => {
    expect(aggregate(rule, values)).toBeCloseTo(expected, 12);
  });

  it.each<AggregationRule>(['sum', 'avg', 'min', 'max', 'last', 'ratio'])(
    '%s is null with no data',
    (rule) => {
      expect(aggregate(rule, [])).toBeNull();
      expect(aggregate(rule, [v(null), v(null)])).toBeNull();
    },
  );

  it('keeps zeros (zero is data, not missing)', () => {
    expect(aggregate('sum', [v(0), v(null)])).toBe(0);
    expect(aggregate('avg', [v(0), v(10)])).toBe(5);
    expect(aggregate('min', [v(0), v(10)])).toBe(0);
    expect(aggregate('last', [v(5, '2026-01-01'), v(0, '2026-02-01')])).toBe(0);
  });

  it('handles a single value', () => {
    for (const rule of ['sum', 'avg', 'min', 'max', 'last'] as const)
      expect(aggregate(rule, [v(7.5)])).toBe(7.5);
  });

  it('rejects non-finite values', () => {
    expect(() => aggregate('sum', [v(1), v(Number.NaN)])).toThrow(RangeError);
    expect(() => aggregate('max', [v(Infinity)])).toThrow(RangeError);
  });

  describe('last', () => {
    it('takes the value with the latest date, whatever the order', () => {
      expect(aggregate('last', [v(1, '2026-03-31'), v(2, '2026-06-30'), v(3, '2026-01-31')])).toBe(2);
    });

    it('compares timestamps and dates as instants', () => {
      expect(aggregate('last', [v(1, '2026-06-30T10:00:00Z'), v(2, '2026-06-30T09:00:00Z')])).toBe(1);
      expect(aggregate('last', [v(1, '2026-06-30T00:00:01Z'), v(2, '2026-06-30')])).toBe(1);
      expect(aggregate('last', [v(1, '2026-06-30T10:00:00+07:00'), v(2, '2026-06-30T04:00:00Z')])).toBe(2);
    });

    it('breaks ties by list order (the later wins)', () => {
      expect(aggregate('last', [v(1, '2026-06-30'), v(2, '2026-06-30')])).toBe(2);
    });

    it('prefers dated values over undated ones', () => {
      expect(aggregate('last', [v(1, '2026-01-01'), v(2)])).toBe(1);
      expect(aggregate('last', [v(2), v(1, '2026-01-01')])).toBe(1);
      expect(aggregate('last', [{ value: 2, at: null }, v(1, '2020-01-01')])).toBe(1);
    });

    it('falls back to list order without dates', () => {
      expect(aggregate('last', [v(1), v(2), v(3)])).toBe(3);
    });

    it('skips nulls even when they are the latest', () => {
      expect(aggregate('last', [v(1, '2026-01-01'), v(null, '2026-12-31')])).toBe(1);
    });

    it('rejects an invalid date', () => {
      expect(() => aggregate('last', [v(1, '2026-02-30'), v(2, '2026-01-01')])).toThrow(RangeError);
      expect(() => aggregate('last', [v(1, 'yesterday'), v(2, '2026-01-01')])).toThrow(RangeError);
    });
  });

  describe('ratio', () => {
    it('is Σvalue / Σdenominator × 100 over complete pairs', () => {
      expect(
        aggregate('ratio', [
          { value: 8, denominator: 10 },
          { value: 1, denominator: 5 },
          { value: 3, denominator: null }, // incomplete: skipped
          { value: null, denominator: 100 }, // incomplete: skipped
        ]),
      ).toBe(60);
    });

    it('is null without complete pairs or with a zero denominator', () => {
      expect(aggregate('ratio', [{ value: 1 }])).toBeNull();
      expect(aggregate('ratio', [{ value: 0, denominator: 0 }])).toBeNull();
    });
  });
});

describe('aggregateRatio', () => {
  it.each([
    [[45], [50], 90],
    [[1], [3], 33.33],
    [[2], [3], 66.67],
    [[10, 20], [20, 20], 75],
    [[0], [7], 0],
    [[7], [7], 100],
    [[12], [10], 120],
    [[1, null], [3, null], 33.33],
    [[1.005], [100], 1.01],
  ])('%j / %j → %d', (nums, dens, expected) => {
    expect(aggregateRatio(nums, dens)).toBe(expected);
  });

  it('is null when the denominator sums to 0 or there is no numerator', () => {
    expect(aggregateRatio([1], [0])).toBeNull();
    expect(aggregateRatio([1], [])).toBeNull();
    expect(aggregateRatio([1], [null])).toBeNull();
    expect(aggregateRatio([3], [2, -2])).toBeNull();
    expect(aggregateRatio([], [10])).toBeNull();
    expect(aggregateRatio([null], [10])).toBeNull();
  });

  it('rejects non-finite numbers', () => {
    expect(() => aggregateRatio([Number.NaN], [1])).toThrow(RangeError);
    expect(() => aggregateRatio([1], [Infinity])).toThrow(RangeError);
  });

  it('lies between 0 and 100 when parts never exceed wholes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(10_000), fc.nat(10_000)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
          { minLength: 1 },
        ),
        (pairs) => {
          const r = aggregateRatio(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          );
          if (pairs.every((p) => p[1] === 0)) expect(r).toBeNull();
          else {
            expect(r).toBeGreaterThanOrEqual(0);
            expect(r).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });
});

describe('aggregate: properties', () => {
  const ints = fc.array(fc.option(fc.integer({ min: -1_000_000, max: 1_000_000 }), { nil: null }), {
    maxLength: 40,
  });
  const toValues = (xs: (number | null)[]) => xs.map((x) => v(x));
  const present = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);

  it('sum over partitions equals the sum of partial sums (a unit tree rolls up consistently)', () => {
    fc.assert(
      fc.property(ints, fc.nat(), (xs, cut) => {
        const i = xs.length === 0 ? 0 : cut % (xs.length + 1);
        const left = aggregate('sum', toValues(xs.slice(0, i)));
        const right = aggregate('sum', toValues(xs.slice(i)));
        const whole = aggregate('sum', toValues(xs));
        const parts = [left, right].filter((p): p is number => p !== null);
        expect(whole).toBe(parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it('min and max over partitions equal the min/max of partial results', () => {
    fc.assert(
      fc.property(ints, ints, (a, b) => {
        for (const rule of ['min', 'max'] as const) {
          const parts = [aggregate(rule, toValues(a)), aggregate(rule, toValues(b))].filter(
            (p): p is number => p !== null,
          );
          const expected =
            parts.length === 0 ? null : rule === 'min' ? Math.min(...parts) : Math.max(...parts);
          expect(aggregate(rule, toValues([...a, ...b]))).toBe(expected);
        }
      }),
    );
  });

  it('min ≤ avg ≤ max, and last is one of the values', () => {
    fc.assert(
      fc.property(ints, (xs) => {
        const values = toValues(xs);
        const min = aggregate('min', values);
        const avg = aggregate('avg', values);
        const max = aggregate('max', values);
        const last = aggregate('last', values);
        if (present(xs).length === 0) {
          expect([min, avg, max, last]).toEqual([null, null, null, null]);
          return;
        }
        expect(min!).toBeLessThanOrEqual(avg! + 1e-9);
        expect(avg!).toBeLessThanOrEqual(max! + 1e-9);
        expect(present(xs)).toContain(last);
      }),
    );
  });

  it('avg × count = sum', () => {
    fc.assert(
      fc.property(ints, (xs) => {
        const n = present(xs).length;
        fc.pre(n > 0);
        const values = toValues(xs);
        expect(aggregate('avg', values)! * n).toBeCloseTo(aggregate('sum', values)!, 6);
      }),
    );
  });

  it('sum, avg, min and max do not depend on order', () => {
    const withPermutation = ints.chain((xs) =>
      fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
    );
    fc.assert(
      fc.property(withPermutation, ([xs, shuffled]) => {
        for (const rule of ['sum', 'min', 'max'] as const) {
          expect(aggregate(rule, toValues(shuffled))).toBe(aggregate(rule, toValues(xs)));
        }
        const a = aggregate('avg', toValues(shuffled));
        const b = aggregate('avg', toValues(xs));
        if (a === null || b === null) expect(a).toBe(b);
        else expect(a).toBeCloseTo(b, 6);
      }),
    );
  });

  it('last with distinct dates does not depend on order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (days, seed) => {
          const items = days.map((d) => ({
            value: d,
            at: new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10),
          }));
          const rotated = [...items.slice(seed % items.length), ...items.slice(0, seed % items.length)];
          expect(aggregate('last', rotated)).toBe(Math.max(...days));
        },
      ),
    );
  });

  it('adding nulls never changes the result', () => {
    fc.assert(
      fc.property(ints, fc.constantFrom<AggregationRule>('sum', 'avg', 'min', 'max', 'last'), (xs, rule) => {
        expect(aggregate(rule, toValues([...xs, null, null]))).toBe(aggregate(rule, toValues(xs)));
      }),
    );
  });
});
