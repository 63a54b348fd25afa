import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attendanceByUnit, courseAttendees, personKey, trainedInYear, trainedShare } from './index.ts';

describe('training: attendance', () => {
  it('a unit counts at least its named persons', () => {
    expect(
      attendanceByUnit(
        [
          { unitId: 1, count: 10 },
          { unitId: 2, count: 1 },
        ],
        [
          { unitId: 2, fullName: 'A' },
          { unitId: 2, fullName: 'B' },
          { unitId: 3, fullName: 'C' },
        ],
      ),
    ).toEqual([
      { unitId: 1, count: 10 },
      { unitId: 2, count: 2 },
      { unitId: 3, count: 1 },
    ]);
  });
  it('the total is never below the persons named nor below the counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ unitId: fc.integer({ min: 1, max: 5 }), count: fc.nat(50) })),
        fc.array(fc.record({ unitId: fc.integer({ min: 1, max: 5 }), fullName: fc.string() })),
        (units, persons) => {
          const t = courseAttendees(units, persons);
          expect(t).toBeGreaterThanOrEqual(persons.length);
          expect(t).toBeGreaterThanOrEqual(units.reduce((s, u) => s + u.count, 0) - 0);
        },
      ),
    );
  });
});

describe('training: share of the staff trained', () => {
  it('counts a named person once in the year and adds the unnamed attendees', () => {
    expect(
      trainedInYear([
        { count: 3, names: ['Nguyễn Văn An', 'Trần Thị Bình'] },
        { count: 2, names: ['nguyễn  văn an'] },
      ]),
    ).toBe(2 + 1 + 1);
    expect(personKey(' Nguyễn  Văn An ')).toBe('nguyễn văn an');
  });
  it('is a percentage with one decimal, capped at 100, null without a headcount', () => {
    expect(trainedShare(1, 3)).toBe(33.3);
    expect(trainedShare(50, 20)).toBe(100);
    expect(trainedShare(5, 0)).toBeNull();
    expect(trainedShare(5, null)).toBeNull();
  });
});
