/** Queries of the criteria sets. */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { scoringBandSchemes, scoringSets } from '../../../db/schema/scoring.ts';
import { unitScopeSql, type Scope } from '../../../core/scope.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { aboveScopesSql } from '../shared/sql.ts';

const columns = {
  id: scoringSets.id,
  unitId: scoringSets.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  year: scoringSets.year,
  name: scoringSets.name,
  state: scoringSets.state,
  setVersion: scoringSets.setVersion,
  previousVersionId: scoringSets.previousVersionId,
  bandSchemeId: scoringSets.bandSchemeId,
  bandSchemeName: scoringBandSchemes.name,
  basis: scoringSets.basis,
  needsCheck: scoringSets.needsCheck,
  content: scoringSets.content,
  maxTotal: scoringSets.maxTotal,
  usedAt: scoringSets.usedAt,
  version: scoringSets.version,
  isDemo: scoringSets.isDemo,
  createdAt: scoringSets.createdAt,
  updatedAt: scoringSets.updatedAt,
};
export type SetRow = {
  [K in keyof typeof columns]: (typeof columns)[K]['_']['data'];
} & { content: unknown };

const base = (db: Db) =>
  db
    .select(columns)
    .from(scoringSets)
    .innerJoin(orgUnits, eq(orgUnits.id, scoringSets.unitId))
    .innerJoin(scoringBandSchemes, eq(scoringBandSchemes.id, scoringSets.bandSchemeId));

export async function getSet(db: Db, id: number, lock = false): Promise<SetRow | null> {
  const q = base(db).where(eq(scoringSets.id, id));
  const [row] = lock ? await q.for('update', { of: scoringSets }) : await q;
  return (row as SetRow) ?? null;
}

/** Sets readable with these scopes: over the issuing unit, or issued and above a scope (shared down). */
export function readableSql(scopes: Scope[]): SQL {
  return sql`(${unitScopeSql(scopes, orgUnits.id, orgUnits.path)} OR (${scoringSets.state} <> 'draft' AND ${aboveScopesSql(scopes, orgUnits.path)}))`;
}

/** The sets readable with these scopes, newest year first (the rows and their count, still to run). */
export function setList(db: Db, scopes: Scope[], f: { year?: number; state?: string }): ListQuery<SetRow> {
  const parts: SQL[] = [readableSql(scopes)];
  if (f.year) parts.push(eq(scoringSets.year, f.year));
  if (f.state) parts.push(eq(scoringSets.state, f.state));
  const w = and(...parts);
  return {
    rows: base(db)
      .where(w)
      .orderBy(desc(scoringSets.year), desc(scoringSets.id)) as unknown as RowsQuery<SetRow>,
    count: db
      .select(countAll())
      .from(scoringSets)
      .innerJoin(orgUnits, eq(orgUnits.id, scoringSets.unitId))
      .where(w),
  };
}

export async function insertSet(db: Db, v: typeof scoringSets.$inferInsert): Promise<number> {
  const [r] = await db.insert(scoringSets).values(v).returning({ id: scoringSets.id });
  return r.id;
}

/** Conditional update on the row version; null when another write came first. */
export async function updateSet(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof scoringSets.$inferInsert>,
): Promise<number | null> {
  const [r] = await db
    .update(scoringSets)
    .set({ ...v, version: sql`${scoringSets.version} + 1` })
    .where(and(eq(scoringSets.id, id), eq(scoringSets.version, version)))
    .returning({ version: scoringSets.version });
  return r?.version ?? null;
}

/** Marks a set used (frozen) by its first self-assessment; idempotent. */
export async function markSetUsed(db: Db, id: number, at: Date): Promise<void> {
  await db
    .update(scoringSets)
    .set({ usedAt: at, version: sql`${scoringSets.version} + 1` })
    .where(and(eq(scoringSets.id, id), sql`${scoringSets.usedAt} IS NULL`));
}
