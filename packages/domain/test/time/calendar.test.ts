import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  assertIsoDate,
  compareIsoDate,
  dayOfWeek,
  daysInMonth,
  diffDays,
  formatDateTimeVi,
  formatDateVi,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  lastDayOfMonth,
  maxIsoDate,
  minIsoDate,
  parseDateVi,
  parseIsoDate,
  toEpochDay,
  todayInVietnam,
  toIsoDate,
  VN_TIME_ZONE,
  VN_UTC_OFFSET_MINUTES,
} from '../../src/index.ts';

/** Any real date from 1900 to 2200, as an ISO string. */
const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

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

describe('todayInVietnam', () => {
  it.each([
    ['2025-06-30T16:59:59.999Z', '2025-06-30'],
    ['2025-06-30T17:00:00.000Z', '2025-07-01'], // 00:00 on 1/7 in Hà Nội
    ['2025-12-31T17:00:00Z', '2026-01-01'], // New Year in Vietnam, still 31/12 in UTC
    ['2025-12-31T16:59:00Z', '2025-12-31'],
    ['2024-02-28T17:30:00Z', '2024-02-29'],
    ['2026-03-15T00:00:00+07:00', '2026-03-15'],
    ['1969-12-31T17:00:00Z', '1970-01-01'],
    ['1969-12-31T16:00:00Z', '1969-12-31'],
  ])('%s → %s', (instant, expected) => {
    expect(todayInVietnam(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => todayInVietnam(new Date('nope'))).toThrow(RangeError);
  });
});

describe('formatDateVi', () => {
  it('formats ISO dates as dd/MM/yyyy', () => {
    expect(formatDateVi('2025-07-01')).toBe('01/07/2025');
    expect(formatDateVi('2024-02-29')).toBe('29/02/2024');
    expect(formatDateVi('2026-12-31')).toBe('31/12/2026');
  });

  it('formats instants in Vietnam time', () => {
    expect(formatDateVi(new Date('2025-12-31T17:00:00Z'))).toBe('01/01/2026');
    expect(formatDateVi(new Date('2025-12-31T16:59:59Z'))).toBe('31/12/2025');
    expect(formatDateVi('2025-12-31T17:00:00Z')).toBe('01/01/2026');
  });

  it('rejects invalid dates', () => {
    expect(() => formatDateVi('2025-02-29')).toThrow(RangeError);
    expect(() => formatDateVi('hôm nay')).toThrow(RangeError);
    expect(() => formatDateVi(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('round-trips with parseDateVi', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        expect(parseDateVi(formatDateVi(d))).toBe(d);
      }),
    );
  });
});

describe('formatDateTimeVi', () => {
  it.each([
    ['2025-07-01T01:30:00Z', '01/07/2025 08:30'],
    ['2025-06-30T17:00:00Z', '01/07/2025 00:00'],
    ['2025-06-30T16:59:59Z', '30/06/2025 23:59'],
    ['2025-12-31T23:05:00Z', '01/01/2026 06:05'],
    ['2026-02-16T16:00:00Z', '16/02/2026 23:00'],
    ['1969-12-31T20:15:00Z', '01/01/1970 03:15'],
  ])('%s → %s', (instant, expected) => {
    expect(formatDateTimeVi(new Date(instant))).toBe(expected);
  });

  it('accepts ISO timestamp strings', () => {
    expect(formatDateTimeVi('2025-07-01T08:30:00+07:00')).toBe('01/07/2025 08:30');
  });

  it('agrees with Intl in Asia/Ho_Chi_Minh', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: VN_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1980-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          expect(formatDateTimeVi(d)).toBe(intl.format(d).replace(',', ''));
        },
      ),
    );
  });

  it('rejects an invalid instant', () => {
    expect(() => formatDateTimeVi(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatDateTimeVi('not a date')).toThrow(RangeError);
  });
});

describe('parseDateVi', () => {
  it.each([
    ['01/07/2025', '2025-07-01'],
    ['1/7/2025', '2025-07-01'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/2026', '2026-12-31'],
    [' 10/5/2023 ', '2023-05-10'],
    ['10.11.2023', '2023-11-10'],
    ['10-11-2023', '2023-11-10'],
  ])('%j → %s', (text, expected) => {
    expect(parseDateVi(text)).toBe(expected);
  });

  it.each([
    '29/02/2025',
    '29/02/1900',
    '31/04/2025',
    '32/01/2025',
    '00/01/2025',
    '01/00/2025',
    '01/13/2025',
    '2025-07-01',
    '1/7/25',
    '01/07/2025 08:00',
    '10/11-2023',
    '',
    'ngày 1 tháng 7',
    '001/07/2025',
    '01/07/0000',
  ])('rejects %j', (text) => {
    expect(parseDateVi(text)).toBeNull();
  });

  it('returns null for non-strings', () => {
    expect(parseDateVi(undefined as unknown as string)).toBeNull();
    expect(parseDateVi(42 as unknown as string)).toBeNull();
  });
});
