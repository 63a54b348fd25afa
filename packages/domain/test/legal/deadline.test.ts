import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDaysDeadline,
  countDeadline,
  countWorkingDays,
  dayOfWeek,
  deadlineFromRules,
  diffDays,
  isWorkingDay,
  LEGAL_TIME_LIMITS_SEED as SEED,
  parseLocalDateTime,
  VN_PUBLIC_HOLIDAYS_2025_2027 as VN,
  workingDaysDeadline,
  workingHoursDeadline,
  type HolidayCalendar,
  type TimeLimitRule,
} from '../../src/index.ts';

const dateIn2025To2027 = fc.integer({ min: 0, max: 3 * 365 - 80 }).map((n) => addDays('2025-01-01', n));

describe('calendar days (BLDS 2015 Điều 147–148)', () => {
  it('starts the day after the event: 30 days from 2/3/2026 end on 1/4/2026', () => {
    expect(calendarDaysDeadline('2026-03-02', 30, VN)).toBe('2026-04-01');
  });

  it('moves a last day on a Sunday to the Monday', () => {
    // 25/6/2026 (Thursday) + 10 days = 5/7/2026, a Sunday → Monday 6/7/2026
    expect(dayOfWeek('2026-07-05')).toBe(0);
    expect(calendarDaysDeadline('2026-06-25', 10, VN)).toBe('2026-07-06');
  });

  it('moves a last day on a Saturday over the weekend to the Monday', () => {
    expect(calendarDaysDeadline('2026-03-04', 10, VN)).toBe('2026-03-16'); // Sat 14/3 → Mon 16/3
  });

  it('moves a last day inside Tết to the first working day after it', () => {
    // 10/2/2026 + 5 days = 15/2 (Sunday, inside the break 14/2–22/2) → Monday 23/2/2026
    expect(calendarDaysDeadline('2026-02-10', 5, VN)).toBe('2026-02-23');
    // 30 days from 25/1/2026 end on 24/2/2026 (a working day): Tết days are counted
    expect(calendarDaysDeadline('2026-01-25', 30, VN)).toBe('2026-02-24');
  });

  it('counts the days off inside the period (only the last day moves)', () => {
    expect(calendarDaysDeadline('2025-04-25', 7, VN)).toBe('2025-05-05'); // 2/5 swapped, 3–4/5 weekend
  });

  it('never ends on a day off, and ends at most 10 days after eventDate + n', () => {
    fc.assert(
      fc.property(dateIn2025To2027, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const due = calendarDaysDeadline(d, n, VN);
        expect(isWorkingDay(due, VN)).toBe(true);
        const late = diffDays(due, addDays(d, n));
        expect(late).toBeGreaterThanOrEqual(0);
        expect(late).toBeLessThanOrEqual(10);
      }),
    );
  });

  it('refuses a period that is not a whole number ≥ 1', () => {
    expect(() => calendarDaysDeadline('2026-01-01', 0, VN)).toThrow(RangeError);
    expect(() => calendarDaysDeadline('2026-01-01', 1.5, VN)).toThrow(RangeError);
    expect(() => calendarDaysDeadline('2026-02-30', 1, VN)).toThrow(RangeError);
  });
});

