import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/calendar.ts';
import { deadlineFromRules } from '../legal/deadline.ts';
import {
  ANSWER_COMPLIANCE,
  ANSWER_DUE_RULE,
  ANSWER_ITEM_STATUSES,
  ANSWER_ITEM_STEPS,
  ANSWER_SOURCE_KINDS,
  ANSWER_TIME_LIMITS,
  itemAwaitsAnswer,
  itemCompliance,
  itemHasAnswer,
  itemReminderKind,
  nextItemStatus,
  tallyAnswerCompliance,
  type AnswerItemStatus,
} from './index.ts';

const status = fc.constantFrom(...ANSWER_ITEM_STATUSES);
const step = fc.constantFrom(...ANSWER_ITEM_STEPS);
const verdict = fc.constantFrom('satisfied' as const, 'not_satisfied' as const);
const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n));

describe('the state machine of an item', () => {
  it('follows the received → answered → judged → re-answered → closed path', () => {
    let s: AnswerItemStatus = 'received';
    s = nextItemStatus(s, 'start')!;
    expect(s).toBe('in_progress');
    s = nextItemStatus(s, 'answer')!;
    expect(s).toBe('answered');
    s = nextItemStatus(s, 'judge', 'not_satisfied')!;
    expect(s).toBe('not_satisfied');
    s = nextItemStatus(s, 'answer')!;
    expect(s).toBe('re_answered');
    s = nextItemStatus(s, 'judge', 'satisfied')!;
    expect(s).toBe('satisfied');
    expect(nextItemStatus(s, 'close')).toBe('closed');
  });

  it('explained and not taken in from any open status, then closed', () => {
    for (const s of ['received', 'in_progress', 'not_satisfied'] as const)
      expect(nextItemStatus(s, 'decline')).toBe('not_taken');
    expect(nextItemStatus('answered', 'decline')).toBeNull();
    expect(nextItemStatus('not_taken', 'close')).toBe('closed');
  });

  it('a closed item takes no workflow step (it may still be published); nothing goes back to received; creation is no step', () => {
    fc.assert(
      fc.property(status, step, verdict, (s, st, v) => {
        const to = nextItemStatus(s, st, v);
        if (s === 'closed') expect(to).toBe(st === 'publish' || st === 'unpublish' ? 'closed' : null);
        if (st === 'create') expect(to).toBeNull();
        if (to !== null && st !== 'assign') expect(to === 'received').toBe(false);
      }),
    );
  });

  it('judging needs an answer and a verdict; answering needs an open item', () => {
    fc.assert(
      fc.property(status, (s) => {
        if (nextItemStatus(s, 'judge', 'satisfied') !== null)
          expect(['answered', 're_answered']).toContain(s);
        expect(nextItemStatus(s, 'judge')).toBeNull();
        if (nextItemStatus(s, 'answer') !== null) expect(itemAwaitsAnswer(s)).toBe(true);
        // publishing and withdrawing keep the status and need an answer
        const p = nextItemStatus(s, 'publish');
        expect(p === null ? !itemHasAnswer(s) : p === s).toBe(true);
      }),
    );
  });
});

describe('compliance with the due date', () => {
  it('classifies on time, late, overdue, pending', () => {
    expect(itemCompliance('2026-06-16', '2026-06-16', '2026-07-01')).toBe('on_time');
    expect(itemCompliance('2026-06-16', '2026-06-17', '2026-07-01')).toBe('late');
    expect(itemCompliance('2026-06-16', null, '2026-06-17')).toBe('overdue');
    expect(itemCompliance('2026-06-16', null, '2026-06-16')).toBe('pending');
    expect(itemCompliance(null, null, '2030-01-01')).toBe('pending');
    expect(itemCompliance(null, '2026-01-01', '2030-01-01')).toBe('on_time');
  });

  it('an answered item never becomes overdue, whatever today is', () => {
    fc.assert(
      fc.property(fc.option(day), day, day, (due, answered, today) => {
        expect(['on_time', 'late']).toContain(itemCompliance(due, answered, today));
      }),
    );
  });

  it('tallies add up and the rates are percentages', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ANSWER_COMPLIANCE), { maxLength: 200 }), (xs) => {
        const t = tallyAnswerCompliance(xs);
        expect(t.on_time + t.late + t.overdue + t.pending).toBe(t.total);
        for (const r of [t.answeredRate, t.onTimeRate]) if (r !== null) expect(r >= 0 && r <= 100).toBe(true);
        if (t.on_time + t.late === 0) expect(t.onTimeRate).toBeNull();
      }),
    );
    expect(tallyAnswerCompliance(['on_time', 'late', 'overdue', 'pending'])).toMatchObject({
      answeredRate: 66.7,
      onTimeRate: 50,
    });
  });

  it('reminds within the window before the due date and after it, never without one', () => {
    expect(itemReminderKind('2026-06-22', '2026-06-20', '2026-06-23')).toBe('due_soon');
    expect(itemReminderKind('2026-06-25', '2026-06-20', '2026-06-23')).toBeNull();
    expect(itemReminderKind('2026-06-19', '2026-06-20', '2026-06-23')).toBe('overdue');
    expect(itemReminderKind(null, '2026-06-20', '2026-06-23')).toBeNull();
  });
});

describe('the time limits as data', () => {
  it('every rule has a legal basis and a start date; unconfirmed ones say so', () => {
    for (const r of ANSWER_TIME_LIMITS) {
      expect(r.basis.law).toMatch(/Luật|Nghị quyết/);
      expect(r.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.needsCheck) expect(r.note).toMatch(/Cần kiểm tra/);
    }
    for (const k of ANSWER_SOURCE_KINDS) {
      const code = ANSWER_DUE_RULE[k];
      if (code) expect(ANSWER_TIME_LIMITS.some((r) => r.code === code)).toBe(true);
    }
  });

  it('the Front supervision answer is due 15 calendar days after receipt (holidays do not move a weekday end)', () => {
    const d = deadlineFromRules(ANSWER_TIME_LIMITS, 'mttq.tra_loi_kien_nghi_giam_sat', '2026-06-01', {}, []);
    expect(d?.dueDate).toBe('2026-06-16');
  });
});
