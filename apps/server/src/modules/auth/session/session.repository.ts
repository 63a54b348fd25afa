import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { sessions } from '../../../db/schema/auth.ts';
import { forgetSession } from '../../../core/session-cache.ts';

/** Ends one session now (logout). */
export async function revokeSession(db: Db, sessionId: number, now: Date): Promise<void> {
  forgetSession(sessionId);
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId));
}

/** The unit the session works as (the unit switcher). */
export async function setActiveAssignment(db: Db, sessionId: number, assignmentId: number): Promise<void> {
  forgetSession(sessionId);
  await db.update(sessions).set({ activeAssignmentId: assignmentId }).where(eq(sessions.id, sessionId));
}