describe('working days over a calendar given as data', () => {
  it('skips Tết: 7 working days from 12/2/2026 end on 3/3/2026', () => {
    // 13/2 (Fri) = 1; break 14–22/2; 23, 24, 25, 26, 27/2 = 2–6; 2/3 = 7
    expect(workingDaysDeadline('2026-02-12', 7, VN)).toBe('2026-03-02');
  });

  it('counts a make-up Saturday as a working day', () => {
    // 9/1/2026 (Fri) + 1 working day = Saturday 10/1/2026 (làm bù)
    expect(workingDaysDeadline('2026-01-09', 1, VN)).toBe('2026-01-10');
    // and the swapped Friday 2/1/2026 is not
    expect(workingDaysDeadline('2025-12-31', 1, VN)).toBe('2026-01-05');
    // 22/8/2026 (Saturday, làm bù cho 31/8)
    expect(workingDaysDeadline('2026-08-21', 1, VN)).toBe('2026-08-22');
    expect(workingDaysDeadline('2026-08-28', 1, VN)).toBe('2026-09-03');
  });

  it('follows the calendar it is given: an added day off moves the deadline, a removed one brings it back', () => {
    const extra: HolidayCalendar = [...VN, { date: '2026-03-03', name: 'Ngày nghỉ thêm' }];
    expect(workingDaysDeadline('2026-03-02', 1, VN)).toBe('2026-03-03');
    expect(workingDaysDeadline('2026-03-02', 1, extra)).toBe('2026-03-04');
    expect(workingDaysDeadline('2026-03-02', 1, [])).toBe('2026-03-03');
  });

  it('holds exactly n working days after the event', () => {
    fc.assert(
      fc.property(dateIn2025To2027, fc.integer({ min: 1, max: 40 }), (d, n) => {
        expect(countWorkingDays(d, workingDaysDeadline(d, n, VN), VN)).toBe(n);
      }),
    );
  });
});

describe('working hours', () => {
  it('counts office hours only (8:00–12:00, 13:00–17:00)', () => {
    expect(workingHoursDeadline('2026-03-02T09:00', 2, VN)).toBe('2026-03-02T11:00');
    expect(workingHoursDeadline('2026-03-02T11:00', 2, VN)).toBe('2026-03-02T14:00');
    expect(workingHoursDeadline('2026-03-02T16:00', 4, VN)).toBe('2026-03-03T11:00');
    expect(workingHoursDeadline('2026-03-02T07:00', 8, VN)).toBe('2026-03-02T17:00');
    expect(workingHoursDeadline('2026-03-02T18:30', 1, VN)).toBe('2026-03-03T09:00');
  });

  it('skips weekends and holidays: 8 hours from Friday 13/2/2026 16:00 end on 23/2/2026 16:00', () => {
    expect(workingHoursDeadline('2026-02-13T16:00', 8, VN)).toBe('2026-02-23T16:00');
  });

  it('counts a make-up Saturday', () => {
    expect(workingHoursDeadline('2026-01-09T16:00', 4, VN)).toBe('2026-01-10T11:00');
  });

  it('takes other office hours', () => {
    const hours = [[7 * 60 + 30, 11 * 60 + 30] as const, [13 * 60 + 30, 17 * 60 + 30] as const];
    expect(workingHoursDeadline('2026-03-02T11:00', 1, VN, hours)).toBe('2026-03-02T14:00');
  });

  it('refuses a bad moment', () => {
    expect(() => parseLocalDateTime('2026-03-02 09:00')).toThrow(RangeError);
    expect(() => parseLocalDateTime('2026-03-02T24:00')).toThrow(RangeError);
    expect(() => workingHoursDeadline('2026-02-30T09:00', 1, VN)).toThrow(RangeError);
  });
});

describe('countDeadline', () => {
  it('dispatches on the unit', () => {
    expect(countDeadline('2026-06-25', 10, 'calendar_days', VN)).toEqual({
      dueDate: '2026-07-06',
      dueAt: null,
    });
    expect(countDeadline('2026-07-01', 7, 'working_days', VN)).toEqual({
      dueDate: '2026-07-10',
      dueAt: null,
    });
    expect(countDeadline('2026-03-02T16:00', 4, 'working_hours', VN)).toEqual({
      dueDate: '2026-03-03',
      dueAt: '2026-03-03T11:00',
    });
    expect(countDeadline('2026-03-02', 4, 'working_hours', VN).dueAt).toBe('2026-03-02T12:00');
  });

  it('refuses a frequency unit', () => {
    expect(() => countDeadline('2026-03-02', 1, 'days_per_month', VN)).toThrow(RangeError);
  });
});

