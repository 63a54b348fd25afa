/** Drizzle queries for the recommendations of an inspection. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { inspectionsRecommendations } from '../../../db/schema/inspections.ts';

const r = inspectionsRecommendations;
const columns = {
  id: r.id,
  inspectionId: r.inspectionId,
  content: r.content,
  responsibleUnitId: r.responsibleUnitId,
  responsibleUnitName: orgUnits.name,
  dueOn: r.dueOn,
  state: r.state,
  doneOn: r.doneOn,
  evidence: r.evidence,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
};
export interface RecommendationRow {
  id: number;
  inspectionId: number;
  content: string;
  responsibleUnitId: number;
  responsibleUnitName: string;
  dueOn: string | null;
  state: string;
  doneOn: string | null;
  evidence: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const listRecommendations = (db: Db, inspectionId: number) =>
  db
    .select(columns)
    .from(r)
    .innerJoin(orgUnits, eq(orgUnits.id, r.responsibleUnitId))
    .where(eq(r.inspectionId, inspectionId))
    .orderBy(asc(r.id)) as Promise<RecommendationRow[]>;

export async function getRecommendation(db: Db, id: number, opts: { lock?: boolean } = {}) {
  if (opts.lock) await db.select({ id: r.id }).from(r).where(eq(r.id, id)).for('update');
  const [row] = (await db
    .select(columns)
    .from(r)
    .innerJoin(orgUnits, eq(orgUnits.id, r.responsibleUnitId))
    .where(eq(r.id, id))) as RecommendationRow[];
  return row;
}

export async function insertRecommendation(db: Db, values: typeof r.$inferInsert): Promise<number> {
  const [row] = await db.insert(r).values(values).returning({ id: r.id });
  return row.id;
}

export async function updateRecommendation(
  db: Db,
  id: number,
  version: number,
  values: Partial<typeof r.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(r)
    .set({ ...values, version: sql`${r.version} + 1` })
    .where(and(eq(r.id, id), eq(r.version, version)))
    .returning({ version: r.version });
  return row?.version ?? null;
}
