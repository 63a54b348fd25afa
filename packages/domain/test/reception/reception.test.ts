import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkSchedule,
  checkVisit,
  countWorkingDays,
  dayOfWeek,
  DEPUTY_RECEPTION_RULE,
  deputyReceptionCounts,
  deputyReceptionCountsUntil,
  onlineNoticeDeadline,
  onlineNoticeLate,
  headReceptionCompliance,
  headReceptionRuleCode,
  isMassDelegation,
  LEGAL_TIME_LIMITS_SEED as SEED,
  yearMonthsBetween,
  receptionPeriodCompliance,
  scheduleDates,
  UNIT_KIND_CODES,
  VN_PUBLIC_HOLIDAYS_2025_2027 as VN,
  isoWeeksOfMonth,
  type HeadReceptionDay,
  type TimeLimitRule,
} from '../../src/index.ts';

const rules = SEED as readonly TimeLimitRule[];
const head = (date: string): HeadReceptionDay => ({ date, headInPerson: true, deputyOnBehalf: false });
const deputy = (date: string): HeadReceptionDay => ({ date, headInPerson: false, deputyOnBehalf: true });

describe('mass delegation (đoàn đông người)', () => {
  it('is 5 people or more', () => {
    expect(isMassDelegation(4)).toBe(false);
    expect(isMassDelegation(5)).toBe(true);
    expect(isMassDelegation(6)).toBe(true);
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => isMassDelegation(n) === n >= 5));
  });
});

describe('the head’s minimum per unit kind comes from the legal register', () => {
  it('maps every kind with a minimum to a seeded rule code, the others to none', () => {
    for (const kind of UNIT_KIND_CODES) {
      const code = headReceptionRuleCode(kind);
      if (code) expect(rules.some((r) => r.code === code)).toBe(true);
    }
    expect(headReceptionRuleCode('commune')).toBe('tiep_cong_dan.chu_tich_xa');
    expect(headReceptionRuleCode('province')).toBe('tiep_cong_dan.chu_tich_tinh');
    expect(headReceptionRuleCode('front')).toBeNull();
  });
});

describe('weeks of a month (ISO: the week of its Thursday)', () => {
  it('July 2026 has the weeks from Monday 29/6 to Monday 27/7', () => {
    expect(isoWeeksOfMonth('2026-07')).toEqual([
      '2026-06-29',
      '2026-07-06',
      '2026-07-13',
      '2026-07-20',
      '2026-07-27',
    ]);
  });
  it('every day belongs to exactly one month’s weeks', () => {
    const months = yearMonthsBetween('2025-01', '2027-12');
    const seen = new Map<string, number>();
    for (const m of months)
      for (const monday of isoWeeksOfMonth(m)) {
        expect(dayOfWeek(monday)).toBe(1);
        for (let i = 0; i < 7; i++) {
          const d = addDays(monday, i);
          seen.set(d, (seen.get(d) ?? 0) + 1);
        }
      }
    for (let d = '2025-01-06'; d <= '2027-12-26'; d = addDays(d, 1)) expect(seen.get(d)).toBe(1);
  });
});

describe('compliance of a province chair (≥ 1 day a month)', () => {
  const base = { rules, code: 'tiep_cong_dan.chu_tich_tinh', today: '2026-12-31' };
  it('met with one day in person, not met without, in progress in the current month', () => {
    const r = headReceptionCompliance({
      ...base,
      days: [head('2026-03-20'), head('2026-03-21'), head('2026-05-04')],
      months: ['2026-03', '2026-04', '2026-05'],
      today: '2026-05-10',
    });
    expect(r.map((m) => [m.month, m.state, m.required, m.counted])).toEqual([
      ['2026-03', 'met', 1, 2],
      ['2026-04', 'not_met', 1, 0],
      ['2026-05', 'met', 1, 1],
    ]);
    const june = headReceptionCompliance({ ...base, days: [], months: ['2026-06'], today: '2026-06-15' });
    expect(june[0].state).toBe('in_progress');
  });

  it('a deputy on the head’s behalf counts up to 30/6/2026 and no longer from 1/7/2026', () => {
    const r = headReceptionCompliance({
      ...base,
      days: [deputy('2026-06-30'), deputy('2026-07-01')],
      months: ['2026-06', '2026-07'],
    });
    expect(r[0]).toMatchObject({ state: 'met', counted: 1, deputyDays: 1, headDays: 0 });
    expect(r[1]).toMatchObject({ state: 'not_met', counted: 0, deputyDays: 0, deputyDaysNotCounted: 1 });
  });

  it('several visits on one day are one day; the head in person wins over a deputy that day', () => {
    const r = headReceptionCompliance({
      ...base,
      days: [deputy('2026-08-05'), head('2026-08-05'), head('2026-08-05')],
      months: ['2026-08'],
    });
    expect(r[0]).toMatchObject({ counted: 1, headDays: 1, deputyDaysNotCounted: 0 });
  });
});

