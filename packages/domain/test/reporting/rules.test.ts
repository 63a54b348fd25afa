import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregate,
  aggregateRatio,
  checkReportValues,
  completeRollup,
  computedValue,
  countsInRollup,
  enteredValue,
  isOverride,
  ratioOf,
  reportRatios,
  rollupReports,
  rollupStatuses,
  type ReportValue,
} from '../../src/index.ts';

const computed: ReportValue = {
  value: 10,
  source: 'computed',
  computedValue: 10,
  origin: 'plans.tasks_done',
  overrideReason: null,
};

describe('report statuses in a roll-up', () => {
  it('counts accepted reports, and submitted ones only when asked', () => {
    expect(rollupStatuses()).toEqual(['accepted']);
    expect(rollupStatuses(true)).toEqual(['accepted', 'submitted']);
    expect(countsInRollup('submitted')).toBe(false);
    expect(countsInRollup('submitted', true)).toBe(true);
    for (const s of ['draft', 'returned']) expect(countsInRollup(s, true)).toBe(false);
  });
});

describe('value sources', () => {
  it('an entered value over nothing computed is entered', () => {
    expect(enteredValue(undefined, 5)).toEqual({
      ok: true,
      value: { value: 5, source: 'entered', computedValue: null, origin: null, overrideReason: null },
    });
  });
  it('departing from a computed figure is an override and needs a reason', () => {
    expect(isOverride(computed, 12)).toBe(true);
    expect(isOverride(computed, 10)).toBe(false);
    expect(enteredValue(computed, 12)).toEqual({ ok: false, needsReason: true });
    expect(enteredValue(computed, 12, '  ')).toEqual({ ok: false, needsReason: true });
    const r = enteredValue(computed, 12, ' thêm 2 ');
    expect(r).toEqual({
      ok: true,
      value: { ...computed, value: 12, source: 'override', overrideReason: 'thêm 2' },
    });
  });
  it('an override keeps its reason when edited again, and becomes computed when set back', () => {
    const over = { ...computed, value: 12, source: 'override', overrideReason: 'thêm 2' };
    expect(enteredValue(over, 13)).toMatchObject({
      ok: true,
      value: { source: 'override', overrideReason: 'thêm 2' },
    });
    expect(enteredValue(over, 10)).toMatchObject({
      ok: true,
      value: { source: 'computed', overrideReason: null },
    });
  });
  it('recomputing keeps an override and refreshes anything else', () => {
    const over = { ...computed, value: 12, source: 'override', overrideReason: 'thêm 2' };
    expect(computedValue(over, 11, 'x')).toEqual({ ...over, computedValue: 11, origin: 'x' });
    expect(computedValue(computed, 11, 'x')).toEqual({
      value: 11,
      source: 'computed',
      computedValue: 11,
      origin: 'x',
      overrideReason: null,
    });
  });
});

describe('ratios', () => {
  it('is null without a numerator, a denominator, or with a zero denominator', () => {
    expect(ratioOf(null, 4)).toBeNull();
    expect(ratioOf(1, null)).toBeNull();
    expect(ratioOf(1, 0)).toBeNull();
    expect(ratioOf(0, 4)).toBe(0);
    expect(ratioOf(1, 3)).toBe(33.33);
  });
  it('agrees with aggregateRatio on one pair', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 10_000 })),
        fc.option(fc.integer({ min: 0, max: 10_000 })),
        (n, d) => {
          expect(ratioOf(n, d)).toBe(aggregateRatio([n], [d]));
        },
      ),
    );
  });
  it('computes each ratio indicator of a report from its own figures', () => {
    const inds = [
      { code: 'a', name: 'A', type: 'integer', aggregation: 'sum' },
      { code: 'b', name: 'B', type: 'integer', aggregation: 'sum' },
      { code: 'r', name: 'R', type: 'percent', aggregation: 'ratio', numerator: 'a', denominator: 'b' },
    ];
    expect(reportRatios(inds, { a: 1, b: 4 })).toEqual(new Map([['r', 25]]));
    expect(reportRatios(inds, { a: 1, b: 0 })).toEqual(new Map([['r', null]]));
  });
});

