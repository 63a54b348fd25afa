/** Drizzle queries for the recognition criteria (versioned data). */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { modelsCriteria } from '../../../db/schema/models.ts';

export type CriterionRow = typeof modelsCriteria.$inferSelect;

/** Serialises the writes of the criteria set (a new code or version) until the transaction ends. */
export async function lockCriteria(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('models_criteria'))`);
}

export async function listCriteria(db: Db, opts: { includeRetired?: boolean } = {}): Promise<CriterionRow[]> {
  return db
    .select()
    .from(modelsCriteria)
    .where(opts.includeRetired ? undefined : isNull(modelsCriteria.retiredAt))
    .orderBy(asc(modelsCriteria.sortOrder), asc(modelsCriteria.code), asc(modelsCriteria.version));
}

export async function getCriterion(db: Db, id: number, opts: { forUpdate?: boolean } = {}) {
  const q = db.select().from(modelsCriteria).where(eq(modelsCriteria.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row as CriterionRow | undefined;
}

export async function codeInUse(db: Db, code: string): Promise<boolean> {
  const rows = await db
    .select({ id: modelsCriteria.id })
    .from(modelsCriteria)
    .where(eq(modelsCriteria.code, code));
  return rows.length > 0;
}

export async function nextVersion(tx: Db, code: string): Promise<number> {
  const [{ v }] = await tx
    .select({ v: sql<number>`coalesce(max(${modelsCriteria.version}), 0)::int` })
    .from(modelsCriteria)
    .where(eq(modelsCriteria.code, code));
  return v + 1;
}

export async function insertCriterion(
  tx: Db,
  row: typeof modelsCriteria.$inferInsert,
): Promise<CriterionRow> {
  const [r] = await tx.insert(modelsCriteria).values(row).returning();
  return r;
}

export async function updateCriterion(tx: Db, id: number, set: Partial<typeof modelsCriteria.$inferInsert>) {
  const [r] = await tx
    .update(modelsCriteria)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(modelsCriteria.id, id))
    .returning();
  return r;
}

/** Marks the versions an evaluation used (once; the first use is kept). */
export async function markUsed(tx: Db, ids: number[], at: Date): Promise<void> {
  if (!ids.length) return;
  await tx
    .update(modelsCriteria)
    .set({ usedAt: at })
    .where(and(inArray(modelsCriteria.id, ids), isNull(modelsCriteria.usedAt)));
}