describe('compliance of a commune chair (≥ 1 day a week)', () => {
  const base = { rules, code: 'tiep_cong_dan.chu_tich_xa', today: '2026-12-31', calendar: VN };
  it('asks one day in each week of the month, and flags the weeks short', () => {
    const weeks = isoWeeksOfMonth('2026-09');
    const all = weeks.map((monday) => head(addDays(monday, 1)));
    const ok = headReceptionCompliance({ ...base, days: all, months: ['2026-09'] });
    expect(ok[0]).toMatchObject({
      state: 'met',
      required: weeks.length,
      counted: weeks.length,
      weeksShort: 0,
    });
    const missingOne = headReceptionCompliance({ ...base, days: all.slice(1), months: ['2026-09'] });
    expect(missingOne[0]).toMatchObject({ state: 'not_met', weeksShort: 1 });
    // four days in one week do not make up for the other weeks
    const bunched = headReceptionCompliance({
      ...base,
      days: [0, 1, 2, 3].map((i) => head(addDays(weeks[1], i))),
      months: ['2026-09'],
    });
    expect(bunched[0].state).toBe('not_met');
    expect(bunched[0].weeksShort).toBe(weeks.length - 1);
  });

  it('a week without a working day (Tết 2026) asks nothing', () => {
    // Tết Nguyên đán 2026: Monday 16/2 to Friday 20/2 are days off
    const feb = isoWeeksOfMonth('2026-02');
    const days = feb.filter((m) => m !== '2026-02-16').map((m) => head(addDays(m, 2)));
    const r = headReceptionCompliance({ ...base, days, months: ['2026-02'] });
    expect(r[0]).toMatchObject({ state: 'met', required: feb.length - 1, weeksShort: 0 });
  });

  it('the week in progress does not fail the month yet', () => {
    const r = headReceptionCompliance({
      ...base,
      days: [head('2026-09-01')],
      months: ['2026-09'],
      today: '2026-09-09',
    });
    expect(r[0].state).toBe('in_progress');
  });
});

describe('a kind without a minimum, or a rule not yet in force', () => {
  it('is not applicable', () => {
    const none = headReceptionCompliance({
      rules,
      code: null,
      days: [],
      months: ['2026-03'],
      today: '2026-12-31',
    });
    expect(none[0].state).toBe('not_applicable');
    // the head of a public service unit has a minimum only from 1/7/2026
    const ps = headReceptionCompliance({
      rules,
      code: 'tiep_cong_dan.thu_truong_don_vi_su_nghiep',
      days: [],
      months: ['2026-06', '2026-07'],
      today: '2026-12-31',
    });
    expect(ps.map((m) => m.state)).toEqual(['not_applicable', 'not_met']);
    expect(ps[1].rule?.effectiveFrom).toBe('2026-07-01');
  });
});

describe('a period of several months', () => {
  it('is met only when every month with a minimum is', () => {
    const months = headReceptionCompliance({
      rules,
      code: 'tiep_cong_dan.chu_tich_tinh',
      days: [head('2026-01-10'), head('2026-02-10'), head('2026-03-10')],
      months: yearMonthsBetween('2026-01', '2026-03'),
      today: '2026-12-31',
    });
    expect(receptionPeriodCompliance(months)).toMatchObject({
      state: 'met',
      required: 3,
      counted: 3,
      monthsMet: 3,
    });
    const short = headReceptionCompliance({
      rules,
      code: 'tiep_cong_dan.chu_tich_tinh',
      days: [head('2026-01-10'), head('2026-01-11'), head('2026-03-10')],
      months: yearMonthsBetween('2026-01', '2026-03'),
      today: '2026-12-31',
    });
    expect(receptionPeriodCompliance(short)).toMatchObject({ state: 'not_met', counted: 3, monthsNotMet: 1 });
  });
});

