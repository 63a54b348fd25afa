/** Queries of portal submissions (a petition sent through the portal, keyed by its code's hash). */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { portalSubmissions } from '../../../db/schema/portal.ts';

export type SubmissionRow = typeof portalSubmissions.$inferSelect;

export async function insertSubmission(
  tx: Db,
  v: typeof portalSubmissions.$inferInsert,
): Promise<SubmissionRow> {
  const [row] = await tx.insert(portalSubmissions).values(v).returning();
  return row;
}

/** The submission of a code's hash (an indexed equality on the hash, never on the code). */
export async function findByHash(db: Db, codeHash: string): Promise<SubmissionRow | undefined> {
  const [row] = await db.select().from(portalSubmissions).where(eq(portalSubmissions.codeHash, codeHash));
  return row;
}

/** The submission by id, locked FOR UPDATE (inside a transaction). */
export async function lockSubmission(tx: Db, id: number): Promise<SubmissionRow | undefined> {
  const [row] = await tx.select().from(portalSubmissions).where(eq(portalSubmissions.id, id)).for('update');
  return row;
}

export async function submissionOfPetition(db: Db, petitionId: number): Promise<SubmissionRow | undefined> {
  const [row] = await db.select().from(portalSubmissions).where(eq(portalSubmissions.petitionId, petitionId));
  return row;
}

export async function countFile(tx: Db, id: number): Promise<void> {
  await tx
    .update(portalSubmissions)
    .set({ filesCount: sql`${portalSubmissions.filesCount} + 1` })
    .where(eq(portalSubmissions.id, id));
}
