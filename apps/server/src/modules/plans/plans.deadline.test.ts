import { describe, expect, it } from 'vitest';
import { addDays } from '@danvan/domain';
import { deadlineOf, deadlineQuick, DUE_SOON_DAYS } from './assignment/deadline.ts';

describe('the matrix’s quick deadline classification', () => {
  it('agrees with the domain rule (deadlineStatus) on every case around the due date', () => {
    const today = '2026-03-15';
    const soon = addDays(today, DUE_SOON_DAYS);
    for (let d = -20; d <= 20; d++) {
      const periodDue = addDays(today, d);
      for (const status of ['not_started', 'in_progress', 'done', 'cancelled'])
        for (const late of [-3, 0, 4]) {
          const a = { status, periodDue, completedOn: status === 'done' ? addDays(periodDue, late) : null };
          expect(deadlineQuick(a, today, soon), JSON.stringify(a)).toBe(deadlineOf(a, today).deadline);
        }
    }
  });
});
