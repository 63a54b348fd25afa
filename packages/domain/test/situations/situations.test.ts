import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FOLLOW_UP_STATE_CODES,
  FOLLOW_UP_STATE_LABELS,
  SITUATION_LEVEL_CODES,
  SITUATION_LEVEL_LABELS,
  SITUATION_STATE_CODES,
  SITUATION_STATE_LABELS,
  SITUATION_TOPIC_CODES,
  SITUATION_TOPIC_LABELS,
  addDays,
  followUpChangeProblem,
  checkSituationDates,
  followUpDaysLate,
  followUpDoneOn,
  followUpSummary,
  isFollowUpOverdue,
  stateChangeProblem,
  type FollowUpState,
} from '../../src/index.ts';

const day = fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2015-01-01', n));
const state = fc.constantFrom<FollowUpState>(...FOLLOW_UP_STATE_CODES);

describe('situation vocabularies', () => {
  it('label every code in Vietnamese (with diacritics) and English', () => {
    const tables = [
      [SITUATION_TOPIC_CODES, SITUATION_TOPIC_LABELS],
      [SITUATION_LEVEL_CODES, SITUATION_LEVEL_LABELS],
      [SITUATION_STATE_CODES, SITUATION_STATE_LABELS],
      [FOLLOW_UP_STATE_CODES, FOLLOW_UP_STATE_LABELS],
    ] as const;
    for (const [codes, labels] of tables) {
      expect(Object.keys(labels).sort()).toEqual([...codes].sort());
      for (const c of codes) {
        const l = (labels as Record<string, { vi: string; en: string }>)[c];
        expect(l.vi.length).toBeGreaterThan(1);
        expect(l.en.length).toBeGreaterThan(1);
      }
    }
    expect(SITUATION_TOPIC_LABELS.land_clearance.vi).toBe('Giải phóng mặt bằng');
    expect(SITUATION_LEVEL_LABELS.watch.vi).toBe('Cần theo dõi');
    expect(SITUATION_STATE_LABELS.stabilized.vi).toBe('Đã ổn định');
    expect(FOLLOW_UP_STATE_LABELS.not_started.vi).toBe('Chưa thực hiện');
  });
});

describe('isFollowUpOverdue', () => {
  it('is on time on the due date itself, overdue the day after, never when done', () => {
    expect(isFollowUpOverdue({ dueDate: '2026-03-10', state: 'not_started' }, '2026-03-10')).toBe(false);
    expect(isFollowUpOverdue({ dueDate: '2026-03-10', state: 'in_progress' }, '2026-03-11')).toBe(true);
    expect(isFollowUpOverdue({ dueDate: '2026-03-10', state: 'done' }, '2026-04-11')).toBe(false);
    expect(followUpDaysLate({ dueDate: '2026-02-27', state: 'not_started' }, '2026-03-02')).toBe(3);
  });

  it('property: overdue exactly when not done and today is after the due date', () => {
    fc.assert(
      fc.property(day, day, state, (due, today, s) => {
        const o = isFollowUpOverdue({ dueDate: due, state: s }, today);
        expect(o).toBe(s !== 'done' && today > due);
        expect(followUpDaysLate({ dueDate: due, state: s }, today) > 0).toBe(o);
      }),
    );
  });

  it('refuses impossible dates', () => {
    expect(() => isFollowUpOverdue({ dueDate: '2026-02-30', state: 'done' }, '2026-03-01')).toThrow();
  });
});

describe('followUpSummary', () => {
  it('property: open = not done, overdue ⊆ open, total = length', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ dueDate: day, state })), day, (list, today) => {
        const s = followUpSummary(list, today);
        expect(s.total).toBe(list.length);
        expect(s.open).toBe(list.filter((f) => f.state !== 'done').length);
        expect(s.overdue).toBeLessThanOrEqual(s.open);
        expect(s.overdue).toBe(list.filter((f) => isFollowUpOverdue(f, today)).length);
      }),
    );
  });
});

describe('followUpDoneOn', () => {
  it('is set when the action becomes done, kept while done, cleared when reopened', () => {
    expect(followUpDoneOn(null, 'done', '2026-03-02')).toBe('2026-03-02');
    expect(followUpDoneOn({ state: 'in_progress', doneOn: null }, 'done', '2026-03-02')).toBe('2026-03-02');
    expect(followUpDoneOn({ state: 'done', doneOn: '2026-02-01' }, 'done', '2026-03-02')).toBe('2026-02-01');
    expect(followUpDoneOn({ state: 'done', doneOn: '2026-02-01' }, 'in_progress', '2026-03-02')).toBe(null);
    expect(followUpDoneOn(null, 'not_started', '2026-03-02')).toBe(null);
  });
});

describe('checkSituationDates', () => {
  it('refuses a note dated after today and a follow-up due before the note', () => {
    expect(checkSituationDates({ notedOn: '2026-03-02' }, '2026-03-02')).toEqual([]);
    expect(checkSituationDates({ notedOn: '2026-03-03' }, '2026-03-02')).toEqual([
      { field: 'notedOn', message: 'Ngày nắm tình hình không được sau ngày hôm nay.' },
    ]);
    const p = checkSituationDates(
      { notedOn: '2026-03-01', dueDates: ['2026-03-01', '2026-02-28'] },
      '2026-03-02',
    );
    expect(p).toEqual([
      { field: 'followUps.1.dueDate', message: 'Hạn thực hiện không được trước ngày nắm tình hình.' },
    ]);
  });

  it('property: no problem exactly when noted ≤ today and every due ≥ noted', () => {
    fc.assert(
      fc.property(day, day, fc.array(day, { maxLength: 5 }), (noted, today, dues) => {
        const p = checkSituationDates({ notedOn: noted, dueDates: dues }, today);
        expect(p.length === 0).toBe(noted <= today && dues.every((d) => d >= noted));
      }),
    );
  });
});

describe('state rules', () => {
  it('a note is settled only when every follow-up is done', () => {
    expect(stateChangeProblem('stabilized', [])).toBeNull();
    expect(stateChangeProblem('stabilized', [{ dueDate: '2026-01-01', state: 'done' }])).toBeNull();
    expect(
      stateChangeProblem('stabilized', [
        { dueDate: '2026-01-01', state: 'done' },
        { dueDate: '2026-01-01', state: 'in_progress' },
      ]),
    ).toContain('Còn 1 việc cần làm chưa xong');
    expect(stateChangeProblem('monitoring', [{ dueDate: '2026-01-01', state: 'not_started' }])).toBeNull();
  });

  it('follow-ups are added or changed only while the situation is watched', () => {
    expect(followUpChangeProblem('monitoring')).toBeNull();
    expect(followUpChangeProblem('stabilized')).toContain('Đang theo dõi');
  });
});
