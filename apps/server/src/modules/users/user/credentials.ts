/**
 * The credential side of an account, for the auth module (login, change of password): exported
 * through users/index.ts so that the users table is written only by this module.
 */
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema/users.ts';

export type AccountRow = typeof users.$inferSelect;

export async function accountByUsername(db: Db, username: string): Promise<AccountRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  return u;
}

export async function accountById(db: Db, id: number): Promise<AccountRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u;
}

/**
 * Takes one attempt from the account's budget, atomically: the counter is incremented in SQL and the
 * attempt that reaches the limit locks the account in the same statement, so concurrent requests
 * (several instances included) never check more than `limit` passwords before the lock. An expired
 * lock starts a new count. Returns the attempt's number, or null when the account is locked or
 * disabled (then no password may be checked at all).
 */
export async function takeLoginAttempt(
  db: Db,
  userId: number,
  now: Date,
  policy: { limit: number; lockMinutes: number },
): Promise<number | null> {
  const lockUntil = new Date(now.getTime() + policy.lockMinutes * 60000);
  // an expired lock (locked_until <= now) counts from zero again
  const next = sql`(case when ${users.lockedUntil} is null then ${users.failedLogins} else 0 end) + 1`;
  const [row] = await db
    .update(users)
    .set({
      failedLogins: next,
      lockedUntil: sql`case when ${next} >= ${policy.limit} then ${lockUntil.toISOString()}::timestamptz else null end`,
    })
    .where(
      and(
        eq(users.id, userId),
        eq(users.active, true),
        or(isNull(users.lockedUntil), lte(users.lockedUntil, now)),
      ),
    )
    .returning({ attempt: users.failedLogins });
  return row ? row.attempt : null;
}

/** A successful login clears the count and records the time. */
export async function recordLogin(db: Db, userId: number, now: Date): Promise<void> {
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
    .where(eq(users.id, userId));
}

export async function setPasswordHash(db: Db, userId: number, hash: string, now: Date): Promise<void> {
  await db.update(users).set({ passwordHash: hash, passwordChangedAt: now }).where(eq(users.id, userId));
}
