/** Drizzle queries for the violations of an inspection. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { inspectionsViolations } from '../../../db/schema/inspections.ts';

const v = inspectionsViolations;
export type ViolationRow = typeof v.$inferSelect;

export const listViolations = (db: Db, inspectionId: number) =>
  db.select().from(v).where(eq(v.inspectionId, inspectionId)).orderBy(asc(v.id));

export async function getViolation(db: Db, id: number, opts: { lock?: boolean } = {}) {
  const q = db.select().from(v).where(eq(v.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export async function insertViolation(db: Db, values: typeof v.$inferInsert): Promise<number> {
  const [row] = await db.insert(v).values(values).returning({ id: v.id });
  return row.id;
}

export async function updateViolation(
  db: Db,
  id: number,
  version: number,
  values: Partial<typeof v.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(v)
    .set({ ...values, version: sql`${v.version} + 1` })
    .where(and(eq(v.id, id), eq(v.version, version)))
    .returning({ version: v.version });
  return row?.version ?? null;
}