describe('report checks', () => {
  it('checks type, range and the template rules, in Vietnamese', () => {
    const inds = [
      { code: 'a', name: 'Số đơn', type: 'integer', aggregation: 'sum', min: 0, max: 10 },
      { code: 'b', name: 'Đã giải quyết', type: 'integer', aggregation: 'sum', min: 0, max: null },
    ];
    const rules = [
      {
        code: 'R1',
        expression: 'b <= a',
        message: 'Giải quyết nhiều hơn tiếp nhận',
        severity: 'error' as const,
      },
    ];
    expect(checkReportValues(inds, rules, { a: 11.5, b: 20 })).toEqual([
      { code: 'a.integer', severity: 'error', message: '“Số đơn” phải là số nguyên.' },
      { code: 'a.max', severity: 'error', message: '“Số đơn” không được lớn hơn 10.' },
      { code: 'R1', severity: 'error', message: 'Giải quyết nhiều hơn tiếp nhận' },
    ]);
    expect(checkReportValues(inds, rules, { a: null, b: null })).toEqual([]);
  });
});

describe('roll-up', () => {
  const inds = [
    { code: 's', name: 'S', type: 'integer', aggregation: 'sum' },
    { code: 'v', name: 'V', type: 'decimal', aggregation: 'avg' },
    { code: 'l', name: 'L', type: 'integer', aggregation: 'last' },
    { code: 'r', name: 'R', type: 'percent', aggregation: 'ratio', numerator: 's', denominator: 'v' },
  ];
  it('aggregates the counted reports by rule, ratios from the rolled-up parts', () => {
    const out = rollupReports(
      inds,
      [
        { status: 'accepted', submittedAt: '2026-01-02T00:00:00Z', values: { s: 1, v: 1, l: 5 } },
        { status: 'submitted', submittedAt: '2026-01-03T00:00:00Z', values: { s: 2, v: 2, l: 6 } },
        { status: 'accepted', submittedAt: '2026-01-01T00:00:00Z', values: { s: 3, v: null, l: 7 } },
        { status: 'draft', submittedAt: null, values: { s: 100 } },
      ],
      {},
    );
    expect(out.reports).toBe(2);
    expect(Object.fromEntries(out.figures.map((f) => [f.code, [f.value, f.n]]))).toEqual({
      s: [4, 2],
      v: [1, 1],
      l: [5, 2],
      r: [400, 1],
    });
  });
  it('equals the generic aggregate for every plain rule on random reports', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom('draft', 'submitted', 'returned', 'accepted'),
            value: fc.option(fc.integer({ min: -50, max: 50 })),
          }),
          { maxLength: 30 },
        ),
        fc.boolean(),
        (reps, includeSubmitted) => {
          for (const rule of ['sum', 'avg', 'min', 'max'] as const) {
            const out = rollupReports(
              [{ code: 'x', name: 'X', type: 'integer', aggregation: rule }],
              reps.map((r) => ({ status: r.status, submittedAt: null, values: { x: r.value } })),
              { includeSubmitted },
            );
            const counted = reps.filter((r) => countsInRollup(r.status, includeSubmitted));
            const expected = aggregate(
              rule,
              counted.map((r) => ({ value: r.value })),
            );
            const [fig] = completeRollup([
              {
                code: 'x',
                aggregation: rule,
                numeratorCode: null,
                denominatorCode: null,
                value: expected,
                n: 0,
              },
            ]);
            expect(out.figures[0].value).toBe(fig.value);
            expect(out.figures[0].n).toBe(counted.filter((r) => r.value !== null).length);
          }
        },
      ),
    );
  });
});
