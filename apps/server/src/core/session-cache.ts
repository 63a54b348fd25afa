/**
 * The request path's memory of sessions (core/sessions.ts resolveSession uses it):
 *
 * - A short cache of resolved sessions, keyed by the sha256 of the cookie token. An entry lives
 *   SESSION_CACHE_TTL_MS (real time, not the test clock); the idle and absolute timeouts are still
 *   checked on every request against the entry's times. Whatever changes who a session is or what it
 *   may do calls `forgetSession` / `forgetUser` / `forgetAllSessions` in the same process: the entry
 *   goes at once, and for the next TTL no read of that session or user is cached, so a read that raced
 *   the change (or ran before its transaction committed) is not kept. Another instance learns of the
 *   change when its own entry expires: the TTL bounds the staleness across instances.
 * - The tokens that named no session, or a revoked one, for the same few seconds: a client that keeps
 *   sending a dead cookie (an old tab, a script) is answered from memory instead of by a query each
 *   time. A token never comes to name a live session later (a session's token is drawn when it is
 *   created and sent once it is committed; a revoked session stays revoked), so nothing forgets them.
 * - The last-seen times: a request that finds the stored time older than LAST_SEEN_GRANULARITY_MS
 *   notes the new one here; every LAST_SEEN_FLUSH_MS one UPDATE … FROM (VALUES …) writes what was
 *   noted (never moving a time backwards), and the idle check reads the noted time before the flush.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { LRUCache } from 'lru-cache';
import type { Actor } from './context.ts';

export const SESSION_CACHE_TTL_MS = 5_000;
export const LAST_SEEN_FLUSH_MS = 5_000;
/** A session's last-seen time is written when it is older than this (the idle timeout is 30 minutes). */
export const LAST_SEEN_GRANULARITY_MS = 60_000;
/** The cache holds at most this many sessions (the oldest go first). */
const MAX_ENTRIES = 50_000;

export interface CachedSession {
  sessionId: number;
  userId: number;
  active: boolean;
  revoked: boolean;
  expiresAt: Date;
  /** The latest activity known here: the stored time, or a newer one noted and not yet flushed. */
  lastSeenAt: Date;
  actor: Actor;
  /** performance.now() when read from the database. */
  readAt: number;
}

const cache = new Map<string, CachedSession>();
/**
 * Reads of a session not in the cache that are still running, by token hash: requests that arrive
 * meanwhile with the same cookie (a page's parallel calls, or everyone at the moment an entry
 * expires) wait for that one read instead of sending their own. Any forget… drops them all, so no
 * request that starts after a change joins a read that began before it.
 */
const inFlight = new Map<string, Promise<CachedSession | null>>();
/** Session and user ids changed lately (until performance.now() passes the value): not cached. */
const quietSessions = new Map<number, number>();
const quietUsers = new Map<number, number>();
let quietAllUntil = 0;

const clock = () => performance.now();

/** Token hashes that named no live session, for SESSION_CACHE_TTL_MS (a bounded number of them). */
const unknown = new LRUCache<string, true>({ max: 10_000, ttl: SESSION_CACHE_TTL_MS });

/** Whether this token named no live session within the last few seconds. */
export const isUnknownToken = (tokenHash: string): boolean => unknown.has(tokenHash);

/** The token names no session, or a revoked one. */
export function noteUnknownToken(tokenHash: string): void {
  unknown.set(tokenHash, true);
}

export function cachedSession(tokenHash: string): CachedSession | undefined {
  const e = cache.get(tokenHash);
  if (!e) return undefined;
  if (clock() - e.readAt > SESSION_CACHE_TTL_MS) {
    cache.delete(tokenHash);
    return undefined;
  }
  return e;
}

