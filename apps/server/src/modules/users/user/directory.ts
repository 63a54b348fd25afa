/**
 * What other modules may ask about people: who holds a role at a unit, where to e-mail them. Exported through users/index.ts; the users tables are queried nowhere else.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '@danvan/contracts';
import type { Db } from '../../../db/client.ts';
import { roleAssignments, users } from '../../../db/schema/users.ts';

/** Active users holding one of the roles at exactly this unit. */
export async function usersWithRoleAt(db: Db, unitId: number, roles: Role[]): Promise<number[]> {
  if (!roles.length) return [];
  const rows = await db
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(users, and(eq(users.id, roleAssignments.userId), eq(users.active, true)))
    .where(and(eq(roleAssignments.unitId, unitId), inArray(roleAssignments.role, roles)));
  return rows.map((r) => r.userId);
}

/** The e-mail addresses of the active users among these ids (users without one are left out). */
export async function activeEmails(db: Db, ids: number[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  return rows.map((r) => r.email).filter((e): e is string => !!e);
}
