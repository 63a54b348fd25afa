/**
 * The state machine of an answer item. `nextItemStatus` is the one rule every verb asks: the status
 * the step leads to, or null when the step is not allowed in the current status.
 *
 *   received ──start──▶ in_progress
 *   received / in_progress ──answer──▶ answered
 *   not_satisfied ──answer──▶ re_answered
 *   answered / re_answered ──judge(satisfied)──▶ satisfied
 *   answered / re_answered ──judge(not_satisfied)──▶ not_satisfied
 *   received / in_progress / not_satisfied ──decline──▶ not_taken (explained, with the reason)
 *   answered / re_answered / satisfied / not_taken ──close──▶ closed
 *   assign: any open status (received, in_progress, not_satisfied), the status is kept
 */
import type { AnswerItemStatus, AnswerItemStep, AnswerVerdict } from './vocabulary.ts';

const OPEN: readonly AnswerItemStatus[] = ['received', 'in_progress', 'not_satisfied'];

export function nextItemStatus(
  from: AnswerItemStatus,
  step: AnswerItemStep,
  verdict?: AnswerVerdict,
): AnswerItemStatus | null {
  switch (step) {
    case 'create':
      return null;
    case 'assign':
      return OPEN.includes(from) ? from : null;
    case 'start':
      return from === 'received' ? 'in_progress' : null;
    case 'answer':
      if (from === 'received' || from === 'in_progress') return 'answered';
      if (from === 'not_satisfied') return 're_answered';
      return null;
    case 'judge':
      if (from !== 'answered' && from !== 're_answered') return null;
      return verdict === 'satisfied' ? 'satisfied' : verdict === 'not_satisfied' ? 'not_satisfied' : null;
    case 'decline':
      return OPEN.includes(from) ? 'not_taken' : null;
    case 'close':
      return from === 'answered' || from === 're_answered' || from === 'satisfied' || from === 'not_taken'
        ? 'closed'
        : null;
    case 'publish':
    case 'unpublish':
      // an answer exists from 'answered' on; publication keeps the status
      return itemHasAnswer(from) ? from : null;
    default:
      return null;
  }
}

/** Whether an item carries an answer (or an explanation) the raiser can read. */
export function itemHasAnswer(s: AnswerItemStatus): boolean {
  return s !== 'received' && s !== 'in_progress';
}

/** Whether the item still waits for the answering unit (counts against it when past due). */
export function itemAwaitsAnswer(s: AnswerItemStatus): boolean {
  return OPEN.includes(s);
}

/** Whether the item is finished: closed, satisfied or explained and not taken in. */
export function itemIsResolved(s: AnswerItemStatus): boolean {
  return s === 'closed' || s === 'satisfied' || s === 'not_taken';
}
