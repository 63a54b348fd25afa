/** Queries of the portal's anti-automation bookkeeping: used challenges and rate-limit counters. */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { portalRateCounters, portalUsedChallenges } from '../../../db/schema/portal.ts';

/** Records a used challenge; false when it was already there (a replay). */
export async function markChallengeUsed(tx: Db, signatureHash: string, expiresAt: Date): Promise<boolean> {
  const rows = await tx
    .insert(portalUsedChallenges)
    .values({ signatureHash, expiresAt })
    .onConflictDoNothing()
    .returning({ h: portalUsedChallenges.signatureHash });
  return rows.length > 0;
}

/**
 * Counts one hit in the (bucket, key) window, atomically (one statement: concurrent requests, and
 * several instances, each get their own number): a window older than `windowSeconds` starts again
 * at 1. Returns the hit's number and when the window ends.
 */
export async function hit(
  db: Db,
  bucket: string,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<{ hits: number; resetAt: Date }> {
  const expired = sql`${portalRateCounters.windowStart} <= ${new Date(now.getTime() - windowSeconds * 1000).toISOString()}::timestamptz`;
  const [row] = await db
    .insert(portalRateCounters)
    .values({ bucket, key, windowStart: now, hits: 1 })
    .onConflictDoUpdate({
      target: [portalRateCounters.bucket, portalRateCounters.key],
      set: {
        hits: sql`CASE WHEN ${expired} THEN 1 ELSE ${portalRateCounters.hits} + 1 END`,
        windowStart: sql`CASE WHEN ${expired} THEN excluded.window_start ELSE ${portalRateCounters.windowStart} END`,
      },
    })
    .returning({ hits: portalRateCounters.hits, windowStart: portalRateCounters.windowStart });
  return { hits: row.hits, resetAt: new Date(new Date(row.windowStart).getTime() + windowSeconds * 1000) };
}

/** The hits of the (bucket, key) window still running at `now` (0 when none). */
export async function peek(
  db: Db,
  bucket: string,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<{ hits: number; resetAt: Date }> {
  const [row] = await db
    .select({ hits: portalRateCounters.hits, windowStart: portalRateCounters.windowStart })
    .from(portalRateCounters)
    .where(and(eq(portalRateCounters.bucket, bucket), eq(portalRateCounters.key, key)));
  if (!row) return { hits: 0, resetAt: now };
  const resetAt = new Date(new Date(row.windowStart).getTime() + windowSeconds * 1000);
  return resetAt <= now ? { hits: 0, resetAt: now } : { hits: row.hits, resetAt };
}

/** Drops used challenges past their expiry and counters idle for longer than `idleSeconds`. */
export async function sweep(db: Db, now: Date, idleSeconds: number): Promise<void> {
  await db.delete(portalUsedChallenges).where(lt(portalUsedChallenges.expiresAt, now));
  await db
    .delete(portalRateCounters)
    .where(lt(portalRateCounters.windowStart, new Date(now.getTime() - idleSeconds * 1000)));
}
