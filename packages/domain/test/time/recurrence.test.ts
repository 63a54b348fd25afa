import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isRecurrence,
  occurrences,
  periodLabelVi,
  quarterOf,
  RECURRENCE_NAMES_VI,
  RECURRENCES,
  romanQuarter,
  type Recurrence,
} from '../../src/index.ts';

describe('RECURRENCES', () => {
  it('lists every recurrence with a Vietnamese name', () => {
    expect(RECURRENCES).toEqual(['none', 'monthly', 'quarterly', 'six_monthly', 'yearly']);
    for (const r of RECURRENCES) expect(RECURRENCE_NAMES_VI[r]).toMatch(/\S/);
    expect(RECURRENCE_NAMES_VI.monthly).toBe('Hằng tháng');
  });

  it('recognises recurrences', () => {
    expect(isRecurrence('quarterly')).toBe(true);
    expect(isRecurrence('weekly')).toBe(false);
    expect(isRecurrence(undefined)).toBe(false);
  });
});

describe('occurrences: defaults (period ends)', () => {
  it('monthly: the last day of every month (leap year)', () => {
    expect(occurrences('monthly', { year: 2024 })).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
    ]);
  });

  it('monthly: February has 28 days in a common year', () => {
    expect(occurrences('monthly', { year: 2026 })[1]).toBe('2026-02-28');
  });

  it('monthly with a day of the month, clamped to short months', () => {
    expect(occurrences('monthly', { year: 2026, dayOfPeriodEnd: 25 })).toHaveLength(12);
    expect(occurrences('monthly', { year: 2026, dayOfPeriodEnd: 25 })[0]).toBe('2026-01-25');
    const day31 = occurrences('monthly', { year: 2026, dayOfPeriodEnd: 31 });
    expect(day31.slice(0, 4)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    const day30 = occurrences('monthly', { year: 2028, dayOfPeriodEnd: 30 });
    expect(day30.slice(0, 3)).toEqual(['2028-01-30', '2028-02-29', '2028-03-30']);
  });

  it('quarterly: 31/3, 30/6, 30/9, 31/12', () => {
    expect(occurrences('quarterly', { year: 2026 })).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });

  it('quarterly with a day of the last month of the quarter', () => {
    expect(occurrences('quarterly', { year: 2026, dayOfPeriodEnd: 20 })).toEqual([
      '2026-03-20',
      '2026-06-20',
      '2026-09-20',
      '2026-12-20',
    ]);
  });

  it('six-monthly: 30/6 and 31/12', () => {
    expect(occurrences('six_monthly', { year: 2026 })).toEqual(['2026-06-30', '2026-12-31']);
  });

  it('yearly: 31/12', () => {
    expect(occurrences('yearly', { year: 2026 })).toEqual(['2026-12-31']);
    expect(occurrences('yearly', { year: 2026, dayOfPeriodEnd: 15 })).toEqual(['2026-12-15']);
  });

  it('none: nothing without a due date', () => {
    expect(occurrences('none', { year: 2026 })).toEqual([]);
  });
});

describe('occurrences: explicit due days', () => {
  it('six-monthly reports "trước ngày 10/5 và 10/11" (seed 001)', () => {
    const dueDates = [
      { month: 11, day: 10 },
      { month: 5, day: 10 },
    ];
    expect(occurrences('six_monthly', { year: 2023, dueDates })).toEqual(['2023-05-10', '2023-11-10']);
  });

  it('province to ministry "trước 30/5 và 15/12" (seed 004)', () => {
    expect(
      occurrences('six_monthly', {
        year: 2026,
        dueDates: [
          { month: 5, day: 30 },
          { month: 12, day: 15 },
        ],
      }),
    ).toEqual(['2026-05-30', '2026-12-15']);
  });

  it('clamps 29/2 in a common year and removes duplicates', () => {
    expect(
      occurrences('yearly', {
        year: 2025,
        dueDates: [
          { month: 2, day: 29 },
          { month: 2, day: 28 },
        ],
      }),
    ).toEqual(['2025-02-28']);
    expect(occurrences('yearly', { year: 2024, dueDates: [{ month: 2, day: 29 }] })).toEqual(['2024-02-29']);
  });

  it('drops explicit days before the first due date', () => {
    const dueDates = [
      { month: 5, day: 10 },
      { month: 11, day: 10 },
    ];
    expect(occurrences('six_monthly', { year: 2026, dueDates, firstDue: '2026-06-01' })).toEqual([
      '2026-11-10',
    ]);
  });

  it('returns an empty list for an empty override', () => {
    expect(occurrences('monthly', { year: 2026, dueDates: [] })).toEqual([]);
  });

  it('rejects impossible month or day', () => {
    expect(() => occurrences('yearly', { year: 2026, dueDates: [{ month: 13, day: 1 }] })).toThrow(
      RangeError,
    );
    expect(() => occurrences('yearly', { year: 2026, dueDates: [{ month: 1, day: 0 }] })).toThrow(RangeError);
    expect(() => occurrences('yearly', { year: 2026, dueDates: [{ month: 1, day: 32 }] })).toThrow(
      RangeError,
    );
  });
});

