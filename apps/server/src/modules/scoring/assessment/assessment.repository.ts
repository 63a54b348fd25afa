/** Queries of the assessments, their items and comments. */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
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

export async function listAssessments(
  db: Db,
  scopes: Scope[],
  f: AssessmentFilter,
  page: { limit: number; offset: number },
) {
  const parts: SQL[] = [unitIdInScopeSql(scopes, A.unitId)];
  if (f.roundId) parts.push(eq(A.roundId, f.roundId));
  if (f.state) parts.push(eq(A.state, f.state));
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${escapeLike(f.under.path) + '%'}`);
  if (f.q) parts.push(sql`${orgUnits.searchKey} LIKE '%' || lower(f_unaccent(${escapeLike(f.q)})) || '%'`);
  const w = and(...parts);
  const rows = (await base(db)
    .where(w)
    .orderBy(desc(scoringRounds.year), asc(orgUnits.path))
    .limit(page.limit)
    .offset(page.offset)) as AssessmentRow[];
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(A)
    .innerJoin(orgUnits, eq(orgUnits.id, A.unitId))
    .where(w);
  return { rows, total: Number(n) };
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

/** The decided assessments of a round with what the ranking needs. */
export async function decidedOfRound(db: Db, roundId: number) {
  const res = (await db.execute(sql`
    select a.id, a.unit_id as "unitId", u.code as "unitCode", u.name as "unitName",
      a.final_total::float8 as total, a.disqualified, a.disqualify_reason as "disqualifyReason",
      coalesce(a.submitted_at, a.created_at) as "submittedAt"
    from scoring_assessments a join org_units u on u.id = a.unit_id
    where a.round_id = ${roundId} and a.state = 'decided'`)) as unknown as {
    rows: {
      id: number;
      unitId: number;
      unitCode: string;
      unitName: string;
      total: number;
      disqualified: boolean;
      disqualifyReason: string;
      submittedAt: Date | string;
    }[];
  };
  return res.rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** The assessments of a round by unit (for the compliance). */
export async function statesOfRound(db: Db, roundId: number) {
  return db
    .select({ id: A.id, unitId: A.unitId, state: A.state, submittedAt: A.submittedAt })
    .from(A)
    .where(eq(A.roundId, roundId));
}
