import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertIsoDate,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  lastDayOfMonth,
  parseIsoDate,
  todayInVietnam,
  toIsoDate,
  VN_TIME_ZONE,
  VN_UTC_OFFSET_MINUTES,
} from '../../src/index.ts';
import { isoDate } from './calendar.arbitraries.ts';

describe('constants', () => {
  it('names the Vietnamese time zone, UTC+7', () => {
    expect(VN_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
    expect(VN_UTC_OFFSET_MINUTES).toBe(420);
  });

  it('agrees with the platform time zone database when it has one', () => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: VN_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (const instant of ['2025-06-30T16:59:59Z', '2025-06-30T17:00:00Z', '2026-01-01T00:00:00Z']) {
      expect(todayInVietnam(new Date(instant))).toBe(parts.format(new Date(instant)));
    }
  });
});

describe('isLeapYear / daysInMonth', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2028, true],
    [1900, false],
    [2000, true],
    [2100, false],
    [2400, true],
  ])('isLeapYear(%d) = %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('rejects invalid months and years', () => {
    expect(() => daysInMonth(2025, 0)).toThrow(RangeError);
    expect(() => daysInMonth(2025, 13)).toThrow(RangeError);
    expect(() => daysInMonth(2025, 1.5)).toThrow(RangeError);
    expect(() => daysInMonth(0, 1)).toThrow(RangeError);
    expect(() => daysInMonth(10000, 1)).toThrow(RangeError);
  });
});

describe('isIsoDate / assertIsoDate / parseIsoDate / toIsoDate', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (s) => {
      expect(isIsoDate(s)).toBe(true);
    },
  );

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-01-32',
    '0000-01-01',
    '2025-1-1',
    '25-01-01',
    '2025/01/01',
    '01/01/2025',
    ' 2025-01-01',
    '2025-01-01 ',
    '2025-01-01T00:00:00Z',
    '',
    '20250101',
  ])('rejects %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
    expect(() => assertIsoDate(s)).toThrow(RangeError);
  });

  it('rejects non-strings', () => {
    for (const v of [null, undefined, 20250101, new Date(), {}]) expect(isIsoDate(v)).toBe(false);
  });

  it('names the offending value and label in the error', () => {
    expect(() => assertIsoDate('2025-02-30', 'dueDate')).toThrow(/Invalid dueDate.*2025-02-30/);
  });

  it('splits and builds dates', () => {
    expect(parseIsoDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(toIsoDate(2026, 3, 9)).toBe('2026-03-09');
    expect(toIsoDate(999, 1, 1)).toBe('0999-01-01');
    expect(() => toIsoDate(2025, 2, 29)).toThrow(RangeError);
    expect(() => toIsoDate(2025, 1, 0)).toThrow(RangeError);
    expect(() => parseIsoDate('2025-02-29')).toThrow(RangeError);
  });

  it('round-trips parts', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        const { year, month, day } = parseIsoDate(d);
        expect(toIsoDate(year, month, day)).toBe(d);
      }),
    );
  });

  it('gives the last day of a month', () => {
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2025, 2)).toBe('2025-02-28');
    expect(lastDayOfMonth(2025, 4)).toBe('2025-04-30');
    expect(lastDayOfMonth(2025, 12)).toBe('2025-12-31');
  });
});
