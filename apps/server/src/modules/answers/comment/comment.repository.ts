import { and, asc, eq, sql } from 'drizzle-orm';
import type { ListQuery } from '../../../core/page.ts';
import type { Db } from '../../../db/client.ts';
import { answersCommentReports, answersComments, answersItems } from '../../../db/schema/answers.ts';
import { orgUnits } from '../../../db/schema/org.ts';

export type CommentRow = typeof answersComments.$inferSelect;

export async function getComment(db: Db, id: number, lock = false): Promise<CommentRow | undefined> {
  const q = db.select().from(answersComments).where(eq(answersComments.id, id));
  const rows = lock ? await q.for('update') : await q;
  return rows[0];
}

/** The comments of a consultation (in `state`, when given), oldest first (a page of it: core/page.ts). */
export function commentList(db: Db, sourceId: number, state: string | undefined): ListQuery<CommentRow> {
  const where = and(
    eq(answersComments.sourceId, sourceId),
    state ? eq(answersComments.state, state) : undefined,
  );
  return {
    rows: db.select().from(answersComments).where(where).orderBy(asc(answersComments.id)),
    count: db.$count(answersComments, where),
  };
}

export async function publishedComments(db: Db, sourceId: number) {
  return db
    .select()
    .from(answersComments)
    .where(and(eq(answersComments.sourceId, sourceId), eq(answersComments.state, 'published')))
    .orderBy(asc(answersComments.id))
    .limit(1000);
}

/**
 * The published comments as the portal shows them: each with its item's answer only when the
 * agency has published that answer (the item's own flag), and the answering unit's name.
 */
export async function publicComments(db: Db, sourceId: number) {
  return db
    .select({
      id: answersComments.id,
      authorName: answersComments.authorName,
      text: answersComments.text,
      submittedAt: answersComments.submittedAt,
      status: answersItems.status,
      answerText: answersItems.answerText,
      declineReason: answersItems.declineReason,
      published: answersItems.published,
      publishedAt: answersItems.publishedAt,
      unitName: orgUnits.name,
    })
    .from(answersComments)
    .leftJoin(answersItems, eq(answersItems.id, answersComments.itemId))
    .leftJoin(orgUnits, eq(orgUnits.id, answersItems.responsibleUnitId))
    .where(and(eq(answersComments.sourceId, sourceId), eq(answersComments.state, 'published')))
    .orderBy(asc(answersComments.id))
    .limit(1000);
}

/** The comments that remain for the tiếp thu/giải trình report: published, not hidden or rejected. */
export const remainingCommentItems = publishedComments;

export async function insertComment(db: Db, v: typeof answersComments.$inferInsert) {
  const [r] = await db.insert(answersComments).values(v).returning({ id: answersComments.id });
  return r!.id;
}

export async function updateComment(
  db: Db,
  id: number,
  version: number,
  patch: Partial<typeof answersComments.$inferInsert>,
) {
  const rows = await db
    .update(answersComments)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(answersComments.id, id), eq(answersComments.version, version)))
    .returning({ version: answersComments.version });
  return rows[0]?.version ?? null;
}

/** Records one report per reporter; true when it is new. */
export async function addReport(db: Db, commentId: number, reporterKey: string, reason: string) {
  const rows = await db
    .insert(answersCommentReports)
    .values({ commentId, reporterKey, reason })
    .onConflictDoNothing()
    .returning({ id: answersCommentReports.id });
  return rows.length === 1;
}

/** Adds one to the count of reports, atomically; the new count. */
export async function bumpReports(db: Db, id: number) {
  const rows = await db
    .update(answersComments)
    .set({ reports: sql`${answersComments.reports} + 1`, version: sql`${answersComments.version} + 1` })
    .where(eq(answersComments.id, id))
    .returning({
      reports: answersComments.reports,
      state: answersComments.state,
      version: answersComments.version,
    });
  return rows[0]!;
}
