import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  countWorkingDays,
  dayOfWeek,
  diffDays,
  holidaysInYear,
  isIsoDate,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  VN_PUBLIC_HOLIDAYS_2025_2027 as VN,
  type HolidayCalendar,
} from '../../src/index.ts';

const dateIn2024To2028 = fc
  .integer({ min: 0, max: 5 * 366 })
  .map((n) => addDays('2024-01-01', n))
  .filter((d) => d <= '2028-12-31');

describe('isWorkingDay without holidays', () => {
  it.each([
    ['2025-01-06', true], // Monday
    ['2025-01-10', true], // Friday
    ['2025-01-11', false], // Saturday
    ['2025-01-12', false], // Sunday
  ])('%s → %s', (d, expected) => {
    expect(isWorkingDay(d)).toBe(expected);
    expect(isWorkingDay(d, [])).toBe(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => isWorkingDay('2025-02-30', VN)).toThrow(RangeError);
  });
});

describe('isWorkingDay with the Vietnamese calendar', () => {
  it.each([
    ['2025-01-01', false, 'Tết Dương lịch (Wednesday)'],
    ['2025-01-02', true, 'the day after New Year'],
    ['2025-01-24', true, 'last working day before Tết Ất Tỵ'],
    ['2025-01-27', false, '28 tháng Chạp'],
    ['2025-01-28', false, 'giao thừa'],
    ['2025-01-29', false, 'mùng 1'],
    ['2025-01-31', false, 'mùng 3'],
    ['2025-02-03', true, 'back to work after Tết'],
    ['2025-04-07', false, 'Giỗ Tổ Hùng Vương'],
    ['2025-04-26', true, 'make-up Saturday for 2/5'],
    ['2025-04-30', false, '30/4'],
    ['2025-05-01', false, '1/5'],
    ['2025-05-02', false, 'swapped Friday'],
    ['2025-05-05', true, 'Monday after the break'],
    ['2025-09-01', false, 'day next to National Day'],
    ['2025-09-02', false, 'National Day'],
    ['2025-09-03', true, 'after National Day'],
    ['2026-01-01', false, 'Tết Dương lịch 2026'],
    ['2026-01-02', false, 'swapped Friday'],
    ['2026-01-10', true, 'make-up Saturday'],
    ['2026-02-13', true, 'Friday before Tết Bính Ngọ'],
    ['2026-02-16', false, 'giao thừa Bính Ngọ'],
    ['2026-02-20', false, 'mùng 4'],
    ['2026-02-23', true, 'back to work'],
    ['2026-04-26', false, 'Giỗ Tổ on a Sunday'],
    ['2026-04-27', false, 'substitute Monday'],
    ['2026-04-28', true, 'Tuesday'],
    ['2026-08-22', true, 'make-up Saturday for 31/8/2026'],
    ['2026-08-31', false, 'swapped Monday before National Day'],
    ['2026-09-01', false, 'day next to National Day'],
    ['2026-09-02', false, 'National Day'],
    ['2027-02-05', false, 'giao thừa Đinh Mùi'],
    ['2027-02-10', false, 'substitute for mùng 1 on Saturday'],
    ['2027-02-11', false, 'substitute for mùng 2 on Sunday'],
    ['2027-02-12', true, 'back to work'],
    ['2027-05-01', false, '1/5 on a Saturday'],
    ['2027-05-03', false, 'substitute Monday'],
    ['2027-09-03', false, 'day next to National Day'],
  ])('%s → %s (%s)', (d, expected) => {
    expect(isWorkingDay(d, VN)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-01-03', 1, '2025-01-06', 'Friday + 1 → Monday'],
    ['2025-01-06', 5, '2025-01-13', 'a full week'],
    ['2025-01-04', 1, '2025-01-06', 'from a Saturday'],
    ['2025-01-05', 1, '2025-01-06', 'from a Sunday'],
    ['2025-01-04', 0, '2025-01-04', 'zero keeps the day even if it is off'],
    ['2025-01-06', -1, '2025-01-03', 'backwards over a weekend'],
  ])('without holidays: %s + %d → %s (%s)', (d, n, expected) => {
    expect(addWorkingDays(d, n)).toBe(expected);
  });

  it.each([
    ['2025-01-24', 1, '2025-02-03', 'over Tết Ất Tỵ (weekends on both sides)'],
    ['2025-02-03', -1, '2025-01-24', 'backwards over Tết'],
    ['2025-01-20', 10, '2025-02-10', 'ten working days across Tết'],
    ['2025-04-25', 1, '2025-04-26', 'onto the make-up Saturday'],
    ['2025-04-25', 2, '2025-04-28', 'past the make-up Saturday'],
    ['2025-04-29', 1, '2025-05-05', 'over 30/4–4/5'],
    ['2025-08-29', 1, '2025-09-03', 'over National Day 2025'],
    ['2025-12-31', 1, '2026-01-05', 'over New Year 2026 (year boundary, swapped Friday)'],
    ['2026-01-09', 1, '2026-01-10', 'onto the make-up Saturday 10/1/2026'],
    ['2026-02-13', 1, '2026-02-23', 'over Tết Bính Ngọ'],
    ['2026-04-24', 1, '2026-04-28', 'over Giỗ Tổ on a Sunday and its substitute Monday'],
    ['2026-04-28', 2, '2026-05-04', 'over 30/4 and 1/5 on Thursday and Friday'],
    ['2026-08-31', 1, '2026-09-03', 'over National Day 2026'],
    ['2027-02-04', 1, '2027-02-12', 'over Tết Đinh Mùi with substitute days'],
    ['2027-04-30', 1, '2027-05-04', '30/4 Friday, 1/5 Saturday, substitute Monday'],
  ])('with the VN calendar: %s + %d → %s (%s)', (d, n, expected) => {
    expect(addWorkingDays(d, n, VN)).toBe(expected);
  });

  it('computes a 10-working-day screening deadline from receipt (TT 05/2021/TT-TTCP)', () => {
    // 11, 12, 13/2, then Tết 14–22/2, then 23–27/2 and 2, 3/3.
    expect(addWorkingDays('2026-02-10', 10, VN)).toBe('2026-03-03');
  });

  it('rejects fractional counts and invalid dates', () => {
    expect(() => addWorkingDays('2025-01-01', 1.5, VN)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-13-01', 1, VN)).toThrow(RangeError);
  });

  it('rejects a calendar with an invalid date', () => {
    const bad: HolidayCalendar = [{ date: '2025-02-30', name: 'Không tồn tại' }];
    expect(() => addWorkingDays('2025-01-01', 1, bad)).toThrow(/Không tồn tại/);
  });

  it('lands on a working day, strictly after the start, for n > 0', () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const result = addWorkingDays(d, n, VN);
        expect(isWorkingDay(result, VN)).toBe(true);
        expect(result > d).toBe(true);
      }),
    );
  });

  it('is consistent with countWorkingDays going forward', () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.integer({ min: 0, max: 60 }), (d, n) => {
        expect(countWorkingDays(d, addWorkingDays(d, n, VN), VN)).toBe(n);
      }),
    );
  });

  it('is consistent with countWorkingDays going backward from a working day', () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.integer({ min: -60, max: 0 }), (d, n) => {
        const start = nextWorkingDayOnOrAfter(d, VN);
        expect(countWorkingDays(start, addWorkingDays(start, n, VN), VN)).toBe(n);
      }),
    );
  });

  it('going backward from a day off, the day off itself is not counted', () => {
    expect(addWorkingDays('2025-01-11', -1)).toBe('2025-01-10'); // Saturday − 1 → Friday
    expect(countWorkingDays('2025-01-11', '2025-01-10')).toBe(0); // (Fri, Sat] holds no working day
  });

  it('composes: adding a then b equals adding a + b (from a working day)', () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.nat(30), fc.nat(30), (d, a, b) => {
        const start = nextWorkingDayOnOrAfter(d, VN);
        expect(addWorkingDays(addWorkingDays(start, a, VN), b, VN)).toBe(addWorkingDays(start, a + b, VN));
      }),
    );
  });

  it('is never earlier than adding calendar days, and at most 2× + 14 calendar days for Tết', () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const days = diffDays(addWorkingDays(d, n, VN), d);
        expect(days).toBeGreaterThanOrEqual(n);
        expect(days).toBeLessThanOrEqual(2 * n + 14);
      }),
    );
  });
});

