/** Queries of the assessments, their items and comments. */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { users } from '../../../db/schema/users.ts';
import {
  scoringAssessments,
  scoringComments,
  scoringItems,
  scoringRounds,
  scoringSets,
} from '../../../db/schema/scoring.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { escapeLike } from '../shared/sql.ts';

const A = scoringAssessments;
const columns = {
  id: A.id,
  roundId: A.roundId,
  unitId: A.unitId,
  unitCode: orgUnits.code,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  unitKind: orgUnits.kind,
  state: A.state,
  selfTotal: A.selfTotal,
  appraisedTotal: A.appraisedTotal,
  finalTotal: A.finalTotal,
  disqualified: A.disqualified,
  disqualifyReason: A.disqualifyReason,
  submittedAt: A.submittedAt,
  appraisedAt: A.appraisedAt,
  explainUntil: A.explainUntil,
  decidedAt: A.decidedAt,
  version: A.version,
  isDemo: A.isDemo,
  roundName: scoringRounds.name,
  roundState: scoringRounds.state,
  roundUnitId: scoringRounds.unitId,
  year: scoringRounds.year,
  submitDeadline: scoringRounds.submitDeadline,
  explainDays: scoringRounds.explainDays,
  setId: scoringRounds.setId,
  setName: scoringSets.name,
  setContent: scoringSets.content,
  bandSchemeId: scoringSets.bandSchemeId,
  maxTotal: scoringSets.maxTotal,
};
export type AssessmentRow = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] };
export type ItemRow = typeof scoringItems.$inferSelect;

const base = (db: Db) =>
  db
    .select(columns)
    .from(A)
    .innerJoin(orgUnits, eq(orgUnits.id, A.unitId))
    .innerJoin(scoringRounds, eq(scoringRounds.id, A.roundId))
    .innerJoin(scoringSets, eq(scoringSets.id, scoringRounds.setId));

export async function getAssessment(db: Db, id: number, lock = false): Promise<AssessmentRow | null> {
  const q = base(db).where(eq(A.id, id));
  const [row] = lock ? await q.for('update', { of: A }) : await q;
  return (row as AssessmentRow) ?? null;
}

export async function findAssessment(db: Db, roundId: number, unitId: number): Promise<number | null> {
  const [r] = await db
    .select({ id: A.id })
    .from(A)
    .where(and(eq(A.roundId, roundId), eq(A.unitId, unitId)));
  return r?.id ?? null;
}

export interface AssessmentFilter {
  roundId?: number;
  under?: { path: string };
  state?: string;
  q?: string;
}

