import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineFromRules } from '../legal/deadline.ts';
import { VN_PUBLIC_HOLIDAYS_2025_2027 as CAL } from '../legal/holidays.ts';
import { LEGAL_TIME_LIMITS_SEED as RULES } from '../legal/seed-rules.ts';
import { normalizeVi } from '../text/normalize.ts';
import {
  GROUP_PETITIONERS_MIN,
  PETITION_KINDS,
  PETITION_STATUSES,
  PETITION_STEPS,
  PETITION_CHANNEL_LABELS,
  PETITION_CHANNELS,
  PETITION_FIELDS,
  PETITION_FIELD_LABELS,
  PETITION_STATUS_LABELS,
  PETITION_STEP_LABELS,
  type PetitionKind,
  type PetitionStatus,
} from './vocabulary.ts';
import {
  allowedSteps,
  deadlineRuleCode,
  dueAfterSuspension,
  maxExtensions,
  nextStatus,
  planExtension,
  PETITION_FINAL_STATUSES,
} from './workflow.ts';
import {
  deadlineWindow,
  DUE_SOON_DAYS,
  isMass,
  isOverdue,
  isProlonged,
  metDeadline,
  petitionFlags,
  runningDeadline,
} from './flags.ts';
import { duplicateReason, normalizeIdNumber, samePerson, similarity, trigrams } from './similarity.ts';
import { splitKinds, splitPetition } from './split.ts';

const due = (code: string, start: string, facts = {}) =>
  deadlineFromRules(RULES, code, start, facts, CAL)!.dueDate;

describe('vocabulary', () => {
  it('labels every code in Vietnamese with diacritics and in English', () => {
    for (const [codes, labels] of [
      [PETITION_CHANNELS, PETITION_CHANNEL_LABELS],
      [PETITION_FIELDS, PETITION_FIELD_LABELS],
      [PETITION_STATUSES, PETITION_STATUS_LABELS],
      [PETITION_STEPS, PETITION_STEP_LABELS],
    ] as const)
      for (const c of codes) {
        const l = (labels as Record<string, { vi: string; en: string }>)[c];
        expect(l.vi.length).toBeGreaterThan(2);
        expect(l.en.length).toBeGreaterThan(2);
      }
    expect(PETITION_FIELD_LABELS.dat_dai.vi).toBe('Đất đai');
  });
});

describe('the state machine', () => {
  it('walks a complaint from receipt to closure', () => {
    let s: PetitionStatus = 'received';
    for (const [step, to] of [
      ['screen', 'screened'],
      ['accept', 'accepted'],
      ['verify', 'accepted'],
      ['dialogue', 'accepted'],
      ['extend', 'accepted'],
      ['suspend', 'suspended'],
      ['resume', 'accepted'],
      ['decide', 'decided'],
      ['send_result', 'result_sent'],
      ['close', 'closed'],
    ] as const) {
      const n = nextStatus(s, step, 'khieu_nai');
      expect(n, `${step} from ${s}`).toBe(to);
      s = n!;
    }
  });

  it('ends screening with a transfer, guidance or filing, never after acceptance', () => {
    for (const step of ['transfer', 'guide', 'file'] as const) {
      expect(nextStatus('received', step, 'to_cao')).not.toBeNull();
      expect(nextStatus('screened', step, 'to_cao')).not.toBeNull();
      expect(nextStatus('accepted', step, 'to_cao')).toBeNull();
    }
  });

  it('holds dialogue for complaints only', () => {
    expect(nextStatus('accepted', 'dialogue', 'khieu_nai')).toBe('accepted');
    for (const k of ['to_cao', 'kien_nghi', 'phan_anh'] as const)
      expect(nextStatus('accepted', 'dialogue', k)).toBeNull();
  });

  it('allows nothing but what the table says, from any status (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PETITION_STATUSES),
        fc.constantFrom(...PETITION_STEPS),
        fc.constantFrom(...PETITION_KINDS),
        (s, step, k) => {
          const n = nextStatus(s, step, k);
          expect(allowedSteps(s, k).includes(step)).toBe(n !== null);
          if (PETITION_FINAL_STATUSES.includes(s)) expect(n).toBeNull();
          if (s === 'suspended' && n !== null) expect(['resume', 'assign']).toContain(step);
        },
      ),
    );
  });

  it('never decides a case that is not accepted (property over walks)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PETITION_STEPS), { maxLength: 20 }), (steps) => {
        let s: PetitionStatus = 'received';
        for (const step of steps) {
          const n = nextStatus(s, step, 'khieu_nai');
          if (n === null) continue;
          if (step === 'decide') expect(s).toBe('accepted');
          s = n;
        }
      }),
    );
  });
});

