import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BAND_SCHEME_SEEDS,
  CRITERIA_SET_SEED,
  checkBandScheme,
  checkCriteriaContent,
  maxTotal,
  pointsByScorer,
  totals,
  type CriteriaContent,
  type Criterion,
} from '../index.ts';

const scheme = BAND_SCHEME_SEEDS[0];
const quarter = fc.integer({ min: 0, max: 400 }).map((n) => n / 4);

const criterionArb = (code: string): fc.Arbitrary<Criterion> =>
  fc.record({
    code: fc.constant(code),
    name: fc.constant(code),
    kind: fc.constantFrom('score', 'score', 'bonus', 'deduction'),
    maxPoints: fc.integer({ min: 0, max: 40 }).map((n) => n / 2),
    scoredBy: fc.constantFrom('self', 'superior'),
    guidance: fc.constant(''),
    evidenceRequired: fc.constant(''),
    proposerKey: fc.constant(null),
  });
const contentArb: fc.Arbitrary<CriteriaContent> = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 60 })), {
    minLength: 1,
    maxLength: 6,
  })
  .chain((shape) =>
    fc
      .tuple(
        ...shape.map(([n, cap], gi) =>
          fc.tuple(...Array.from({ length: n }, (_, ci) => criterionArb(`${gi}.${ci}`))).map((criteria) => ({
            code: `G${gi}`,
            name: `G${gi}`,
            maxPoints: cap / 2,
            criteria,
          })),
        ),
      )
      .map((groups) => ({ groups })),
  );

describe('totals', () => {
  it('never exceeds the set maximum nor any group cap, and never goes below 0', () => {
    fc.assert(
      fc.property(
        contentArb,
        fc.array(fc.double({ min: -50, max: 200, noNaN: true }), { maxLength: 40 }),
        (content, raw) => {
          const scores: Record<string, number> = {};
          content.groups
            .flatMap((g) => g.criteria)
            .forEach((c, i) => (scores[c.code] = raw[i % Math.max(raw.length, 1)] ?? 0));
          const t = totals(content, scores);
          expect(t.total).toBeLessThanOrEqual(maxTotal(content) + 1e-9);
          expect(t.total).toBeGreaterThanOrEqual(0);
          for (const g of t.groups) {
            expect(g.total).toBeLessThanOrEqual(g.maxPoints + 1e-9);
            expect(g.total).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it('raising a score criterion never lowers the total; raising a deduction never raises it', () => {
    fc.assert(
      fc.property(contentArb, fc.nat(), quarter, quarter, (content, pick, a, b) => {
        const all = content.groups.flatMap((g) => g.criteria);
        const c = all[pick % all.length];
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const t1 = totals(content, { [c.code]: lo }).total;
        const t2 = totals(content, { [c.code]: hi }).total;
        if (c.kind === 'deduction') expect(t2).toBeLessThanOrEqual(t1);
        else expect(t2).toBeGreaterThanOrEqual(t1);
      }),
    );
  });

  it('caps a group: bonus fills the group up to its cap, deductions come off after the cap', () => {
    const content: CriteriaContent = {
      groups: [
        {
          code: 'I',
          name: 'I',
          maxPoints: 10,
          criteria: [
            {
              code: 'a',
              name: 'a',
              kind: 'score',
              maxPoints: 10,
              scoredBy: 'self',
              guidance: '',
              evidenceRequired: '',
              proposerKey: null,
            },
            {
              code: 'b',
              name: 'b',
              kind: 'bonus',
              maxPoints: 3,
              scoredBy: 'self',
              guidance: '',
              evidenceRequired: '',
              proposerKey: null,
            },
            {
              code: 'c',
              name: 'c',
              kind: 'deduction',
              maxPoints: 5,
              scoredBy: 'self',
              guidance: '',
              evidenceRequired: '',
              proposerKey: null,
            },
          ],
        },
      ],
    };
    expect(totals(content, { a: 9, b: 3 }).total).toBe(10);
    expect(totals(content, { a: 9, b: 3, c: 2 }).total).toBe(8);
    expect(totals(content, { a: 1, c: 5 }).total).toBe(0);
    // a score above the criterion's maximum counts as the maximum
    expect(totals(content, { a: 50 }).total).toBe(10);
    expect(totals(content, { a: 8.25 }).groups[0]).toMatchObject({ points: 8.25, total: 8.25 });
  });
});

describe('the seeded criteria set and band schemes', () => {
  it('add up: 100 points, 90 self-scored and 10 by the superior level, with a bonus and a deduction', () => {
    expect(checkCriteriaContent(CRITERIA_SET_SEED.content)).toEqual([]);
    expect(maxTotal(CRITERIA_SET_SEED.content)).toBe(100);
    expect(pointsByScorer(CRITERIA_SET_SEED.content)).toEqual({ self: 90, superior: 10 });
    const kinds = CRITERIA_SET_SEED.content.groups.flatMap((g) => g.criteria.map((c) => c.kind));
    expect(kinds).toContain('bonus');
    expect(kinds).toContain('deduction');
  });
  it('cover every total exactly once', () => {
    for (const s of BAND_SCHEME_SEEDS) expect(checkBandScheme(s)).toEqual([]);
  });
  it('finds a broken tree and a broken scheme', () => {
    const bad: CriteriaContent = {
      groups: [
        {
          code: 'I',
          name: 'I',
          maxPoints: 10,
          criteria: [{ ...CRITERIA_SET_SEED.content.groups[0].criteria[0], maxPoints: 4 }],
        },
        {
          code: 'I',
          name: 'I',
          maxPoints: 1,
          criteria: [{ ...CRITERIA_SET_SEED.content.groups[0].criteria[0] }],
        },
      ],
    };
    const errors = checkCriteriaContent(bad);
    expect(errors.some((e) => e.includes('nhỏ hơn điểm tối đa'))).toBe(true);
    expect(errors.some((e) => e.includes('Mã nhóm “I” bị trùng'))).toBe(true);
    expect(errors.some((e) => e.includes('Mã tiêu chí “1.1” bị trùng'))).toBe(true);
    const gap = { ...scheme, bands: scheme.bands.map((b) => (b.code === 'tot' ? { ...b, min: 71 } : b)) };
    expect(checkBandScheme(gap)[0]).toContain('không thuộc mức xếp loại nào');
    const overlap = {
      ...scheme,
      bands: scheme.bands.map((b) => (b.code === 'tot' ? { ...b, maxInclusive: true } : b)),
    };
    expect(checkBandScheme(overlap)[0]).toContain('thuộc nhiều mức');
  });
});
