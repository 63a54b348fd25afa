/** Queries of the citizens' ratings and the satisfaction index. */
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { countAll, type ListQuery } from '../../../core/page.ts';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { portalRatings, portalSubmissions } from '../../../db/schema/portal.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';

export type RatingRow = typeof portalRatings.$inferSelect;

/** Inserts a rating; null when the matter was already rated (one rating per submission). */
export async function insertRating(tx: Db, v: typeof portalRatings.$inferInsert): Promise<RatingRow | null> {
  const [row] = await tx.insert(portalRatings).values(v).onConflictDoNothing().returning();
  return row ?? null;
}

export async function ratingOfSubmission(db: Db, submissionId: number): Promise<RatingRow | undefined> {
  const [row] = await db.select().from(portalRatings).where(eq(portalRatings.submissionId, submissionId));
  return row;
}

export interface RatingFilter {
  scopes: Scope[];
  under?: { path: string };
  subject?: string;
  from?: string;
  to?: string;
}

function where(f: RatingFilter): SQL {
  const parts: (SQL | undefined)[] = [unitIdInScopeSql(f.scopes, portalRatings.unitId)];
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${f.under.path.replace(/[\\%_]/g, '\\$&') + '%'}`);
  if (f.subject) parts.push(eq(portalRatings.subject, f.subject));
  if (f.from) parts.push(gte(portalRatings.ratedOn, f.from));
  if (f.to) parts.push(lte(portalRatings.ratedOn, f.to));
  return and(...parts)!;
}

/** The ratings matching the filter, newest first (a page of it: core/page.ts). */
export function ratingList(db: Db, f: RatingFilter) {
  const w = where(f);
  return {
    rows: db
      .select({ r: portalRatings, unitName: orgUnits.name, petitionId: portalSubmissions.petitionId })
      .from(portalRatings)
      .innerJoin(orgUnits, eq(orgUnits.id, portalRatings.unitId))
      .leftJoin(portalSubmissions, eq(portalSubmissions.id, portalRatings.submissionId))
      .where(w)
      .orderBy(desc(portalRatings.ratedAt), desc(portalRatings.id)),
    count: db
      .select(countAll())
      .from(portalRatings)
      .innerJoin(orgUnits, eq(orgUnits.id, portalRatings.unitId))
      .where(w),
  } satisfies ListQuery<{ r: RatingRow; unitName: string; petitionId: number | null }>;
}

/**
 * How many ratings of each score (and subject) a unit had over [from, to]: the unit's own, or with
 * every unit below it (`subtree`). Null unit path: every unit.
 */
export async function scoreCounts(
  db: Db,
  q: { unitId?: number; unitPath?: string; subtree: boolean; from: string; to: string },
): Promise<{ subject: string; score: number; n: number }[]> {
  const unit = !q.unitPath
    ? sql`true`
    : q.subtree
      ? sql`${portalRatings.unitId} IN (SELECT id FROM org_units WHERE path LIKE ${q.unitPath.replace(/[\\%_]/g, '\\$&') + '%'})`
      : sql`${portalRatings.unitId} = ${q.unitId}`;
  const rows = await db
    .select({ subject: portalRatings.subject, score: portalRatings.score, n: sql<number>`count(*)::int` })
    .from(portalRatings)
    .where(and(unit, gte(portalRatings.ratedOn, q.from), lte(portalRatings.ratedOn, q.to)))
    .groupBy(portalRatings.subject, portalRatings.score);
  return rows.map((r) => ({ subject: r.subject, score: Number(r.score), n: Number(r.n) }));
}

/** The units directly below `parentId` (in force on `on`) with their subtree's counts per score. */
export async function childScoreCounts(
  db: Db,
  parentId: number,
  q: { from: string; to: string; on: string },
): Promise<{ unitId: number; unitName: string; score: number | null; n: number }[]> {
  const rows = await db.execute(sql`
    SELECT c.id AS unit_id, c.name AS unit_name, r.score AS score, count(r.id)::int AS n
    FROM org_units c
    -- paths are digits and slashes (/1/5/12/): nothing to escape
    LEFT JOIN org_units u ON u.path LIKE c.path || '%'
    LEFT JOIN portal_ratings r ON r.unit_id = u.id AND r.rated_on BETWEEN ${q.from}::date AND ${q.to}::date
    WHERE c.parent_id = ${parentId} AND (c.valid_to IS NULL OR c.valid_to >= ${q.on}::date)
    GROUP BY c.id, c.name, r.score
    ORDER BY c.name, c.id`);
  const list = (rows as unknown as { rows?: unknown[] }).rows ?? (rows as unknown as unknown[]);
  return (list as { unit_id: number; unit_name: string; score: number | null; n: number }[]).map((r) => ({
    unitId: Number(r.unit_id),
    unitName: r.unit_name,
    score: r.score === null ? null : Number(r.score),
    n: Number(r.n),
  }));
}
