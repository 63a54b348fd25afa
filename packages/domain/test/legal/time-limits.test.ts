import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionsMatch,
  formatLegalBasis,
  formatTimeLimit,
  isIsoDate,
  LEGAL_TIME_LIMITS_SEED as SEED,
  periodsOverlap,
  ruleConflicts,
  ruleInForce,
  rulesConflict,
  specificity,
  validateCalendarDay,
  validateTimeLimitRule,
  VN_PUBLIC_HOLIDAYS_2025_2027 as VN,
  type TimeLimitRule,
} from '../../src/index.ts';

const base: TimeLimitRule = {
  code: 'thu.nghiem',
  name: 'Thời hạn thử nghiệm',
  value: 10,
  unit: 'calendar_days',
  conditions: {},
  basis: { law: 'Luật thử nghiệm', article: '1', clause: null },
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  needsCheck: false,
};
const r = (over: Partial<TimeLimitRule>): TimeLimitRule => ({ ...base, ...over });

describe('conditions', () => {
  it('an unset condition matches any case, a set one only its value', () => {
    expect(conditionsMatch({}, { complex: true })).toBe(true);
    expect(conditionsMatch({ complex: null }, { complex: true })).toBe(true);
    expect(conditionsMatch({ complex: true }, { complex: true })).toBe(true);
    expect(conditionsMatch({ complex: true }, {})).toBe(false);
    expect(conditionsMatch({ complex: false }, {})).toBe(true);
    expect(conditionsMatch({ extension: 1 }, {})).toBe(false);
    expect(conditionsMatch({ extension: 1 }, { extension: 1 })).toBe(true);
  });

  it('counts the set conditions', () => {
    expect(specificity({})).toBe(0);
    expect(specificity({ complex: false, remoteArea: null, extension: 2 })).toBe(2);
  });
});

describe('ruleInForce', () => {
  const rules = [
    r({ value: 10, effectiveTo: '2026-06-30' }),
    r({ value: 7, unit: 'working_days', effectiveFrom: '2026-07-01' }),
    r({ value: 45, conditions: { complex: true }, effectiveTo: '2026-06-30' }),
  ];

  it('takes the version in force on the date (both ends included)', () => {
    expect(ruleInForce(rules, 'thu.nghiem', '2020-01-01')?.value).toBe(10);
    expect(ruleInForce(rules, 'thu.nghiem', '2026-06-30')?.value).toBe(10);
    expect(ruleInForce(rules, 'thu.nghiem', '2026-07-01')?.value).toBe(7);
    expect(ruleInForce(rules, 'thu.nghiem', '2019-12-31')).toBeNull();
  });

  it('prefers the most specific matching rule', () => {
    expect(ruleInForce(rules, 'thu.nghiem', '2025-01-01', { complex: true })?.value).toBe(45);
    expect(ruleInForce(rules, 'thu.nghiem', '2026-07-01', { complex: true })?.value).toBe(7);
  });

  it('throws on two equally specific rules that both apply', () => {
    const bad = [r({ conditions: { complex: true } }), r({ value: 5, conditions: { remoteArea: true } })];
    expect(() => ruleInForce(bad, 'thu.nghiem', '2025-01-01', { complex: true, remoteArea: true })).toThrow(
      RangeError,
    );
    expect(ruleInForce(bad, 'thu.nghiem', '2025-01-01', { complex: true })?.value).toBe(10);
  });

  it('refuses a bad date', () => {
    expect(() => ruleInForce(rules, 'thu.nghiem', '2026-02-30')).toThrow(RangeError);
  });

  it('the chosen rule is always in force on the date and matches the case', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4000 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (n, complex, remoteArea, secondInstance) => {
          const date = new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
          const got = ruleInForce(SEED, 'khieu_nai.giai_quyet', date, {
            complex,
            remoteArea,
            secondInstance,
          });
          if (date < '2012-07-01') expect(got).toBeNull();
          else {
            expect(got).not.toBeNull();
            expect(got!.effectiveFrom <= date).toBe(true);
            expect(conditionsMatch(got!.conditions, { complex, remoteArea, secondInstance })).toBe(true);
          }
        },
      ),
    );
  });
});

