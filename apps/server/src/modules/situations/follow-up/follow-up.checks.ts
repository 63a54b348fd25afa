/** What every change of a follow-up action checks on its note (locked by the verb). */
import { followUpChangeProblem, type SituationState } from '@danvan/domain';
import { Invalid, StateInvalid } from '../../../core/errors.ts';

/** A settled note keeps its actions as they are (409); an action is not due before the note (400). */
export function checkFollowUpChange(note: { state: string; notedOn: string }, dueDate?: string) {
  const problem = followUpChangeProblem(note.state as SituationState);
  if (problem) throw StateInvalid(problem);
  if (dueDate !== undefined && dueDate < note.notedOn)
    throw Invalid('Hạn thực hiện không được trước ngày nắm tình hình.', [
      { path: 'dueDate', message: 'Hạn thực hiện không được trước ngày nắm tình hình.' },
    ]);
}