describe('deadlineFromRules: the rule in force on the day the clock starts', () => {
  it('a complaint received in June 2026 keeps the old acceptance limit (10 days), one received in July takes the new one', () => {
    const june = deadlineFromRules(SEED, 'khieu_nai.thu_ly', '2026-06-25', {}, VN)!;
    expect(june.rule.value).toBe(10);
    expect(june.rule.unit).toBe('calendar_days');
    expect(june.dueDate).toBe('2026-07-06'); // 5/7 is a Sunday
    const lastJune = deadlineFromRules(SEED, 'khieu_nai.thu_ly', '2026-06-30', {}, VN)!;
    expect(lastJune.rule.value).toBe(10); // the clock starts on 1/7, but the event was on 30/6
    const july = deadlineFromRules(SEED, 'khieu_nai.thu_ly', '2026-07-01', {}, VN)!;
    expect(july.rule.unit).toBe('working_days');
    expect(july.dueDate).toBe('2026-07-10');
  });

  it('a complaint accepted in June 2026 keeps the limit in force in June when a new version starts on 1/7/2026', () => {
    const base = SEED.find(
      (r) =>
        r.code === 'khieu_nai.giai_quyet' &&
        !r.conditions.secondInstance &&
        !r.conditions.complex &&
        !r.conditions.remoteArea,
    )!;
    const rules: TimeLimitRule[] = [
      { ...base, effectiveTo: '2026-06-30' },
      { ...base, value: 20, effectiveFrom: '2026-07-01', effectiveTo: null },
    ];
    expect(deadlineFromRules(rules, 'khieu_nai.giai_quyet', '2026-06-15', {}, VN)!.rule.value).toBe(30);
    expect(deadlineFromRules(rules, 'khieu_nai.giai_quyet', '2026-06-15', {}, VN)!.dueDate).toBe(
      '2026-07-15',
    );
    expect(deadlineFromRules(rules, 'khieu_nai.giai_quyet', '2026-07-01', {}, VN)!.rule.value).toBe(20);
  });

  it('takes the conditions of the case (complex, remote area, second instance)', () => {
    const days = (facts: Parameters<typeof deadlineFromRules>[3]) =>
      deadlineFromRules(SEED, 'khieu_nai.giai_quyet', '2026-03-02', facts, VN)!.rule.value;
    expect(days({})).toBe(30);
    expect(days({ complex: true })).toBe(45);
    expect(days({ remoteArea: true })).toBe(45);
    expect(days({ complex: true, remoteArea: true })).toBe(60);
    expect(days({ secondInstance: true })).toBe(45);
    expect(days({ secondInstance: true, complex: true })).toBe(60);
    expect(days({ secondInstance: true, remoteArea: true })).toBe(60);
    expect(days({ secondInstance: true, complex: true, remoteArea: true })).toBe(70);
  });

  it('an extension counts from the previous deadline, by its number', () => {
    const first = deadlineFromRules(SEED, 'to_cao.giai_quyet', '2026-01-05', {}, VN)!;
    expect(first.dueDate).toBe('2026-02-04');
    const ext1 = deadlineFromRules(SEED, 'to_cao.gia_han', first.dueDate, { extension: 1 }, VN)!;
    expect(ext1.dueDate).toBe('2026-03-06');
    const ext2 = deadlineFromRules(SEED, 'to_cao.gia_han', ext1.dueDate, { extension: 2 }, VN)!;
    expect(ext2.dueDate).toBe('2026-04-06'); // 5/4/2026 is a Sunday
    expect(deadlineFromRules(SEED, 'to_cao.gia_han', ext2.dueDate, { extension: 3 }, VN)).toBeNull();
  });

  it('is null before a rule is in force and for an unknown code', () => {
    expect(deadlineFromRules(SEED, 'to_cao.giai_quyet', '2018-12-31', {}, VN)).toBeNull();
    expect(deadlineFromRules(SEED, 'khong_co', '2026-01-05', {}, VN)).toBeNull();
  });

  it('refuses a frequency rule as a deadline', () => {
    expect(() => deadlineFromRules(SEED, 'tiep_cong_dan.chu_tich_xa', '2026-01-05', {}, VN)).toThrow(
      RangeError,
    );
  });
});
