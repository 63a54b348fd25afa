import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Role } from '@danvan/contracts';
import type { Db } from '../../../db/client.ts';
import { roleAssignments } from '../../../db/schema/users.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { forgetUser } from '../../../core/session-cache.ts';

export type AssignmentRecord = typeof roleAssignments.$inferSelect;

/** The users' assignments with their units (name, path), oldest first. */
export async function assignmentsOf(db: Db, userIds: number[]) {
  if (!userIds.length) return [];
  return db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      includeSubtree: roleAssignments.includeSubtree,
    })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.id));
}

export type AssignmentRow = Awaited<ReturnType<typeof assignmentsOf>>[number];

export async function getAssignment(
  db: Db,
  userId: number,
  assignmentId: number,
): Promise<AssignmentRecord | undefined> {
  const [a] = await db
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.userId, userId)));
  return a;
}

export async function findAssignment(
  db: Db,
  userId: number,
  role: Role,
  unitId: number,
): Promise<AssignmentRecord | undefined> {
  const [a] = await db
    .select()
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, userId),
        eq(roleAssignments.role, role),
        eq(roleAssignments.unitId, unitId),
      ),
    );
  return a;
}

/** Inserts an assignment; with `ignoreDuplicate`, an existing one is left and nothing is returned. */
export async function insertAssignment(
  db: Db,
  v: { userId: number; role: Role; unitId: number; includeSubtree: boolean },
  opts: { ignoreDuplicate?: boolean } = {},
): Promise<AssignmentRecord | undefined> {
  forgetUser(v.userId); // the user's sessions carry their assignments (core/session-cache.ts)
  const q = db.insert(roleAssignments).values(v);
  const [a] = await (opts.ignoreDuplicate ? q.onConflictDoNothing().returning() : q.returning());
  return a;
}

/** Deletes the user's assignment; whether a row was removed. */
export async function deleteAssignment(db: Db, userId: number, assignmentId: number): Promise<boolean> {
  forgetUser(userId);
  const gone = await db
    .delete(roleAssignments)
    .where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.userId, userId)))
    .returning({ id: roleAssignments.id });
  return gone.length > 0;
}
