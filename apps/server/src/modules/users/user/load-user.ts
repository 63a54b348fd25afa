import type { Db } from '../../../db/client.ts';
import * as assignments from '../assignment/assignment.repository.ts';
import type { AssignmentRow } from '../assignment/assignment.repository.ts';
import * as repo from './user.repository.ts';
import type { UserRow } from './user.repository.ts';

/** An account with every role it holds (the policy decides on all of them). */
export type UserRecord = UserRow & { assignments: AssignmentRow[] };

export async function withAssignments(db: Db, rows: UserRow[]): Promise<UserRecord[]> {
  const all = await assignments.assignmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((u) => ({ ...u, assignments: all.filter((a) => a.userId === u.id) }));
}

/**
 * One account with its roles, or undefined. With `lock` (inside the transaction of a change) the row is
 * locked first, so a role given meanwhile (say, administrator of the province) cannot slip between the
 * check and the change.
 */
export async function loadUser(db: Db, id: number, opts: { lock?: boolean } = {}) {
  const u = opts.lock ? await repo.lockUser(db, id) : await repo.getUser(db, id);
  return u ? (await withAssignments(db, [u]))[0] : undefined;
}
