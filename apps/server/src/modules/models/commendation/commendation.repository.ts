/** Drizzle queries for commendations. */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { models, modelsCommendations } from '../../../db/schema/models.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';

const c = modelsCommendations;
const columns = {
  id: c.id,
  unitId: c.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  recipientKind: c.recipientKind,
  recipientName: c.recipientName,
  achievement: c.achievement,
  level: c.level,
  form: c.form,
  decisionNumber: c.decisionNumber,
  decisionDate: c.decisionDate,
  issuerName: c.issuerName,
  signerName: c.signerName,
  signerPosition: c.signerPosition,
  modelId: c.modelId,
  modelName: models.name,
  linkKind: c.linkKind,
  linkId: c.linkId,
  version: c.version,
  isDemo: c.isDemo,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
};
export interface CommendationRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  recipientKind: string;
  recipientName: string;
  achievement: string;
  level: string;
  form: string;
  decisionNumber: string;
  decisionDate: string;
  issuerName: string;
  signerName: string;
  signerPosition: string;
  modelId: number | null;
  modelName: string | null;
  linkKind: string | null;
  linkId: number | null;
  version: number;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface CommendationFilter {
  q?: string;
  under?: { path: string };
  form?: string;
  level?: string;
  recipientKind?: string;
  modelId?: number;
  from?: string;
  to?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

function where(scopes: Scope[], f: CommendationFilter): SQL {
  const parts: SQL[] = [unitIdInScopeSql(scopes, c.unitId)];
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    parts.push(
      sql`(f_unaccent(${c.recipientName}) ILIKE f_unaccent(${like}) OR f_unaccent(${c.decisionNumber}) ILIKE f_unaccent(${like}) OR f_unaccent(${c.achievement}) ILIKE f_unaccent(${like}))`,
    );
  }
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${escapeLike(f.under.path) + '%'}`);
  if (f.form) parts.push(eq(c.form, f.form));
  if (f.level) parts.push(eq(c.level, f.level));
  if (f.recipientKind) parts.push(eq(c.recipientKind, f.recipientKind));
  if (f.modelId) parts.push(eq(c.modelId, f.modelId));
  if (f.from) parts.push(sql`${c.decisionDate} >= ${f.from}`);
  if (f.to) parts.push(sql`${c.decisionDate} <= ${f.to}`);
  return and(...parts)!;
}

/** The commendations in scope matching the filter, newest decision first (a page: core/page.ts). */
export function commendationList(db: Db, scopes: Scope[], f: CommendationFilter): ListQuery<CommendationRow> {
  const w = where(scopes, f);
  return {
    rows: db
      .select(columns)
      .from(c)
      .innerJoin(orgUnits, eq(orgUnits.id, c.unitId))
      .leftJoin(models, eq(models.id, c.modelId))
      .where(w)
      .orderBy(desc(c.decisionDate), desc(c.id)) as unknown as RowsQuery<CommendationRow>,
    count: db.select(countAll()).from(c).innerJoin(orgUnits, eq(orgUnits.id, c.unitId)).where(w),
  };
}

export async function getCommendation(db: Db, id: number, opts: { lock?: boolean } = {}) {
  if (opts.lock) await db.select({ id: c.id }).from(c).where(eq(c.id, id)).for('update');
  const [row] = (await db
    .select(columns)
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.unitId))
    .leftJoin(models, eq(models.id, c.modelId))
    .where(eq(c.id, id))) as CommendationRow[];
  return row;
}

export async function insertCommendation(db: Db, v: typeof c.$inferInsert): Promise<number> {
  const [row] = await db.insert(c).values(v).returning({ id: c.id });
  return row.id;
}

export async function updateCommendation(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof c.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(c)
    .set({ ...v, version: sql`${c.version} + 1` })
    .where(and(eq(c.id, id), eq(c.version, version)))
    .returning({ version: c.version });
  return row?.version ?? null;
}

/** Figures: the collectives and individuals of the unit (or its subtree) commended within [from, to]. */
export async function countCommendations(
  db: Db,
  q: { unitId: number; unitPath: string; subtree?: boolean; from: string; to: string },
): Promise<number> {
  const unit = q.subtree
    ? sql`${c.unitId} IN (SELECT id FROM org_units WHERE path LIKE ${escapeLike(q.unitPath) + '%'})`
    : sql`${c.unitId} = ${q.unitId}`;
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(c)
    .where(and(unit, sql`${c.decisionDate} >= ${q.from}`, sql`${c.decisionDate} <= ${q.to}`));
  return Number(n);
}
