import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareIsoDate,
  dayOfWeek,
  daysInMonth,
  diffDays,
  fromEpochDay,
  maxIsoDate,
  minIsoDate,
  parseIsoDate,
  toEpochDay,
} from '../../src/index.ts';
import { isoDate } from './calendar.arbitraries.ts';

describe('epoch days and weekdays', () => {
  it('counts from 1970-01-01', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(toEpochDay('2000-03-01')).toBe(11_017);
    expect(fromEpochDay(0)).toBe('1970-01-01');
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    expect(toEpochDay('0001-01-01')).toBe(-719_162);
    expect(fromEpochDay(2_932_896)).toBe('9999-12-31');
  });

  it('agrees with Date.UTC', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        expect(toEpochDay(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
      }),
    );
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        expect(toEpochDay(fromEpochDay(n))).toBe(n);
      }),
    );
  });

  it('rejects days outside years 1–9999 and non-integers', () => {
    expect(() => fromEpochDay(2_932_897)).toThrow(RangeError);
    expect(() => fromEpochDay(-719_163)).toThrow(RangeError);
    expect(() => fromEpochDay(1.5)).toThrow(RangeError);
  });

  it.each([
    ['2025-01-01', 3], // Wednesday
    ['2025-09-02', 2], // Tuesday
    ['2026-01-01', 4], // Thursday
    ['2026-02-17', 2], // Tết Bính Ngọ, Tuesday
    ['2026-04-26', 0], // Sunday
    ['2027-05-01', 6], // Saturday
    ['1970-01-01', 4],
    ['1969-12-28', 0],
    ['2000-02-29', 2],
  ])('dayOfWeek(%s) = %d', (d, weekday) => {
    expect(dayOfWeek(d)).toBe(weekday);
  });

  it('agrees with Date.getUTCDay', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        expect(dayOfWeek(d)).toBe(new Date(`${d}T00:00:00Z`).getUTCDay());
      }),
    );
  });
});

describe('addDays / diffDays / compareIsoDate', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2025-06-15', 0, '2025-06-15'],
    ['2025-05-10', 30, '2025-06-09'],
  ])('addDays(%s, %d) = %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  it('rejects fractional day counts and invalid dates', () => {
    expect(() => addDays('2025-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });

  it('diffDays is a − b', () => {
    expect(diffDays('2025-01-02', '2025-01-01')).toBe(1);
    expect(diffDays('2025-01-01', '2025-01-02')).toBe(-1);
    expect(diffDays('2025-03-01', '2025-02-01')).toBe(28);
    expect(diffDays('2024-03-01', '2024-02-01')).toBe(29);
    expect(diffDays('2026-01-01', '2025-01-01')).toBe(365);
    expect(diffDays('2025-01-01', '2024-01-01')).toBe(366);
    expect(diffDays('2025-06-30', '2025-06-30')).toBe(0);
  });

  it('addDays and diffDays are inverse', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(diffDays(addDays(d, n), d)).toBe(n);
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });

  it('compares', () => {
    expect(compareIsoDate('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareIsoDate('2025-01-02', '2025-01-01')).toBe(1);
    expect(compareIsoDate('2025-01-01', '2025-01-01')).toBe(0);
    expect(compareIsoDate('2024-12-31', '2025-01-01')).toBe(-1);
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareIsoDate)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
    ]);
    expect(() => compareIsoDate('2025-1-1', '2025-01-01')).toThrow(RangeError);
  });

  it('compare agrees with diffDays', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(compareIsoDate(a, b)).toBe(Math.sign(diffDays(a, b)));
      }),
    );
  });

  it('min and max', () => {
    expect(minIsoDate('2025-01-02', '2025-01-01')).toBe('2025-01-01');
    expect(maxIsoDate('2025-01-02', '2025-01-01')).toBe('2025-01-02');
    expect(minIsoDate('2025-01-01', '2025-01-01')).toBe('2025-01-01');
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-05-10', 6, '2025-11-10'],
    ['2025-08-31', -6, '2025-02-28'],
    ['2025-06-30', 0, '2025-06-30'],
  ])('addMonths(%s, %d) = %s', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });

  it('rejects fractional month counts', () => {
    expect(() => addMonths('2025-01-01', 1.5)).toThrow(RangeError);
  });

  it('keeps the day when it exists, otherwise clamps to the month end', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const r = parseIsoDate(addMonths(d, n));
        const { day } = parseIsoDate(d);
        expect(r.day).toBe(Math.min(day, daysInMonth(r.year, r.month)));
      }),
    );
  });
});