describe('the days of a schedule', () => {
  const s = { weekdays: [2, 4], monthDays: [], dates: [], validFrom: '2026-01-01', validTo: null };
  it('every Tuesday and Thursday, but not on a holiday', () => {
    const d = scheduleDates(s, '2026-04-27', '2026-05-08', VN);
    // 30/4 (Thursday) is a holiday
    expect(d).toEqual(['2026-04-28', '2026-05-05', '2026-05-07']);
  });
  it('a day of the month on a day off moves to the next working day', () => {
    const d = scheduleDates({ ...s, weekdays: [], monthDays: [15] }, '2026-02-01', '2026-03-31', VN);
    // 15/2/2026 is a Sunday in Tết: the next working day is Monday 23/2; 15/3 is a Sunday: 16/3
    expect(d).toEqual(['2026-02-23', '2026-03-16']);
  });
  it('keeps listed dates and the schedule’s validity', () => {
    const d = scheduleDates(
      {
        weekdays: [],
        monthDays: [],
        dates: ['2026-05-10', '2026-07-20'],
        validFrom: '2026-05-01',
        validTo: '2026-06-30',
      },
      '2026-01-01',
      '2026-12-31',
    );
    expect(d).toEqual(['2026-05-10']);
  });
  it('every day it gives is within the span and the validity', () => {
    fc.assert(
      fc.property(
        fc.subarray([0, 1, 2, 3, 4, 5, 6]),
        fc.subarray([1, 5, 15, 20, 31]),
        fc.integer({ min: 0, max: 300 }),
        (weekdays, monthDays, offset) => {
          const from = addDays('2025-06-01', offset);
          const to = addDays(from, 60);
          const sched = { weekdays, monthDays, dates: [], validFrom: '2025-09-01', validTo: '2026-03-31' };
          for (const d of scheduleDates(sched, from, to, VN)) {
            expect(d >= from && d <= to && d >= '2025-09-01' && d <= '2026-03-31').toBe(true);
          }
        },
      ),
    );
  });
  it('checks a schedule', () => {
    const ok = {
      weekdays: [2],
      monthDays: [],
      dates: [],
      startTime: '07:30',
      endTime: '11:30',
      validFrom: '2026-01-01',
      validTo: null,
      online: false,
      onlineLink: '',
      receiverName: 'Nguyễn Văn An',
      receiverTitle: '',
      receiverUserId: null,
    };
    expect(checkSchedule({ ...ok, receiverName: '' }).map((p) => p.path)).toEqual(['receiverName']);
    expect(checkSchedule({ ...ok, receiverName: '', receiverTitle: 'Chủ tịch UBND tỉnh' })).toEqual([]);
    expect(checkSchedule(ok)).toEqual([]);
    expect(checkSchedule({ ...ok, weekdays: [] }).map((p) => p.path)).toEqual(['weekdays']);
    expect(checkSchedule({ ...ok, endTime: '07:00' }).map((p) => p.path)).toEqual(['endTime']);
    expect(checkSchedule({ ...ok, online: true }).map((p) => p.path)).toEqual(['onlineLink']);
  });
});