describe('countWorkingDays', () => {
  it('counts (from, to]: the start excluded, the end included', () => {
    expect(countWorkingDays('2025-01-06', '2025-01-06')).toBe(0);
    expect(countWorkingDays('2025-01-06', '2025-01-07')).toBe(1);
    expect(countWorkingDays('2025-01-03', '2025-01-06')).toBe(1);
    expect(countWorkingDays('2025-01-04', '2025-01-05')).toBe(0);
    expect(countWorkingDays('2025-01-05', '2025-01-12')).toBe(5);
  });

  it('is negative when the end is before the start', () => {
    expect(countWorkingDays('2025-01-07', '2025-01-06')).toBe(-1);
    expect(countWorkingDays('2025-01-12', '2025-01-05')).toBe(-5);
  });

  it('counts January 2025 (Tết Dương lịch and five Tết days)', () => {
    expect(countWorkingDays('2024-12-31', '2025-01-31')).toBe(23);
    expect(countWorkingDays('2024-12-31', '2025-01-31', VN)).toBe(17);
  });

  it('counts February 2026 (Tết Bính Ngọ)', () => {
    expect(countWorkingDays('2026-01-31', '2026-02-28', VN)).toBe(15);
  });

  it.each([
    [2025, 261, 250],
    [2026, 261, 250],
    [2027, 261, 250],
  ])('year %d: %d weekdays, %d working days (11 public holidays net of swaps)', (year, weekdays, working) => {
    const from = `${year - 1}-12-31`;
    const to = `${year}-12-31`;
    expect(countWorkingDays(from, to)).toBe(weekdays);
    expect(countWorkingDays(from, to, VN)).toBe(working);
  });

  it('is additive over adjacent intervals', () => {
    fc.assert(
      fc.property(dateIn2024To2028, dateIn2024To2028, dateIn2024To2028, (a, b, c) => {
        expect(countWorkingDays(a, b, VN) + countWorkingDays(b, c, VN)).toBe(countWorkingDays(a, c, VN));
      }),
    );
  });

  it('rejects invalid dates', () => {
    expect(() => countWorkingDays('2025-01-01', '2025-02-30')).toThrow(RangeError);
  });
});