describe('conflicts', () => {
  it('periods overlap when they share a day', () => {
    expect(periodsOverlap(r({ effectiveTo: '2026-06-30' }), r({ effectiveFrom: '2026-07-01' }))).toBe(false);
    expect(periodsOverlap(r({ effectiveTo: '2026-07-01' }), r({ effectiveFrom: '2026-07-01' }))).toBe(true);
    expect(periodsOverlap(r({}), r({ effectiveFrom: '2030-01-01' }))).toBe(true);
  });

  it('two versions in force together with the same conditions conflict; different conditions do not', () => {
    expect(rulesConflict(r({}), r({ value: 5 }))).toBe(true);
    expect(rulesConflict(r({ conditions: { complex: true } }), r({ conditions: { complex: false } }))).toBe(
      false,
    );
    expect(rulesConflict(r({}), r({ conditions: { complex: true } }))).toBe(false);
    expect(rulesConflict(r({}), r({ code: 'khac' }))).toBe(false);
    expect(rulesConflict(r({ effectiveTo: '2026-06-30' }), r({ effectiveFrom: '2026-07-01' }))).toBe(false);
  });

  it('the seed has no conflicts', () => {
    SEED.forEach((rule, i) => {
      expect(
        ruleConflicts(
          rule,
          SEED.filter((_, j) => j !== i),
        ),
      ).toEqual([]);
    });
  });
});

describe('validateTimeLimitRule', () => {
  it('accepts a good rule and every seeded rule', () => {
    expect(validateTimeLimitRule(base)).toEqual([]);
    for (const rule of SEED) expect(validateTimeLimitRule(rule)).toEqual([]);
  });

  it.each([
    [{ code: 'Khiếu nại' }, 'code'],
    [{ name: ' ' }, 'name'],
    [{ value: 0 }, 'value'],
    [{ value: 2.5 }, 'value'],
    [{ value: 8, unit: 'days_per_week' as const }, 'value'],
    [{ conditions: { extension: 0 } }, 'conditions.extension'],
    [{ basis: { law: '' } }, 'basis.law'],
    [{ effectiveFrom: '2026-02-30' }, 'effectiveFrom'],
    [{ effectiveTo: '2019-12-31' }, 'effectiveTo'],
  ])('refuses %j with a Vietnamese message on %s', (over, path) => {
    const problems = validateTimeLimitRule(r(over as Partial<TimeLimitRule>));
    expect(problems.map((p) => p.path)).toContain(path);
    expect(
      problems.every((p) =>
        /[ạảãàáâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụýỳỷỹỵéèẻẽẹóòỏõọ]/i.test(p.message),
      ),
    ).toBe(true);
  });
});

describe('formatting', () => {
  it('writes the basis and the limit in Vietnamese', () => {
    expect(formatLegalBasis({ law: 'Luật Tố cáo 2018', article: '30', clause: '1' })).toBe(
      'Điều 30 khoản 1, Luật Tố cáo 2018',
    );
    expect(formatLegalBasis({ law: 'Nghị định 154/2026/NĐ-CP' })).toBe('Nghị định 154/2026/NĐ-CP');
    expect(formatTimeLimit({ value: 7, unit: 'working_days' })).toBe('7 ngày làm việc');
    expect(formatTimeLimit({ value: 1, unit: 'days_per_week' })).toBe('1 ngày/tuần');
  });
});

describe('the seed', () => {
  it('covers the four texts and the 2026 amendments, with the unconfirmed ones marked', () => {
    const laws = SEED.map((x) => x.basis.law).join('\n');
    for (const law of [
      'Luật Khiếu nại 2011',
      'Luật Tố cáo 2018',
      'Luật Tiếp công dân 2013',
      'Thông tư 05/2021/TT-TTCP',
      'Luật 136/2025/QH15',
    ])
      expect(laws).toContain(law);
    // everything in force from 1/7/2026 comes from texts not checked against the official copy
    for (const x of SEED.filter((y) => y.effectiveFrom === '2026-07-01')) expect(x.needsCheck).toBe(true);
    expect(SEED.every((x) => isIsoDate(x.effectiveFrom) && Object.isFrozen(x))).toBe(true);
  });
});

describe('validateCalendarDay', () => {
  it('accepts every seeded day', () => {
    for (const d of VN) expect(validateCalendarDay(d)).toEqual([]);
  });

  it('refuses a make-up working day on a weekday', () => {
    expect(validateCalendarDay({ date: '2026-08-21', name: 'Làm bù', workday: true })).toEqual([
      { path: 'workday', message: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật' },
    ]);
    expect(validateCalendarDay({ date: '2026-08-22', name: 'Làm bù', workday: true })).toEqual([]);
  });

  it('refuses a bad date and an empty name', () => {
    expect(validateCalendarDay({ date: '2026-02-30', name: 'x' }).map((p) => p.path)).toEqual([
      'date',
      'name',
    ]);
  });

  it('marks the provisional 2027 Tết as needing a check', () => {
    expect(VN.find((d) => d.date === '2027-02-06')?.needsCheck).toBe(true);
    expect(VN.find((d) => d.date === '2026-02-17')?.needsCheck).toBeUndefined();
  });
});
