import { describe, expect, it } from 'vitest';
import {
  CONDUCT_RULE_CODES,
  CONDUCT_RULES,
  DISCIPLINARY_SANCTIONS,
  SANCTION_CODES,
  SANCTIONS,
  planCompliance,
  planItemStatus,
  recommendationChangeProblem,
  recommendationOverdue,
} from './index.ts';

describe('inspections: the rules and sanctions are data with a basis', () => {
  it('every code has a row, a Vietnamese label and a basis (or is marked as having none)', () => {
    expect(CONDUCT_RULES.map((r) => r.code)).toEqual([...CONDUCT_RULE_CODES]);
    expect(SANCTIONS.map((r) => r.code)).toEqual([...SANCTION_CODES]);
    for (const r of [...CONDUCT_RULES, ...SANCTIONS.filter((s) => s.disciplinary)]) {
      expect(r.basis, r.code).not.toBe('');
      expect(r.vi).toMatch(/[à-ỹ]/);
    }
    expect(DISCIPLINARY_SANCTIONS).not.toContain('reminder');
    expect(DISCIPLINARY_SANCTIONS).not.toContain('pending');
    expect(DISCIPLINARY_SANCTIONS).toContain('reprimand');
  });
});

describe('inspections: recommendations', () => {
  it('is overdue when not done after its due date', () => {
    expect(recommendationOverdue({ state: 'open', dueOn: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(recommendationOverdue({ state: 'in_progress', dueOn: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(recommendationOverdue({ state: 'done', dueOn: '2026-01-01' }, '2026-03-02')).toBe(false);
    expect(recommendationOverdue({ state: 'open', dueOn: null }, '2026-03-02')).toBe(false);
  });
  it('done needs a day not in the future and the evidence', () => {
    expect(recommendationChangeProblem({ state: 'done', evidence: 'x' }, '2026-03-02')).toContain(
      'ngày hoàn thành',
    );
    expect(
      recommendationChangeProblem({ state: 'done', doneOn: '2026-03-03', evidence: 'x' }, '2026-03-02'),
    ).toContain('sau ngày hôm nay');
    expect(
      recommendationChangeProblem({ state: 'done', doneOn: '2026-03-01', evidence: ' ' }, '2026-03-02'),
    ).toContain('minh chứng');
    expect(
      recommendationChangeProblem({ state: 'done', doneOn: '2026-03-01', evidence: 'Đã sửa' }, '2026-03-02'),
    ).toBeNull();
    expect(recommendationChangeProblem({ state: 'in_progress' }, '2026-03-02')).toBeNull();
  });
});

describe('inspections: plan compliance', () => {
  it('a planned item is concluded, started, overdue after its month, or upcoming', () => {
    const today = '2026-05-10';
    expect(planItemStatus({ year: 2026, month: 3, inspectionState: 'concluded' }, today)).toBe('concluded');
    expect(planItemStatus({ year: 2026, month: 3, inspectionState: 'ongoing' }, today)).toBe('started');
    expect(planItemStatus({ year: 2026, month: 4, inspectionState: null }, today)).toBe('overdue');
    expect(planItemStatus({ year: 2026, month: 5, inspectionState: null }, today)).toBe('upcoming');
    expect(planCompliance(['concluded', 'started', 'overdue', 'upcoming'])).toEqual({
      planned: 4,
      concluded: 1,
      started: 1,
      overdue: 1,
      upcoming: 1,
      percentDone: 25,
    });
    expect(planCompliance([]).percentDone).toBeNull();
  });
});
