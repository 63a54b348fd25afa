import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BAND_SCHEME_SEEDS,
  CRITERIA_SET_SEED,
  applyCap,
  bandByScore,
  checkBandScheme,
  checkCriteriaContent,
  classify,
  inBand,
  maxTotal,
  pointsByScorer,
  rankByTotal,
  rankInGroups,
  totals,
  type BandCode,
  type CapCandidate,
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

describe('bands', () => {
  it('honour inclusive and exclusive bounds', () => {
    expect(bandByScore(scheme, 90)).toBe('xuat_sac');
    expect(bandByScore(scheme, 89.99)).toBe('tot');
    expect(bandByScore(scheme, 70)).toBe('tot');
    expect(bandByScore(scheme, 69.75)).toBe('hoan_thanh');
    expect(bandByScore(scheme, 50)).toBe('hoan_thanh');
    expect(bandByScore(scheme, 49.5)).toBe('khong_hoan_thanh');
    expect(bandByScore(scheme, 0)).toBe('khong_hoan_thanh');
    const b = {
      code: 'tot' as const,
      min: 70,
      minInclusive: false,
      max: 90,
      maxInclusive: true,
      requiresEligibility: false,
    };
    expect(inBand(b, 70)).toBe(false);
    expect(inBand(b, 90)).toBe(true);
  });
  it('a disqualifying fact blocks the bands that require eligibility, never raises a band', () => {
    expect(classify(scheme, 95, true)).toBe('hoan_thanh');
    expect(classify(scheme, 75, true)).toBe('hoan_thanh');
    expect(classify(scheme, 40, true)).toBe('khong_hoan_thanh');
    expect(classify(BAND_SCHEME_SEEDS[1], 95, true)).toBe('tot');
    const order = scheme.bands.map((b) => b.code);
    fc.assert(
      fc.property(quarter, (t) => {
        const a = order.indexOf(classify(scheme, t, false)!);
        const d = order.indexOf(classify(scheme, t, true)!);
        expect(d).toBeGreaterThanOrEqual(a);
      }),
    );
  });
  it('a higher total never gets a lower band', () => {
    const order = scheme.bands.map((b) => b.code);
    fc.assert(
      fc.property(quarter, quarter, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(order.indexOf(bandByScore(scheme, hi)!)).toBeLessThanOrEqual(
          order.indexOf(bandByScore(scheme, lo)!),
        );
      }),
    );
  });
});

const candidatesArb = fc
  .uniqueArray(
    fc.record({
      unitId: fc.integer({ min: 1, max: 10_000 }),
      total: fc.integer({ min: 0, max: 40 }).map((n) => 60 + n),
      minute: fc.integer({ min: 0, max: 5 }),
    }),
    { selector: (r) => r.unitId, maxLength: 60 },
  )
  .map((rows) =>
    rows.map((r): CapCandidate => ({
      unitId: r.unitId,
      unitCode: `U${String(r.unitId).padStart(5, '0')}`,
      total: r.total,
      submittedAt: `2026-11-0${1 + (r.minute % 9)}T08:00:00.000Z`,
      band: classify(scheme, r.total, false),
    })),
  );

describe('the cap on xuất sắc', () => {
  it('never leaves more xuất sắc than the share allows, and moves only the lowest-placed to tốt', () => {
    fc.assert(
      fc.property(candidatesArb, (units) => {
        const out = applyCap(scheme.cap, units);
        const after = [...out.bands.values()].filter((b) => b === 'xuat_sac').length;
        const base = units.filter((u) => u.band === 'xuat_sac' || u.band === 'tot').length;
        expect(out.base).toBe(base);
        expect(after).toBeLessThanOrEqual(Math.floor((20 * base) / 100));
        expect(after).toBe(Math.min(out.before, out.allowed));
        // the count of tốt trở lên is unchanged (a moved unit stays in the base)
        expect([...out.bands.values()].filter((b) => b === 'xuat_sac' || b === 'tot').length).toBe(base);
        // nobody kept xuất sắc with a lower total than somebody moved down
        const kept = units.filter((u) => out.bands.get(u.unitId) === 'xuat_sac');
        for (const m of out.moved) {
          expect(out.bands.get(m.unitId)).toBe('tot');
          for (const k of kept) expect(k.total).toBeGreaterThanOrEqual(m.total);
        }
        // units outside the capped band keep their band
        for (const u of units) if (u.band !== 'xuat_sac') expect(out.bands.get(u.unitId)).toBe(u.band);
      }),
    );
  });
  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(candidatesArb, fc.nat(), (units, seed) => {
        const shuffled = [...units].sort(
          (a, b) => ((a.unitId * 7919 + seed) % 101) - ((b.unitId * 7919 + seed) % 101),
        );
        expect([...applyCap(scheme.cap, shuffled).bands].sort()).toEqual(
          [...applyCap(scheme.cap, units).bands].sort(),
        );
      }),
    );
  });
  it('breaks a tie on the total by the earlier submission, then by the unit code', () => {
    const u = (
      unitId: number,
      total: number,
      submittedAt: string,
      unitCode = `U${unitId}`,
    ): CapCandidate => ({
      unitId,
      unitCode,
      total,
      submittedAt,
      band: 'xuat_sac',
    });
    const tot = (unitId: number): CapCandidate => ({
      ...u(unitId, 80, '2026-11-01'),
      band: 'tot' as BandCode,
    });
    // 1 xuất sắc allowed out of 5 units classified tốt trở lên
    const base = [tot(10), tot(11), tot(12)];
    let out = applyCap(scheme.cap, [...base, u(1, 95, '2026-11-05'), u(2, 95, '2026-11-02')]);
    expect(out.allowed).toBe(1);
    expect(out.bands.get(2)).toBe('xuat_sac');
    expect(out.moved).toEqual([{ unitId: 1, place: 2, total: 95 }]);
    out = applyCap(scheme.cap, [...base, u(1, 95, '2026-11-02', 'B'), u(2, 95, '2026-11-02', 'A')]);
    expect(out.bands.get(2)).toBe('xuat_sac');
    expect(out.bands.get(1)).toBe('tot');
    // the higher total keeps its place whatever the submission time
    out = applyCap(scheme.cap, [...base, u(1, 96, '2026-11-09'), u(2, 95, '2026-11-01')]);
    expect(out.bands.get(1)).toBe('xuat_sac');
  });
  it('with no cap nothing moves', () => {
    const out = applyCap(null, [{ unitId: 1, unitCode: 'A', total: 99, submittedAt: '', band: 'xuat_sac' }]);
    expect(out.moved).toEqual([]);
    expect(out.bands.get(1)).toBe('xuat_sac');
  });
});

