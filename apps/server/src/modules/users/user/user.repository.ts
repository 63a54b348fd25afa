import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema/users.ts';
import type { ListQuery } from '../../../core/page.ts';
import { unitScopeSql, type Scope } from '../../../core/scope.ts';
import { forgetUser } from '../../../core/session-cache.ts';

export type UserRow = typeof users.$inferSelect;

/**
 * A user is visible when one of their assignments lies in scope; a user with no assignment only to an
 * administrator of a whole tree (`unassigned`).
 */
function visibleSql(scopes: Scope[], unassigned: boolean): SQL {
  return sql`(
    ${unassigned ? sql`not exists (select 1 from role_assignments ra where ra.user_id = ${users.id}) or` : sql``}
    exists (select 1 from role_assignments ra join org_units u on u.id = ra.unit_id
               where ra.user_id = ${users.id} and ${unitScopeSql(scopes, sql`u.id`, sql`u.path`)}))`;
}

/** An assignment of the user, in scope, matching the condition (filters never look at roles out of scope). */
function inScopeAssignmentSql(scopes: Scope[], cond: SQL): SQL {
  return sql`exists (select 1 from role_assignments ra join org_units u on u.id = ra.unit_id
    where ra.user_id = ${users.id} and ${cond} and ${unitScopeSql(scopes, sql`u.id`, sql`u.path`)})`;
}

/** The users in scope matching the filter, by full name (a page of it: core/page.ts). */
export function userList(
  db: Db,
  scopes: Scope[],
  unassigned: boolean,
  f: { q?: string; unitId?: number; role?: string },
): ListQuery<UserRow> {
  const parts: (SQL | undefined)[] = [visibleSql(scopes, unassigned)];
  if (f.q)
    parts.push(
      sql`lower(f_unaccent(${users.fullName} || ' ' || ${users.username} || ' ' || coalesce(${users.email}, ''))) like '%' || lower(f_unaccent(${f.q})) || '%'`,
    );
  if (f.unitId) parts.push(inScopeAssignmentSql(scopes, sql`ra.unit_id = ${f.unitId}`));
  if (f.role) parts.push(inScopeAssignmentSql(scopes, sql`ra.role = ${f.role}`));
  const where = and(...parts);
  return {
    rows: db.select().from(users).where(where).orderBy(asc(users.fullName), asc(users.id)),
    count: db.$count(users, where),
  };
}

export async function getUser(db: Db, id: number): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u;
}

/** Locks the user's row for the rest of the transaction: changes to one account are serialised. */
export async function lockUser(db: Db, id: number): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return u;
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return !!u;
}

export async function insertUser(
  db: Db,
  v: Pick<UserRow, 'username' | 'fullName' | 'email' | 'position' | 'passwordHash' | 'isDemo'>,
): Promise<UserRow> {
  const [u] = await db.insert(users).values(v).returning();
  return u;
}

export async function updateUser(
  db: Db,
  id: number,
  patch: Partial<Pick<UserRow, 'fullName' | 'email' | 'position' | 'active'>>,
): Promise<UserRow> {
  forgetUser(id); // the user's sessions carry the name and position (core/session-cache.ts)
  const [u] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return u;
}

/** A password set by an administrator: a fresh count of failed logins, no lock. */
export async function resetPasswordHash(db: Db, id: number, passwordHash: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, failedLogins: 0, lockedUntil: null, passwordChangedAt: now })
    .where(eq(users.id, id));
}
