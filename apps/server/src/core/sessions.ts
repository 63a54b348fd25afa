import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '@danvan/contracts';
import type { Db } from '../db/client.ts';
import { sessions } from '../db/schema/auth.ts';
import { roleAssignments, users } from '../db/schema/users.ts';
import { orgUnits } from '../db/schema/org.ts';
import { makeActor, type Actor, type ActorAssignment } from './context.ts';

export const SESSION_COOKIE = 'dv_sid';
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 256 random bits, base64url. Only the sha256 is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function loadAssignments(db: Db, userId: number): Promise<ActorAssignment[]> {
  const rows = await db
    .select({
      id: roleAssignments.id,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      includeSubtree: roleAssignments.includeSubtree,
    })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .where(eq(roleAssignments.userId, userId))
    .orderBy(roleAssignments.id);
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export type SessionLookup = { actor: Actor } | { expired: true } | null;

/** Resolves a cookie token to an actor; enforces idle and absolute timeouts and disabled accounts. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<SessionLookup> {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      activeAssignmentId: sessions.activeAssignmentId,
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      active: users.active,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashToken(token)));
  if (!row || row.revokedAt) return null;
  const idleExpired = now.getTime() - row.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (!row.active || idleExpired || now >= row.expiresAt) {
    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, row.sessionId));
    return { expired: true };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
  }
  const assignments = await loadAssignments(db, row.userId);
  return {
    actor: makeActor(
      { id: row.userId, username: row.username, fullName: row.fullName },
      assignments,
      row.sessionId,
      row.activeAssignmentId,
    ),
  };
}

export async function createSession(
  db: Db,
  userId: number,
  now: Date,
  meta: { ip: string | null; userAgent: string | null },
): Promise<string> {
  const token = newToken();
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

export async function revokeUserSessions(
  db: Db,
  userId: number,
  now: Date,
  exceptSessionId?: number,
): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : undefined,
      ),
    );
}