/** The assessments in these scopes, newest year first then by unit (the rows and their count, still to run). */
export function assessmentList(db: Db, scopes: Scope[], f: AssessmentFilter): ListQuery<AssessmentRow> {
  const parts: SQL[] = [unitIdInScopeSql(scopes, A.unitId)];
  if (f.roundId) parts.push(eq(A.roundId, f.roundId));
  if (f.state) parts.push(eq(A.state, f.state));
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${escapeLike(f.under.path) + '%'}`);
  if (f.q) parts.push(sql`${orgUnits.searchKey} LIKE '%' || lower(f_unaccent(${escapeLike(f.q)})) || '%'`);
  const w = and(...parts);
  return {
    rows: base(db)
      .where(w)
      .orderBy(desc(scoringRounds.year), asc(orgUnits.path)) as unknown as RowsQuery<AssessmentRow>,
    count: db.select(countAll()).from(A).innerJoin(orgUnits, eq(orgUnits.id, A.unitId)).where(w),
  };
}

export async function insertAssessment(db: Db, v: typeof A.$inferInsert): Promise<number | null> {
  const rows = await db.insert(A).values(v).onConflictDoNothing().returning({ id: A.id });
  return rows[0]?.id ?? null;
}

export async function insertItems(db: Db, rows: (typeof scoringItems.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await db.insert(scoringItems).values(rows.slice(i, i + 1000));
}

/** Conditional update on the row version; the new version, or null when another write came first. */
export async function updateAssessment(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof A.$inferInsert>,
): Promise<number | null> {
  const [r] = await db
    .update(A)
    .set({ ...v, version: sql`${A.version} + 1` })
    .where(and(eq(A.id, id), eq(A.version, version)))
    .returning({ version: A.version });
  return r?.version ?? null;
}

export const listItems = (db: Db, assessmentId: number): Promise<ItemRow[]> =>
  db
    .select()
    .from(scoringItems)
    .where(eq(scoringItems.assessmentId, assessmentId))
    .orderBy(asc(scoringItems.sortOrder));

export async function getItem(db: Db, assessmentId: number, itemId: number): Promise<ItemRow | null> {
  const [r] = await db
    .select()
    .from(scoringItems)
    .where(and(eq(scoringItems.id, itemId), eq(scoringItems.assessmentId, assessmentId)));
  return r ?? null;
}

export async function getItemById(db: Db, itemId: number): Promise<ItemRow | null> {
  const [r] = await db.select().from(scoringItems).where(eq(scoringItems.id, itemId));
  return r ?? null;
}

export async function updateItem(
  db: Db,
  id: number,
  v: Partial<typeof scoringItems.$inferInsert>,
): Promise<void> {
  await db.update(scoringItems).set(v).where(eq(scoringItems.id, id));
}

export async function insertComment(db: Db, v: typeof scoringComments.$inferInsert): Promise<number> {
  const [r] = await db.insert(scoringComments).values(v).returning({ id: scoringComments.id });
  return r.id;
}

export async function listComments(db: Db, assessmentId: number) {
  return db
    .select({
      id: scoringComments.id,
      authorName: sql<string>`coalesce(${users.fullName}, '')`,
      authorUnitName: sql<string>`coalesce(${orgUnits.name}, '')`,
      text: scoringComments.text,
      createdAt: scoringComments.createdAt,
    })
    .from(scoringComments)
    .leftJoin(users, eq(users.id, scoringComments.authorId))
    .leftJoin(orgUnits, eq(orgUnits.id, scoringComments.authorUnitId))
    .where(eq(scoringComments.assessmentId, assessmentId))
    .orderBy(asc(scoringComments.id));
}

/** The draft assessments of a round, locked until commit (proposing for the whole round). */
export async function lockDraftsOfRound(db: Db, roundId: number) {
  return db
    .select({
      id: A.id,
      unitId: A.unitId,
      unitPath: orgUnits.path,
      unitKind: orgUnits.kind,
      version: A.version,
      selfTotal: A.selfTotal,
    })
    .from(A)
    .innerJoin(orgUnits, eq(orgUnits.id, A.unitId))
    .where(and(eq(A.roundId, roundId), eq(A.state, 'draft')))
    .orderBy(asc(A.id))
    .for('update', { of: A });
}

/** The items of several assessments (in one statement). */
export async function itemsOf(db: Db, assessmentIds: number[]): Promise<ItemRow[]> {
  if (!assessmentIds.length) return [];
  return db
    .select()
    .from(scoringItems)
    .where(inArray(scoringItems.assessmentId, assessmentIds))
    .orderBy(asc(scoringItems.assessmentId), asc(scoringItems.sortOrder));
}

/** Sets many items' proposal (and, where `follow`, their self score to the proposal's) in one statement per chunk. */
export async function setProposals(
  db: Db,
  rows: { id: number; proposal: unknown; score: number | null; follow: boolean }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000)
    await db.execute(sql`
      update scoring_items i set proposal = v.proposal,
        self_score = case when v.follow then v.score else i.self_score end
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 2000))}::jsonb)
        as v(id int, proposal jsonb, score numeric, follow boolean)
      where i.id = v.id`);
}

/** Many assessments' self totals, each on its row version (bumped); how many rows it changed. */
export async function setSelfTotals(
  db: Db,
  rows: { id: number; version: number; selfTotal: number }[],
  at: Date,
  by: number | null,
): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += 2000) {
    const res = (await db.execute(sql`
      update scoring_assessments a set self_total = v."selfTotal", version = a.version + 1,
        updated_at = ${at}, updated_by = ${by}
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 2000))}::jsonb)
        as v(id int, version int, "selfTotal" numeric)
      where a.id = v.id and a.version = v.version
      returning a.id`)) as unknown as { rows: unknown[] };
    n += res.rows.length;
  }
  return n;
}

/** The assessments of a round by unit (for the compliance). */
export async function statesOfRound(db: Db, roundId: number) {
  return db
    .select({ id: A.id, unitId: A.unitId, state: A.state, submittedAt: A.submittedAt })
    .from(A)
    .where(eq(A.roundId, roundId));
}
