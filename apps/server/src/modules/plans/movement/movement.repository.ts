/** Drizzle queries for emulation movements: set by a unit for its subtree, so superiors' ones are visible below. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { plansMovements } from '../../../db/schema/plans.ts';
import type { Scope } from '../../../core/scope.ts';
import { onPathOf, visibleUnitSql } from '../shared/sql.ts';

const movementColumns = {
  id: plansMovements.id,
  unitId: plansMovements.unitId,
  code: plansMovements.code,
  name: plansMovements.name,
  kind: plansMovements.kind,
  description: plansMovements.description,
  fields: plansMovements.fields,
  requirements: plansMovements.requirements,
  guidingDocumentIds: plansMovements.guidingDocumentIds,
  active: plansMovements.active,
  isDemo: plansMovements.isDemo,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type MovementView = Awaited<ReturnType<typeof getMovement>> & object;

export async function listMovements(
  db: Db,
  scopes: Scope[],
  f: { appliesTo?: { path: string }; activeOnly?: boolean; ids?: number[] },
) {
  const parts: SQL[] = [visibleUnitSql(scopes, plansMovements.unitId, sql`true`)];
  if (f.appliesTo) parts.push(onPathOf(plansMovements.unitId, f.appliesTo));
  if (f.activeOnly) parts.push(eq(plansMovements.active, true));
  if (f.ids) parts.push(f.ids.length ? inArray(plansMovements.id, f.ids) : sql`false`);
  return db
    .select(movementColumns)
    .from(plansMovements)
    .innerJoin(orgUnits, eq(orgUnits.id, plansMovements.unitId))
    .where(and(...parts))
    .orderBy(asc(orgUnits.depth), asc(plansMovements.name), asc(plansMovements.id));
}
export async function getMovement(db: Db, id: number) {
  const [row] = await db
    .select(movementColumns)
    .from(plansMovements)
    .innerJoin(orgUnits, eq(orgUnits.id, plansMovements.unitId))
    .where(eq(plansMovements.id, id));
  return row;
}
export async function movementByCode(db: Db, unitId: number, code: string) {
  const [row] = await db
    .select({ id: plansMovements.id })
    .from(plansMovements)
    .where(and(eq(plansMovements.unitId, unitId), eq(plansMovements.code, code)));
  return row?.id ?? null;
}
export async function insertMovement(db: Db, v: typeof plansMovements.$inferInsert) {
  const [row] = await db.insert(plansMovements).values(v).returning({ id: plansMovements.id });
  return row.id;
}
export async function updateMovement(db: Db, id: number, v: Partial<typeof plansMovements.$inferInsert>) {
  await db.update(plansMovements).set(v).where(eq(plansMovements.id, id));
}

/** Names of movements by id (for plan views). */
export async function movementNames(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({ id: plansMovements.id, name: plansMovements.name })
    .from(plansMovements)
    .where(inArray(plansMovements.id, ids));
}