describe('deadlines from the register and the calendar', () => {
  it('names a rule code for each step and kind', () => {
    expect(deadlineRuleCode('khieu_nai', 'screening')).toBe('khieu_nai.thu_ly');
    expect(deadlineRuleCode('to_cao', 'screening')).toBe('to_cao.xu_ly_ban_dau');
    expect(deadlineRuleCode('kien_nghi', 'screening')).toBe('don.xu_ly');
    expect(deadlineRuleCode('khieu_nai', 'resolution')).toBe('khieu_nai.giai_quyet');
    expect(deadlineRuleCode('to_cao', 'resolution')).toBe('to_cao.giai_quyet');
    expect(deadlineRuleCode('phan_anh', 'resolution')).toBeNull();
    expect(deadlineRuleCode('khieu_nai', 'send_result')).toBe('khieu_nai.gui_quyet_dinh');
    for (const k of PETITION_KINDS)
      expect(RULES.some((r) => r.code === deadlineRuleCode(k, 'screening'))).toBe(true);
  });

  it('a complaint received in June 2026 keeps the old acceptance limit; one received in July takes the new one', () => {
    // 25/6/2026 + 10 ngày = 05/7 (Chủ nhật) → thứ Hai 06/7 (BLDS 2015 điều 148)
    expect(due('khieu_nai.thu_ly', '2026-06-25')).toBe('2026-07-06');
    // 02/7/2026 + 7 ngày làm việc: 03, 06, 07, 08, 09, 10, 13
    expect(due('khieu_nai.thu_ly', '2026-07-02')).toBe('2026-07-13');
  });

  it('a denunciation accepted on 03/8/2026 ends after Quốc khánh; its first extension runs from the due date', () => {
    const d = due('to_cao.giai_quyet', '2026-08-03'); // 02/9 holiday → 03/9
    expect(d).toBe('2026-09-03');
    const plan = planExtension('to_cao', 0, { complex: false, remoteArea: false, secondInstance: false });
    expect(plan).toMatchObject({ ok: true, code: 'to_cao.gia_han', from: 'due', number: 1 });
    if (plan.ok) expect(due(plan.code, d, plan.facts)).toBe('2026-10-05'); // 03/10 thứ Bảy → 05/10
  });

  it('extends a complaint once, to the complex limit of the rule in force on acceptance', () => {
    const plan = planExtension('khieu_nai', 0, { complex: false, remoteArea: true, secondInstance: false });
    expect(plan).toMatchObject({ ok: true, code: 'khieu_nai.giai_quyet', from: 'accepted' });
    if (plan.ok) expect(due(plan.code, '2026-03-02', plan.facts)).toBe('2026-05-04'); // 60 ngày: 01/5 lễ, 02-03/5 nghỉ tuần → 04/5
    expect(
      planExtension('khieu_nai', 1, { complex: false, remoteArea: false, secondInstance: false }).ok,
    ).toBe(false);
    expect(
      planExtension('khieu_nai', 0, { complex: true, remoteArea: false, secondInstance: false }).ok,
    ).toBe(false);
  });

  it('extends a denunciation at most twice and a recommendation never', () => {
    const f = { complex: false, remoteArea: false, secondInstance: false };
    expect(maxExtensions('to_cao')).toBe(2);
    expect(planExtension('to_cao', 1, f)).toMatchObject({ ok: true, number: 2 });
    const third = planExtension('to_cao', 2, f);
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.reason).toMatch(/tối đa hai lần/);
    expect(planExtension('kien_nghi', 0, f).ok).toBe(false);
  });

  it('moves the due date by the days suspended, in the rule’s unit', () => {
    // suspended 10/3, resumed 20/3: 10 calendar days not counted
    expect(dueAfterSuspension('2026-04-01', '2026-03-10', '2026-03-20', 'calendar_days', CAL)).toEqual({
      dueDate: '2026-04-13', // 11/4 thứ Bảy → 13/4
      rawDue: '2026-04-11',
      days: 10,
    });
    // the period's own last day moves, not the working day it fell on: 04/4 (thứ Bảy) + 10 = 14/4
    expect(dueAfterSuspension('2026-04-04', '2026-03-10', '2026-03-20', 'calendar_days', CAL).dueDate).toBe(
      '2026-04-14',
    );
    // in working days: (06/3, 13/3] = 9, 10, 11, 12, 13 → 5
    expect(dueAfterSuspension('2026-04-01', '2026-03-06', '2026-03-13', 'working_days', CAL)).toEqual({
      dueDate: '2026-04-08',
      rawDue: '2026-04-08',
      days: 5,
    });
    expect(dueAfterSuspension('2026-04-01', '2026-03-06', '2026-03-06', 'calendar_days', CAL).days).toBe(0);
  });

  it('never moves a due date earlier, and lands on a working day (property)', () => {
    const day = fc.integer({ min: 0, max: 900 }).map((n) => {
      const d = new Date(Date.UTC(2025, 0, 1) + n * 86400000);
      return d.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(
        day,
        day,
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('calendar_days', 'working_days' as const),
        (dueD, s, len, unit) => {
          const r = new Date(Date.parse(s) + len * 86400000).toISOString().slice(0, 10);
          const out = dueAfterSuspension(dueD, s, r, unit, CAL);
          expect(out.dueDate >= dueD).toBe(true);
          if (out.days > 0) expect(due('don.xu_ly', out.dueDate) > out.dueDate).toBe(true);
        },
      ),
    );
  });
});

