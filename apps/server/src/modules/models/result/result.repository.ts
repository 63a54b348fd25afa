/** Drizzle queries for the results recorded on a model. */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { modelsResults } from '../../../db/schema/models.ts';

export type ResultRow = typeof modelsResults.$inferSelect;

export async function resultsOf(db: Db, modelIds: number[]): Promise<ResultRow[]> {
  if (!modelIds.length) return [];
  return db
    .select()
    .from(modelsResults)
    .where(inArray(modelsResults.modelId, modelIds))
    .orderBy(desc(modelsResults.reportedOn), asc(modelsResults.id));
}

export async function getResult(db: Db, id: number): Promise<ResultRow | undefined> {
  const [row] = await db.select().from(modelsResults).where(eq(modelsResults.id, id));
  return row;
}

export async function insertResult(db: Db, v: typeof modelsResults.$inferInsert): Promise<ResultRow> {
  const [row] = await db.insert(modelsResults).values(v).returning();
  return row;
}
