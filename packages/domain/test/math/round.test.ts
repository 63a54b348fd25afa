import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentage, roundTo } from '../../src/index.ts';

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [1.255, 2, 1.26],
    [2.675, 2, 2.68],
    [0.125, 2, 0.13],
    [1.45, 1, 1.5],
    [66.66666, 1, 66.7],
    [33.33333, 2, 33.33],
    [-1.005, 2, -1.01],
    [-0.004, 2, 0],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [2.5, 0, 3],
    [100, 2, 100],
    [0, 3, 0],
  ])('roundTo(%d, %d) = %d', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 2), 0)).toBe(true);
  });

  it('passes non-finite values through', () => {
    expect(roundTo(Infinity, 2)).toBe(Infinity);
    expect(roundTo(Number.NaN, 2)).toBeNaN();
  });

  it('rejects invalid decimals', () => {
    expect(() => roundTo(1, -1)).toThrow(RangeError);
    expect(() => roundTo(1, 1.5)).toThrow(RangeError);
    expect(() => roundTo(1, 11)).toThrow(RangeError);
  });

  it('stays within half a unit of the last place', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        expect(Math.abs(roundTo(v, d) - v)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        expect(roundTo(roundTo(v, d), d)).toBe(roundTo(v, d));
      }),
    );
  });
});

describe('percentage', () => {
  it('computes part / whole × 100 rounded', () => {
    expect(percentage(1, 3, 1)).toBe(33.3);
    expect(percentage(2, 3, 1)).toBe(66.7);
    expect(percentage(2, 3, 2)).toBe(66.67);
    expect(percentage(3, 3, 1)).toBe(100);
    expect(percentage(0, 5, 1)).toBe(0);
  });

  it('is null when the whole is zero', () => {
    expect(percentage(0, 0, 1)).toBeNull();
    expect(percentage(5, 0, 1)).toBeNull();
  });
});