/** One read at a time per token: joins the read of the same session already running, else starts it. */
export function readOnce(
  tokenHash: string,
  read: () => Promise<CachedSession | null>,
): Promise<CachedSession | null> {
  let p = inFlight.get(tokenHash);
  if (!p) {
    p = read().finally(() => {
      if (inFlight.get(tokenHash) === p) inFlight.delete(tokenHash);
    });
    inFlight.set(tokenHash, p);
  }
  return p;
}

/** Keeps a session just read, unless it (or its user, or everyone) changed within the last TTL. */
export function keepSession(tokenHash: string, e: CachedSession): void {
  const now = clock();
  if (now < quietAllUntil) return;
  if ((quietSessions.get(e.sessionId) ?? 0) > now || (quietUsers.get(e.userId) ?? 0) > now) return;
  if (cache.size >= MAX_ENTRIES) {
    for (const [k, v] of cache) if (now - v.readAt > SESSION_CACHE_TTL_MS) cache.delete(k);
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  cache.set(tokenHash, e);
}

function sweepQuiet(m: Map<number, number>, now: number) {
  if (m.size > 1000) for (const [k, until] of m) if (until <= now) m.delete(k);
}

/** The session was revoked or changed (logout, the unit switcher, a timeout). */
export function forgetSession(sessionId: number): void {
  const now = clock();
  sweepQuiet(quietSessions, now);
  quietSessions.set(sessionId, now + SESSION_CACHE_TTL_MS);
  inFlight.clear();
  for (const [k, v] of cache) if (v.sessionId === sessionId) cache.delete(k);
}

/** The account changed: password, roles and assignments, disabled, sessions revoked. */
export function forgetUser(userId: number): void {
  const now = clock();
  sweepQuiet(quietUsers, now);
  quietUsers.set(userId, now + SESSION_CACHE_TTL_MS);
  inFlight.clear();
  for (const [k, v] of cache) if (v.userId === userId) cache.delete(k);
}

/** Something every session may carry changed (a unit moved: the paths of the assignments). */
export function forgetAllSessions(): void {
  quietAllUntil = clock() + SESSION_CACHE_TTL_MS;
  inFlight.clear();
  cache.clear();
}

// ── last seen, batched ──────────────────────────────────────────────────────────────────────────

/** Per database: session id → the latest activity noted and not yet written. */
const pending = new Map<Db, Map<number, Date>>();
let timer: NodeJS.Timeout | null = null;

export function noteLastSeen(db: Db, sessionId: number, at: Date): void {
  let m = pending.get(db);
  if (!m) pending.set(db, (m = new Map()));
  const prev = m.get(sessionId);
  if (!prev || prev < at) m.set(sessionId, at);
  if (!timer) {
    timer = setInterval(() => void flushLastSeen(), LAST_SEEN_FLUSH_MS);
    timer.unref(); // never keeps the process alive
  }
}

/** The noted, not yet written, last-seen time of a session (undefined when none). */
export function pendingLastSeen(db: Db, sessionId: number): Date | undefined {
  return pending.get(db)?.get(sessionId);
}

/** A revoked session's noted time is not worth writing. */
export function dropLastSeen(db: Db, sessionId: number): void {
  pending.get(db)?.delete(sessionId);
}

/**
 * Writes the noted last-seen times, one UPDATE per database (also at shutdown). A failed write is
 * dropped: last-seen only feeds the idle timeout, and the next request notes its time again.
 */
export async function flushLastSeen(only?: Db): Promise<void> {
  for (const [db, m] of [...pending]) {
    if (only && db !== only) continue;
    pending.delete(db);
    if (!m.size) continue;
    const rows = [...m].map(([id, at]) => sql`(${id}::int, ${at.toISOString()}::timestamptz)`);
    try {
      await db.execute(sql`
        update sessions s set last_seen_at = greatest(s.last_seen_at, v.at)
        from (values ${sql.join(rows, sql`, `)}) as v(id, at)
        where s.id = v.id`);
    } catch {
      /* the database is away or closed: see above */
    }
  }
  if (!pending.size && timer) {
    clearInterval(timer);
    timer = null;
  }
}
