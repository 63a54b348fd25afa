import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BAND_SCHEME_SEEDS,
  applyCap,
  bandByScore,
  classify,
  inBand,
  type BandCode,
  type CapCandidate,
} from '../index.ts';

const scheme = BAND_SCHEME_SEEDS[0];
const quarter = fc.integer({ min: 0, max: 400 }).map((n) => n / 4);

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
