import { hash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '@danvan/contracts';
import type { Db } from '../db/client.ts';
import { preparedOnce } from '../db/prepared.ts';
import { sessions } from '../db/schema/auth.ts';
import { roleAssignments, users } from '../db/schema/users.ts';
import { orgUnits } from '../db/schema/org.ts';
import { makeActor, type Actor, type ActorAssignment } from './context.ts';
import {
  cachedSession,
  isUnknownToken,
  noteUnknownToken,
  dropLastSeen,
  forgetSession,
  forgetUser,
  keepSession,
  readOnce,
  LAST_SEEN_GRANULARITY_MS,
  noteLastSeen,
  pendingLastSeen,
  type CachedSession,
} from './session-cache.ts';

export const SESSION_COOKIE = 'dv_sid';
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  // the one-shot hash: no Hash object per request (every request with a cookie hashes it)
  return hash('sha256', token, 'hex');
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

/**
 * The session, its user and the user's assignments with their units, in one statement (prepared
 * once per database: PostgreSQL plans it once per connection, Drizzle builds its SQL once).
 */
const sessionQuery = preparedOnce((db) =>
  db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      activeAssignmentId: sessions.activeAssignmentId,
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      position: users.position,
      active: users.active,
      assignments: sql<ActorAssignment[]>`coalesce((
        select json_agg(json_build_object(
          'id', ${roleAssignments.id}, 'role', ${roleAssignments.role}, 'unitId', ${roleAssignments.unitId},
          'unitName', ${orgUnits.name}, 'unitPath', ${orgUnits.path},
          'includeSubtree', ${roleAssignments.includeSubtree}) order by ${roleAssignments.id})
        from ${roleAssignments} join ${orgUnits} on ${orgUnits.id} = ${roleAssignments.unitId}
        where ${roleAssignments.userId} = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('session_by_token'),
);

async function readSession(db: Db, tokenHash: string): Promise<CachedSession | null> {
  const readAt = performance.now();
  const [row] = await sessionQuery(db).execute({ tokenHash });
  if (!row) return null;
  // a time noted by this instance and not yet written counts for the idle timeout
  const noted = pendingLastSeen(db, row.sessionId);
  const assignments = (
    typeof row.assignments === 'string' ? JSON.parse(row.assignments) : row.assignments
  ) as ActorAssignment[];
  return {
    sessionId: row.sessionId,
    userId: row.userId,
    active: row.active,
    revoked: row.revokedAt !== null,
    expiresAt: row.expiresAt,
    lastSeenAt: noted && noted > row.lastSeenAt ? noted : row.lastSeenAt,
    actor: {
      ...makeActor(
        { id: row.userId, username: row.username, fullName: row.fullName },
        assignments.map((a) => ({ ...a, role: a.role as Role })),
        row.sessionId,
        row.activeAssignmentId,
      ),
      position: row.position,
      memoKey: {},
    },
    readAt,
  };
}

/**
 * Resolves a cookie token to an actor; enforces idle and absolute timeouts and disabled accounts on
 * every request. A session resolved within the last few seconds comes from memory
 * (core/session-cache.ts), and then the answer is synchronous (no promise on the hot path); last-seen
 * times are written in batches.
 */
export function resolveSession(db: Db, token: string, now: Date): SessionLookup | Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  const s = cachedSession(tokenHash);
  if (s) return checkSession(db, s, now);
  if (isUnknownToken(tokenHash)) return null;
  return readOnce(tokenHash, () => readSession(db, tokenHash)).then((read) => {
    if (!read || read.revoked) {
      noteUnknownToken(tokenHash);
      return null;
    }
    keepSession(tokenHash, read);
    return checkSession(db, read, now);
  });
}

/** The checks of every request, cached or not: revoked, disabled, idle and absolute timeouts. */
function checkSession(db: Db, s: CachedSession, now: Date): SessionLookup | Promise<SessionLookup> {
  if (s.revoked) return null;
  const idleExpired = now.getTime() - s.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (!s.active || idleExpired || now >= s.expiresAt) return expire(db, s, now);
  if (now.getTime() - s.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) {
    s.lastSeenAt = now;
    noteLastSeen(db, s.sessionId, now);
  }
  // a copy per request: what a verb does to its actor stays in its request
  return { actor: { ...s.actor } };
}

/** A session past a timeout, or of a disabled account: revoked, here and in the database. */
async function expire(db: Db, s: CachedSession, now: Date): Promise<SessionLookup> {
  forgetSession(s.sessionId);
  dropLastSeen(db, s.sessionId);
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, s.sessionId));
  return { expired: true };
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
  forgetUser(userId);
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
