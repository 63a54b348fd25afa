/** Drizzle queries for the units' headcounts of civil servants per year. */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { trainingHeadcounts } from '../../../db/schema/training.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';
import { escapeLike } from '../course/course.repository.ts';

const h = trainingHeadcounts;
const columns = {
  id: h.id,
  unitId: h.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  year: h.year,
  civilServants: h.civilServants,
  version: h.version,
  updatedAt: h.updatedAt,
};
export type HeadcountRow = {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  year: number;
  civilServants: number;
  version: number;
  updatedAt: Date;
};

/** The headcounts in scope, by unit and year (a page of it: core/page.ts). */
export function headcountList(
  db: Db,
  scopes: Scope[],
  f: { under?: { path: string }; year?: number },
): ListQuery<HeadcountRow> {
  const parts: SQL[] = [unitIdInScopeSql(scopes, h.unitId)];
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${escapeLike(f.under.path) + '%'}`);
  if (f.year) parts.push(eq(h.year, f.year));
  const w = and(...parts)!;
  return {
    rows: db
      .select(columns)
      .from(h)
      .innerJoin(orgUnits, eq(orgUnits.id, h.unitId))
      .where(w)
      .orderBy(asc(orgUnits.path), asc(h.year)) as unknown as RowsQuery<HeadcountRow>,
    count: db.select(countAll()).from(h).innerJoin(orgUnits, eq(orgUnits.id, h.unitId)).where(w),
  };
}

export async function getHeadcount(db: Db, unitId: number, year: number, opts: { lock?: boolean } = {}) {
  const q = db
    .select(columns)
    .from(h)
    .innerJoin(orgUnits, eq(orgUnits.id, h.unitId))
    .where(and(eq(h.unitId, unitId), eq(h.year, year)));
  const [row] = (opts.lock ? await q.for('update', { of: h }) : await q) as HeadcountRow[];
  return row;
}

/** Inserts the first headcount of the unit and year; null when another request inserted it first. */
export async function insertHeadcount(db: Db, v: typeof h.$inferInsert): Promise<number | null> {
  const [row] = await db.insert(h).values(v).onConflictDoNothing().returning({ id: h.id });
  return row?.id ?? null;
}

export async function updateHeadcount(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof h.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(h)
    .set({ ...v, version: sql`${h.version} + 1` })
    .where(and(eq(h.id, id), eq(h.version, version)))
    .returning({ version: h.version });
  return row?.version ?? null;
}
