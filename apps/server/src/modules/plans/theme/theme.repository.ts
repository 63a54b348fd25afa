/** Drizzle queries for year themes: set by a unit for its subtree, so superiors' ones are visible below. */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { plansThemes } from '../../../db/schema/plans.ts';
import type { Scope } from '../../../core/scope.ts';
import { onPathOf, visibleUnitSql } from '../shared/sql.ts';

const themeColumns = {
  id: plansThemes.id,
  unitId: plansThemes.unitId,
  year: plansThemes.year,
  name: plansThemes.name,
  description: plansThemes.description,
  contents: plansThemes.contents,
  guidingDocumentIds: plansThemes.guidingDocumentIds,
  isDemo: plansThemes.isDemo,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type ThemeView = Awaited<ReturnType<typeof getTheme>> & object;

export async function listThemes(
  db: Db,
  scopes: Scope[],
  f: { appliesTo?: { path: string }; year?: number },
) {
  const parts: SQL[] = [visibleUnitSql(scopes, plansThemes.unitId, sql`true`)];
  if (f.appliesTo) parts.push(onPathOf(plansThemes.unitId, f.appliesTo));
  if (f.year) parts.push(eq(plansThemes.year, f.year));
  return db
    .select(themeColumns)
    .from(plansThemes)
    .innerJoin(orgUnits, eq(orgUnits.id, plansThemes.unitId))
    .where(and(...parts))
    .orderBy(desc(plansThemes.year), asc(orgUnits.depth), asc(plansThemes.id));
}
export async function getTheme(db: Db, id: number) {
  const [row] = await db
    .select(themeColumns)
    .from(plansThemes)
    .innerJoin(orgUnits, eq(orgUnits.id, plansThemes.unitId))
    .where(eq(plansThemes.id, id));
  return row;
}
export async function themeOf(db: Db, unitId: number, year: number) {
  const [row] = await db
    .select({ id: plansThemes.id })
    .from(plansThemes)
    .where(and(eq(plansThemes.unitId, unitId), eq(plansThemes.year, year)));
  return row?.id ?? null;
}
export async function insertTheme(db: Db, v: typeof plansThemes.$inferInsert) {
  const [row] = await db.insert(plansThemes).values(v).returning({ id: plansThemes.id });
  return row.id;
}
export async function updateTheme(db: Db, id: number, v: Partial<typeof plansThemes.$inferInsert>) {
  await db.update(plansThemes).set(v).where(eq(plansThemes.id, id));
}