describe('custom calendars', () => {
  const calendar: HolidayCalendar = [
    { date: '2025-03-08', name: 'Holiday on a Saturday' },
    { date: '2025-03-10', name: 'Local holiday (Monday)' },
    { date: '2025-03-16', name: 'Make-up Sunday', workday: true },
  ];

  it('a holiday on a weekend changes nothing', () => {
    expect(addWorkingDays('2025-03-07', 1, calendar)).toBe('2025-03-11');
  });

  it('a make-up day counts even on a Sunday', () => {
    expect(isWorkingDay('2025-03-16', calendar)).toBe(true);
    expect(addWorkingDays('2025-03-14', 1, calendar)).toBe('2025-03-16');
  });

  it('reads a mutable calendar afresh on every call', () => {
    const mutable: { date: string; name: string }[] = [];
    expect(isWorkingDay('2025-03-12', mutable)).toBe(true);
    mutable.push({ date: '2025-03-12', name: 'Added later' });
    expect(isWorkingDay('2025-03-12', mutable)).toBe(false);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it.each([
    ['2025-01-06', '2025-01-06'],
    ['2025-01-25', '2025-02-03'],
    ['2025-04-26', '2025-04-26'],
    ['2025-04-30', '2025-05-05'],
    ['2026-04-25', '2026-04-28'],
    ['2025-12-31', '2025-12-31'],
    ['2026-01-01', '2026-01-05'],
  ])('%s → %s', (d, expected) => {
    expect(nextWorkingDayOnOrAfter(d, VN)).toBe(expected);
  });

  it('moves a weekend to Monday without holidays', () => {
    expect(nextWorkingDayOnOrAfter('2025-01-04')).toBe('2025-01-06');
  });
});

describe('VN_PUBLIC_HOLIDAYS_2025_2027', () => {
  it('is frozen data', () => {
    expect(Object.isFrozen(VN)).toBe(true);
    expect(VN.every((d) => Object.isFrozen(d))).toBe(true);
  });

  it('has valid, unique, sorted dates with Vietnamese names and a basis', () => {
    const dates = VN.map((d) => d.date);
    expect(dates.every(isIsoDate)).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    expect(VN.every((d) => d.name.trim().length > 0 && (d.basis ?? '').length > 0)).toBe(true);
    expect(dates[0]).toBe('2025-01-01');
    expect(dates[dates.length - 1] <= '2027-12-31').toBe(true);
  });

  it('marks only Saturdays as make-up working days', () => {
    const makeUp = VN.filter((d) => d.workday);
    expect(makeUp.map((d) => d.date)).toEqual(['2025-04-26', '2026-01-10', '2026-08-22']);
    expect(makeUp.every((d) => dayOfWeek(d.date) === 6)).toBe(true);
  });

  it.each([2025, 2026, 2027])('includes the fixed-date holidays of %d', (year) => {
    const dates = holidaysInYear(year, VN).map((d) => d.date);
    for (const md of ['01-01', '04-30', '05-01', '09-02']) expect(dates).toContain(`${year}-${md}`);
  });

  it('includes the lunar holidays (Tết eve to mùng 4 and 10/3 âm lịch)', () => {
    const has = (d: string) => VN.some((h) => h.date === d && !h.workday);
    // Lunar New Year: 29/1/2025, 17/2/2026, 6/2/2027. Giỗ Tổ: 7/4/2025, 26/4/2026, 16/4/2027.
    for (const d of ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']) expect(has(d)).toBe(true);
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      expect(has(d)).toBe(true);
    for (const d of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'])
      expect(has(d)).toBe(true);
    for (const d of ['2025-04-07', '2026-04-26', '2027-04-16']) expect(has(d)).toBe(true);
  });

  it('names Tết and Giỗ Tổ in Vietnamese', () => {
    expect(VN.find((d) => d.date === '2026-02-17')?.name).toBe(
      'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)',
    );
    expect(VN.find((d) => d.date === '2025-04-07')?.name).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  });

  it('gives every Tết break of 2025 and 2026 nine consecutive days off', () => {
    const run = (from: string) => {
      let days = 0;
      for (let d = from; !isWorkingDay(d, VN); d = addDays(d, 1)) days += 1;
      return days;
    };
    expect(run('2025-01-25')).toBe(9); // 25/1–2/2/2025
    expect(run('2026-02-14')).toBe(9); // 14/2–22/2/2026
    expect(run('2025-04-30')).toBe(5); // 30/4–4/5/2025
    expect(run('2025-08-30')).toBe(4); // 30/8–2/9/2025
    expect(run('2026-01-01')).toBe(4); // 1/1–4/1/2026
    expect(run('2026-08-29')).toBe(5); // 29/8–2/9/2026
  });

  it('lists holidays of one year, sorted', () => {
    const y2026 = holidaysInYear(2026, VN);
    expect(y2026.every((d) => d.date.startsWith('2026-'))).toBe(true);
    expect(y2026).toHaveLength(16);
    expect(holidaysInYear(2024, VN)).toEqual([]);
  });
});