describe('flags', () => {
  const base = { screeningDue: '2026-03-10', resolutionDue: '2026-04-10', resultDue: null };
  it('takes the deadline of the running step; none while suspended', () => {
    expect(runningDeadline({ status: 'received', ...base })?.step).toBe('screening');
    expect(runningDeadline({ status: 'accepted', ...base })?.due).toBe('2026-04-10');
    expect(runningDeadline({ status: 'suspended', ...base })).toBeNull();
    expect(isOverdue({ status: 'received', ...base }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'received', ...base }, '2026-03-11')).toBe(true);
    expect(isOverdue({ status: 'suspended', ...base }, '2027-01-01')).toBe(false);
    expect(metDeadline('2026-03-10', '2026-03-10')).toBe(true);
    expect(metDeadline('2026-03-10', '2026-03-11')).toBe(false);
    expect(metDeadline(null, '2026-03-11')).toBeNull();
  });
  it('prolonged: past the longest legal limit, or a repeat of a resolved case', () => {
    expect(
      isProlonged({ status: 'accepted', maxDueDate: '2026-05-01', repeatOfResolved: false }, '2026-05-02'),
    ).toBe(true);
    expect(
      isProlonged({ status: 'accepted', maxDueDate: '2026-05-01', repeatOfResolved: false }, '2026-05-01'),
    ).toBe(false);
    expect(
      isProlonged({ status: 'closed', maxDueDate: '2026-05-01', repeatOfResolved: false }, '2027-05-01'),
    ).toBe(false);
    expect(isProlonged({ status: 'received', maxDueDate: null, repeatOfResolved: true }, '2026-05-01')).toBe(
      true,
    );
  });
  it('mass from five petitioners; every flag together', () => {
    expect(isMass(GROUP_PETITIONERS_MIN - 1)).toBe(false);
    expect(isMass(GROUP_PETITIONERS_MIN)).toBe(true);
    expect(
      petitionFlags(
        {
          status: 'received',
          ...base,
          maxDueDate: null,
          repeatOfResolved: false,
          competence: 'lower_level',
          petitionersCount: 6,
          linkedDuplicates: 1,
        },
        '2026-03-11',
      ),
    ).toEqual(['overdue', 'bypass', 'mass', 'duplicate']);
  });
});

