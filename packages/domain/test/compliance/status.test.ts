import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  DEADLINE_STATUS_NAMES_VI,
  deadlineStatus,
  DEFAULT_DUE_SOON_DAYS,
  isDone,
  PLAN_COMPLIANCE_STATUS_NAMES_VI,
  planComplianceStatus,
  summarizePlanCompliance,
  type PlanComplianceStatus,
} from '../../src/index.ts';

const due = '2026-03-31';

describe('deadlineStatus', () => {
  it.each([
    // [completedDate, today, status, daysLate, daysRemaining]
    [null, '2026-03-01', 'pending', 0, 30],
    [null, '2026-03-23', 'pending', 0, 8],
    [null, '2026-03-24', 'due_soon', 0, 7],
    [null, '2026-03-30', 'due_soon', 0, 1],
    [null, '2026-03-31', 'due_soon', 0, 0],
    [null, '2026-04-01', 'overdue', 1, -1],
    [null, '2026-05-01', 'overdue', 31, -31],
    ['2026-03-15', '2026-04-10', 'done_on_time', 0, null],
    ['2026-03-31', '2026-04-10', 'done_on_time', 0, null],
    ['2026-04-01', '2026-04-10', 'done_late', 1, null],
    ['2026-04-10', '2026-04-10', 'done_late', 10, null],
    ['2026-03-20', '2026-03-01', 'done_on_time', 0, null], // completion recorded ahead of "today" is trusted
  ] as const)(
    'completed %s, today %s → %s (late %d, left %s)',
    (completedDate, today, status, daysLate, daysRemaining) => {
      expect(deadlineStatus({ dueDate: due, completedDate, today })).toEqual({
        status,
        daysLate,
        daysRemaining,
      });
    },
  );

  it('treats undefined and null completion alike', () => {
    expect(deadlineStatus({ dueDate: due, today: '2026-04-02' })).toEqual(
      deadlineStatus({ dueDate: due, completedDate: null, today: '2026-04-02' }),
    );
  });

  it('honours a custom due-soon window', () => {
    expect(deadlineStatus({ dueDate: due, today: '2026-03-24', dueSoonDays: 3 }).status).toBe('pending');
    expect(deadlineStatus({ dueDate: due, today: '2026-03-28', dueSoonDays: 3 }).status).toBe('due_soon');
    expect(deadlineStatus({ dueDate: due, today: '2026-03-30', dueSoonDays: 0 }).status).toBe('pending');
    expect(deadlineStatus({ dueDate: due, today: '2026-03-31', dueSoonDays: 0 }).status).toBe('due_soon');
    expect(DEFAULT_DUE_SOON_DAYS).toBe(7);
  });

  it('counts across month and year ends and leap days', () => {
    expect(deadlineStatus({ dueDate: '2025-12-31', today: '2026-01-01' })).toMatchObject({
      status: 'overdue',
      daysLate: 1,
    });
    expect(deadlineStatus({ dueDate: '2024-02-28', today: '2024-03-01' })).toMatchObject({ daysLate: 2 });
    expect(deadlineStatus({ dueDate: '2025-02-28', today: '2025-03-01' })).toMatchObject({ daysLate: 1 });
    expect(deadlineStatus({ dueDate: '2026-01-03', today: '2025-12-27' })).toMatchObject({
      status: 'due_soon',
      daysRemaining: 7,
    });
  });

  it('rejects invalid input', () => {
    expect(() => deadlineStatus({ dueDate: '2026-02-30', today: '2026-01-01' })).toThrow(RangeError);
    expect(() => deadlineStatus({ dueDate: due, today: '31/03/2026' })).toThrow(RangeError);
    expect(() => deadlineStatus({ dueDate: due, today: due, completedDate: '2026-13-01' })).toThrow(
      RangeError,
    );
    expect(() => deadlineStatus({ dueDate: due, today: due, dueSoonDays: -1 })).toThrow(RangeError);
    expect(() => deadlineStatus({ dueDate: due, today: due, dueSoonDays: 1.5 })).toThrow(RangeError);
  });

  it('has Vietnamese names for every status', () => {
    expect(Object.keys(DEADLINE_STATUS_NAMES_VI).sort()).toEqual(
      ['done_late', 'done_on_time', 'due_soon', 'overdue', 'pending'].sort(),
    );
    expect(DEADLINE_STATUS_NAMES_VI.overdue).toBe('Quá hạn');
  });

  it('isDone', () => {
    expect(isDone('done_on_time')).toBe(true);
    expect(isDone('done_late')).toBe(true);
    expect(isDone('pending')).toBe(false);
    expect(isDone('due_soon')).toBe(false);
    expect(isDone('overdue')).toBe(false);
  });

  const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2024-01-01', n));

  it('is overdue exactly when not done and today is after the due date', () => {
    fc.assert(
      fc.property(day, day, (dueDate, today) => {
        const { status, daysLate, daysRemaining } = deadlineStatus({ dueDate, today });
        expect(status === 'overdue').toBe(today > dueDate);
        expect(daysLate).toBe(today > dueDate ? -(daysRemaining ?? 0) : 0);
        expect(daysLate).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a done deadline does not depend on today', () => {
    fc.assert(
      fc.property(day, day, day, day, (dueDate, completedDate, t1, t2) => {
        expect(deadlineStatus({ dueDate, completedDate, today: t1 })).toEqual(
          deadlineStatus({ dueDate, completedDate, today: t2 }),
        );
      }),
    );
  });
});

describe('planComplianceStatus', () => {
  it.each([
    [undefined, '2026-03-30', 'pending'],
    [null, '2026-03-31', 'pending'],
    [null, '2026-04-01', 'missing'],
    ['2026-03-10', '2026-03-20', 'issued'],
    ['2026-03-31', '2026-06-01', 'issued'],
    ['2026-04-01', '2026-06-01', 'late'],
    ['2027-01-05', '2027-01-05', 'late'],
  ] as const)('issued %s, today %s → %s', (issuedDate, today, expected) => {
    expect(planComplianceStatus({ dueDate: due, issuedDate, today })).toBe(expected);
  });

  it('rejects invalid dates', () => {
    expect(() => planComplianceStatus({ dueDate: 'x', today: due })).toThrow(RangeError);
    expect(() => planComplianceStatus({ dueDate: due, today: due, issuedDate: '2026-2-1' })).toThrow(
      RangeError,
    );
  });

  it('has Vietnamese names', () => {
    expect(PLAN_COMPLIANCE_STATUS_NAMES_VI.missing).toBe('Chưa ban hành (quá hạn)');
  });
});

describe('summarizePlanCompliance', () => {
  it('tallies statuses and the issued rate', () => {
    const statuses: PlanComplianceStatus[] = ['issued', 'issued', 'late', 'missing', 'pending', 'missing'];
    expect(summarizePlanCompliance(statuses)).toEqual({
      issued: 2,
      late: 1,
      missing: 2,
      pending: 1,
      total: 6,
      issuedRate: 50,
    });
  });

  it('rounds the rate to one decimal', () => {
    expect(summarizePlanCompliance(['issued', 'missing', 'missing']).issuedRate).toBe(33.3);
    expect(summarizePlanCompliance(['issued', 'late', 'missing']).issuedRate).toBe(66.7);
  });

  it('has a null rate when there are no units', () => {
    expect(summarizePlanCompliance([])).toEqual({
      issued: 0,
      late: 0,
      missing: 0,
      pending: 0,
      total: 0,
      issuedRate: null,
    });
  });
});