describe('occurrences: anchored on a first due date', () => {
  it('none: the first due date when it falls in the year', () => {
    expect(occurrences('none', { year: 2026, firstDue: '2026-03-15' })).toEqual(['2026-03-15']);
    expect(occurrences('none', { year: 2025, firstDue: '2026-03-15' })).toEqual([]);
    expect(occurrences('none', { year: 2027, firstDue: '2026-03-15' })).toEqual([]);
  });

  it('yearly: the anniversary of the first due date', () => {
    expect(occurrences('yearly', { year: 2026, firstDue: '2025-11-10' })).toEqual(['2026-11-10']);
    expect(occurrences('yearly', { year: 2025, firstDue: '2025-11-10' })).toEqual(['2025-11-10']);
    expect(occurrences('yearly', { year: 2024, firstDue: '2025-11-10' })).toEqual([]);
  });

  it('yearly from 29/2: 28/2 in common years, 29/2 in leap years', () => {
    expect(occurrences('yearly', { year: 2025, firstDue: '2024-02-29' })).toEqual(['2025-02-28']);
    expect(occurrences('yearly', { year: 2028, firstDue: '2024-02-29' })).toEqual(['2028-02-29']);
  });

  it('monthly: same day each month from the first due date, none before it', () => {
    expect(occurrences('monthly', { year: 2026, firstDue: '2026-10-15' })).toEqual([
      '2026-10-15',
      '2026-11-15',
      '2026-12-15',
    ]);
    expect(occurrences('monthly', { year: 2027, firstDue: '2026-10-15' })).toHaveLength(12);
  });

  it('monthly from the 31st: month ends (clamping does not drift)', () => {
    const dates = occurrences('monthly', { year: 2026, firstDue: '2026-01-31' });
    expect(dates.slice(0, 4)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('a month-end anchor stays at month ends (30/6 → 31/12)', () => {
    expect(occurrences('six_monthly', { year: 2026, firstDue: '2026-06-30' })).toEqual([
      '2026-06-30',
      '2026-12-31',
    ]);
    expect(occurrences('quarterly', { year: 2027, firstDue: '2026-02-28' })).toEqual([
      '2027-02-28',
      '2027-05-31',
      '2027-08-31',
      '2027-11-30',
    ]);
  });

  it('quarterly from an offset month keeps the cycle', () => {
    expect(occurrences('quarterly', { year: 2026, firstDue: '2025-04-10' })).toEqual([
      '2026-01-10',
      '2026-04-10',
      '2026-07-10',
      '2026-10-10',
    ]);
  });

  it('six-monthly from 10/5: 10/5 and 10/11 every year', () => {
    expect(occurrences('six_monthly', { year: 2027, firstDue: '2023-05-10' })).toEqual([
      '2027-05-10',
      '2027-11-10',
    ]);
  });

  it('a day of period end overrides the anchor day', () => {
    expect(occurrences('quarterly', { year: 2026, firstDue: '2026-01-05', dayOfPeriodEnd: 20 })).toEqual([
      '2026-01-20',
      '2026-04-20',
      '2026-07-20',
      '2026-10-20',
    ]);
  });
});

describe('occurrences: validation', () => {
  it('rejects invalid options', () => {
    expect(() => occurrences('monthly', { year: 2026.5 })).toThrow(RangeError);
    expect(() => occurrences('monthly', { year: 0 })).toThrow(RangeError);
    expect(() => occurrences('monthly', { year: 2026, dayOfPeriodEnd: 0 })).toThrow(RangeError);
    expect(() => occurrences('monthly', { year: 2026, dayOfPeriodEnd: 32 })).toThrow(RangeError);
    expect(() => occurrences('monthly', { year: 2026, dayOfPeriodEnd: 1.5 })).toThrow(RangeError);
    expect(() => occurrences('monthly', { year: 2026, firstDue: '2026-02-30' })).toThrow(RangeError);
    expect(() => occurrences('weekly' as Recurrence, { year: 2026 })).toThrow(RangeError);
  });
});

describe('occurrences: properties', () => {
  const recurrence = fc.constantFrom<Recurrence>('monthly', 'quarterly', 'six_monthly', 'yearly');
  const perYear: Record<Exclude<Recurrence, 'none'>, number> = {
    monthly: 12,
    quarterly: 4,
    six_monthly: 2,
    yearly: 1,
  };

  it('gives sorted, distinct dates inside the year, one per period', () => {
    fc.assert(
      fc.property(
        recurrence,
        fc.integer({ min: 1990, max: 2100 }),
        fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
        (r, year, day) => {
          const dates = occurrences(r, { year, dayOfPeriodEnd: day });
          expect(dates).toHaveLength(perYear[r as Exclude<Recurrence, 'none'>]);
          expect([...new Set(dates)].sort()).toEqual(dates);
          expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
        },
      ),
    );
  });

  it('anchored series: all in the year, none before the first due date, first due included in its year', () => {
    fc.assert(
      fc.property(
        recurrence,
        fc
          .integer({ min: 0, max: 3650 })
          .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10)),
        fc.integer({ min: 2020, max: 2032 }),
        (r, firstDue, year) => {
          const dates = occurrences(r, { year, firstDue });
          expect(dates.every((d) => d.startsWith(`${year}-`) && d >= firstDue)).toBe(true);
          if (firstDue.startsWith(`${year}-`)) expect(dates[0]).toBe(firstDue);
          if (Number(firstDue.slice(0, 4)) < year) {
            expect(dates).toHaveLength(perYear[r as Exclude<Recurrence, 'none'>]);
          }
        },
      ),
    );
  });
});

describe('quarterOf / romanQuarter', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-06-30', 2],
    ['2026-07-01', 3],
    ['2026-09-30', 3],
    ['2026-10-01', 4],
    ['2026-12-31', 4],
  ])('quarterOf(%s) = %d', (d, q) => {
    expect(quarterOf(d)).toBe(q);
  });

  it('writes quarters in Roman numerals', () => {
    expect([1, 2, 3, 4].map(romanQuarter)).toEqual(['I', 'II', 'III', 'IV']);
    expect(() => romanQuarter(0)).toThrow(RangeError);
    expect(() => romanQuarter(5)).toThrow(RangeError);
    expect(() => romanQuarter(1.5)).toThrow(RangeError);
  });
});