describe('duplicates', () => {
  it('computes trigrams like pg_trgm', () => {
    expect([...trigrams('cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
    expect(similarity('', '')).toBe(0);
    expect(similarity('khiếu nại đất đai', 'KHIEU NAI DAT DAI')).toBe(1);
  });
  it('is symmetric, bounded and diacritic-insensitive (property)', () => {
    const viText = fc
      .array(
        fc.constantFrom(
          'đất',
          'đai',
          'khiếu',
          'nại',
          'bồi',
          'thường',
          'thu',
          'hồi',
          'xã',
          'Hòa',
          'Bình',
          'ông',
          'Nguyễn',
        ),
        { maxLength: 12 },
      )
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(viText, viText, (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBeCloseTo(s, 12);
        expect(similarity(normalizeVi(a), b)).toBeCloseTo(s, 12);
        if (trigrams(a).size > 0) expect(similarity(a, a)).toBe(1);
      }),
    );
  });
  it('finds the same person by identity number, else by name; similar content by trigrams', () => {
    expect(normalizeIdNumber(' 001 085-012345 ')).toBe('001085012345');
    expect(
      samePerson(
        { name: 'Nguyễn Văn An', idNumber: '001085012345' },
        { name: 'NGUYEN VAN AN', idNumber: null },
      ),
    ).toBe(true);
    expect(
      samePerson(
        { name: 'Nguyễn Văn An', idNumber: '001085012345' },
        { name: 'Nguyễn Văn An', idNumber: '001085099999' },
      ),
    ).toBe(false);
    expect(samePerson({ name: '', idNumber: null }, { name: '', idNumber: null })).toBe(false);
    const entry = {
      name: 'Trần Thị Bình',
      idNumber: null,
      content: 'Khiếu nại việc thu hồi đất nông nghiệp tại thôn Đông, bồi thường chưa thỏa đáng',
    };
    expect(
      duplicateReason(entry, {
        name: 'Lê Văn C',
        idNumber: null,
        content: 'khieu nai viec thu hoi dat nong nghiep tai thon Dong, boi thuong chua thoa dang',
      }),
    ).toMatchObject({ reason: 'content' });
    expect(
      duplicateReason(entry, {
        name: 'Lê Văn C',
        idNumber: null,
        content: 'Phản ánh đèn đường hỏng ở tổ dân phố 3',
      }),
    ).toBeNull();
    expect(duplicateReason(entry, { name: 'tran thi binh', idNumber: null, content: 'khác' })).toEqual({
      reason: 'person',
      score: 1,
    });
  });
});

describe('split', () => {
  it('makes one record per kind, in order, deduplicated', () => {
    expect(splitKinds(['to_cao', 'khieu_nai', 'to_cao'])).toEqual(['khieu_nai', 'to_cao']);
    expect(() => splitKinds([])).toThrow(RangeError);
    const parts = splitPetition({ kinds: ['to_cao', 'khieu_nai'] as PetitionKind[], content: 'x' });
    expect(parts).toEqual([
      { content: 'x', kind: 'khieu_nai', first: true },
      { content: 'x', kind: 'to_cao', first: false },
    ]);
  });
  it('keeps every kind exactly once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PETITION_KINDS), { minLength: 1, maxLength: 8 }), (kinds) => {
        const out = splitKinds(kinds);
        expect(new Set(out).size).toBe(out.length);
        expect(new Set(out)).toEqual(new Set(kinds));
      }),
    );
  });
});

describe('deadline window of the overview', () => {
  it('overdue after the last day, due soon from today to seven days ahead, later beyond', () => {
    expect(DUE_SOON_DAYS).toBe(7);
    expect(deadlineWindow('2026-10-19', '2026-10-20')).toBe('overdue');
    expect(deadlineWindow('2026-10-20', '2026-10-20')).toBe('due_soon');
    expect(deadlineWindow('2026-10-27', '2026-10-20')).toBe('due_soon');
    expect(deadlineWindow('2026-10-28', '2026-10-20')).toBe('later');
    // across a month and a year end
    expect(deadlineWindow('2027-01-03', '2026-12-28')).toBe('due_soon');
    expect(deadlineWindow('2027-01-05', '2026-12-28')).toBe('later');
  });
  it('agrees with isOverdue on the running deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }), (n) => {
        const today = '2026-10-20';
        const due = new Date(Date.UTC(2026, 9, 20 + n)).toISOString().slice(0, 10);
        const c = { status: 'accepted' as const, screeningDue: null, resolutionDue: due, resultDue: null };
        expect(deadlineWindow(due, today) === 'overdue').toBe(isOverdue(c, today));
        expect(deadlineWindow(due, today) === 'due_soon').toBe(n >= 0 && n <= 7);
      }),
    );
  });
});
