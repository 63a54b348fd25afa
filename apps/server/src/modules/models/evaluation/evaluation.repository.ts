/** Drizzle queries for the evaluations of a model. */
import { asc, desc, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { modelsEvaluations } from '../../../db/schema/models.ts';

export type EvaluationRow = typeof modelsEvaluations.$inferSelect;

/** The evaluations of the models, newest first. */
export async function evaluationsOf(db: Db, modelIds: number[]): Promise<EvaluationRow[]> {
  if (!modelIds.length) return [];
  return db
    .select()
    .from(modelsEvaluations)
    .where(inArray(modelsEvaluations.modelId, modelIds))
    .orderBy(desc(modelsEvaluations.evaluatedOn), desc(modelsEvaluations.id), asc(modelsEvaluations.modelId));
}

export async function insertEvaluation(
  db: Db,
  v: typeof modelsEvaluations.$inferInsert,
): Promise<EvaluationRow> {
  const [row] = await db.insert(modelsEvaluations).values(v).returning();
  return row;
}