describe('periodLabelVi', () => {
  it.each<[Recurrence, string, string]>([
    ['monthly', '2026-03-31', 'Tháng 3/2026'],
    ['monthly', '2026-12-01', 'Tháng 12/2026'],
    ['quarterly', '2026-03-31', 'Quý I/2026'],
    ['quarterly', '2026-06-30', 'Quý II/2026'],
    ['quarterly', '2026-09-30', 'Quý III/2026'],
    ['quarterly', '2026-12-31', 'Quý IV/2026'],
    ['six_monthly', '2026-06-30', '6 tháng đầu năm 2026'],
    ['six_monthly', '2023-05-10', '6 tháng đầu năm 2023'],
    ['six_monthly', '2026-12-31', '6 tháng cuối năm 2026'],
    ['six_monthly', '2026-07-01', '6 tháng cuối năm 2026'],
    ['yearly', '2026-12-31', 'Năm 2026'],
    ['yearly', '2023-11-10', 'Năm 2023'],
    ['none', '2026-03-05', '05/03/2026'],
  ])('%s %s → %s', (r, d, label) => {
    expect(periodLabelVi(r, d)).toBe(label);
  });

  it('rejects invalid input', () => {
    expect(() => periodLabelVi('monthly', '2026-02-30')).toThrow(RangeError);
    expect(() => periodLabelVi('weekly' as Recurrence, '2026-02-03')).toThrow(RangeError);
  });

  it('labels every default occurrence of a year distinctly', () => {
    for (const r of ['monthly', 'quarterly', 'six_monthly', 'yearly'] as const) {
      const labels = occurrences(r, { year: 2026 }).map((d) => periodLabelVi(r, d));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