describe('the checks of a log entry', () => {
  const v = {
    kind: 'regular' as const,
    receivedOn: '2026-03-10',
    headInPerson: false,
    deputyOnBehalf: false,
    visitorsCount: 6,
    outcome: 'petition_received' as const,
    refusalReason: '',
    online: false,
    onlineNoticeSentOn: null,
  };
  it('a refusal needs its reason', () => {
    expect(checkVisit(v, '2026-03-10')).toEqual([]);
    expect(checkVisit({ ...v, outcome: 'refused' }, '2026-03-10').map((p) => p.path)).toEqual([
      'refusalReason',
    ]);
  });
  it('online sessions only from 1/7/2026, the notice before the session', () => {
    expect(checkVisit({ ...v, online: true }, '2026-12-31').map((p) => p.path)).toEqual(['online']);
    const july = { ...v, receivedOn: '2026-07-15', online: true };
    expect(checkVisit(july, '2026-12-31')).toEqual([]);
    expect(
      checkVisit({ ...july, onlineNoticeSentOn: '2026-07-16' }, '2026-12-31').map((p) => p.path),
    ).toEqual(['onlineNoticeSentOn']);
  });
  it('a periodic session of the head is the head’s, and not in the future', () => {
    expect(checkVisit({ ...v, kind: 'periodic_head' }, '2026-03-10').map((p) => p.path)).toEqual([
      'headInPerson',
    ]);
    expect(checkVisit(v, '2026-03-09').map((p) => p.path)).toEqual(['receivedOn']);
  });
});

describe('the deputy cut-off is a rule of the legal register', () => {
  it('a deputy counts while a version of the rule is in force: the seed ends it on 30/6/2026', () => {
    expect(SEED.filter((r) => r.code === DEPUTY_RECEPTION_RULE)).toHaveLength(1);
    expect(deputyReceptionCounts('2026-06-30', rules)).toBe(true);
    expect(deputyReceptionCounts('2026-07-01', rules)).toBe(false);
    expect(deputyReceptionCountsUntil(rules)).toBe('2026-06-30');
  });
  it('follows the register, not a constant: no rule, no deputy; a longer rule, a longer count', () => {
    const others = rules.filter((r) => r.code !== DEPUTY_RECEPTION_RULE);
    expect(deputyReceptionCounts('2026-03-02', others)).toBe(false);
    expect(deputyReceptionCountsUntil(others)).toBeNull();
    const base = rules.find((r) => r.code === DEPUTY_RECEPTION_RULE)!;
    const longer = [...others, { ...base, effectiveTo: '2026-08-31' }];
    expect(deputyReceptionCounts('2026-08-15', longer)).toBe(true);
    expect(deputyReceptionCountsUntil(longer)).toBe('2026-08-31');
    const r = headReceptionCompliance({
      rules: longer,
      code: 'tiep_cong_dan.chu_tich_tinh',
      today: '2026-12-31',
      months: ['2026-08'],
      days: [deputy('2026-08-15')],
    });
    expect(r[0]).toMatchObject({ state: 'met', deputyDays: 1, deputyDaysNotCounted: 0 });
  });
});

describe('the notice of an online session (tiep_cong_dan.thong_bao_truc_tuyen)', () => {
  const v = { online: true, receivedOn: '2026-07-15', onlineNoticeSentOn: '2026-07-08' };
  it('is due five working days before the session; later, or none, is late', () => {
    expect(onlineNoticeDeadline('2026-07-15', rules, VN)).toBe('2026-07-08');
    expect(onlineNoticeLate(v, rules, VN)).toBe(false);
    expect(onlineNoticeLate({ ...v, onlineNoticeSentOn: '2026-07-01' }, rules, VN)).toBe(false);
    expect(onlineNoticeLate({ ...v, onlineNoticeSentOn: '2026-07-09' }, rules, VN)).toBe(true);
    expect(onlineNoticeLate({ ...v, onlineNoticeSentOn: null }, rules, VN)).toBe(true);
  });
  it('never flags an in-person session, nor one before the rule is in force', () => {
    expect(onlineNoticeLate({ ...v, online: false, onlineNoticeSentOn: null }, rules, VN)).toBe(false);
    expect(onlineNoticeDeadline('2026-06-15', rules, VN)).toBeNull();
  });
  it('the last day is a working day, five working days before the session, holidays skipped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (n) => {
        const session = addDays('2026-07-01', n);
        const last = onlineNoticeDeadline(session, rules, VN)!;
        // [last, session) holds exactly five working days, the last day being one of them
        expect(countWorkingDays(addDays(last, -1), addDays(session, -1), VN)).toBe(5);
        expect(countWorkingDays(addDays(last, -1), last, VN)).toBe(1);
      }),
    );
  });
});