describe('ranking within a group', () => {
  const rowsArb = fc.uniqueArray(
    fc.record({
      unitId: fc.integer({ min: 1, max: 1000 }),
      total: fc.integer({ min: 0, max: 20 }).map((n) => n * 5),
    }),
    { selector: (r) => r.unitId, maxLength: 40 },
  );
  it('gives every unit a rank consistent with the totals, ties sharing a rank (1, 1, 3)', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const ranks = rankByTotal(rows);
        expect([...ranks.keys()].sort()).toEqual(rows.map((r) => r.unitId).sort());
        for (const a of rows)
          for (const b of rows) {
            const ra = ranks.get(a.unitId)!;
            const rb = ranks.get(b.unitId)!;
            if (a.total > b.total) expect(ra).toBeLessThan(rb);
            if (a.total === b.total) expect(ra).toBe(rb);
          }
        // a rank is 1 + the number of units strictly ahead
        for (const a of rows)
          expect(ranks.get(a.unitId)).toBe(1 + rows.filter((b) => b.total > a.total).length);
      }),
    );
    expect([
      ...rankByTotal([
        { unitId: 1, total: 90 },
        { unitId: 2, total: 90 },
        { unitId: 3, total: 80 },
      ]).values(),
    ]).toEqual([1, 1, 3]);
  });
  it('ranks several groups in one pass as rankByTotal ranks each group, members in rank then tie order', () => {
    const groupedArb = fc.uniqueArray(
      fc.record({
        unitId: fc.integer({ min: 1, max: 1000 }),
        total: fc.integer({ min: 0, max: 20 }).map((n) => n * 5),
        name: fc.constantFrom('An', 'Bình', 'Cường', 'Dũng'),
        groups: fc.subarray([1, 2, 3, 9]),
      }),
      { selector: (r) => r.unitId, maxLength: 40 },
    );
    const tie = (a: { name: string; unitId: number }, b: { name: string; unitId: number }) =>
      a.name.localeCompare(b.name, 'vi') || a.unitId - b.unitId;
    fc.assert(
      fc.property(groupedArb, (rows) => {
        const out = rankInGroups(rows, [1, 2, 3], (r) => r.groups, tie);
        expect([...out.keys()]).toEqual([1, 2, 3]);
        for (const g of [1, 2, 3]) {
          const members = rows.filter((r) => r.groups.includes(g));
          const ranks = rankByTotal(members);
          const got = out.get(g)!;
          expect(got.map((m) => m.row.unitId).sort()).toEqual(members.map((m) => m.unitId).sort());
          for (const m of got) expect(m.rank).toBe(ranks.get(m.row.unitId));
          for (let i = 1; i < got.length; i++) {
            const [a, b] = [got[i - 1], got[i]];
            expect(a.rank < b.rank || (a.rank === b.rank && tie(a.row, b.row) <= 0)).toBe(true);
          }
        }
      }),
    );
    // a group no row belongs to is there, empty; a group not asked for (9) is not
    const out = rankInGroups(
      [
        { unitId: 1, total: 90, name: 'B', groups: [1, 9] },
        { unitId: 2, total: 90, name: 'A', groups: [1] },
        { unitId: 3, total: 80, name: 'C', groups: [1] },
      ],
      [1, 2],
      (r) => r.groups,
      tie,
    );
    expect(out.get(1)!.map((m) => [m.rank, m.row.unitId])).toEqual([
      [1, 2],
      [1, 1],
      [3, 3],
    ]);
    expect(out.get(2)).toEqual([]);
    expect(out.has(9)).toBe(false);
  });
  it('moving a score up never lowers the rank', () => {
    fc.assert(
      fc.property(
        rowsArb.filter((r) => r.length > 0),
        fc.nat(),
        fc.integer({ min: 0, max: 50 }),
        (rows, pick, up) => {
          const who = rows[pick % rows.length];
          const before = rankByTotal(rows).get(who.unitId)!;
          const after = rankByTotal(
            rows.map((r) => (r.unitId === who.unitId ? { ...r, total: r.total + up } : r)),
          ).get(who.unitId)!;
          expect(after).toBeLessThanOrEqual(before);
        },
      ),
    );
  });
});
