import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankByTotal, rankInGroups } from '../index.ts';

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
