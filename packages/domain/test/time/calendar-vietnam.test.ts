import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDateTimeVi,
  formatDateVi,
  parseDateVi,
  todayInVietnam,
  VN_TIME_ZONE,
} from '../../src/index.ts';
import { isoDate } from './calendar.arbitraries.ts';

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
