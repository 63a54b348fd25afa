/** Drizzle queries for "Dân vận khéo" models. */
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { models } from '../../../db/schema/models.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';

const columns = {
  id: models.id,
  unitId: models.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  name: models.name,
  field: models.field,
  subject: models.subject,
  personName: models.personName,
  registration: models.registration,
  registeredOn: models.registeredOn,
  startOn: models.startOn,
  endOn: models.endOn,
  state: models.state,
  startedOn: models.startedOn,
  recognisedLevel: models.recognisedLevel,
  recognisedOn: models.recognisedOn,
  recognitionDecision: models.recognitionDecision,
  replicatedOn: models.replicatedOn,
  replicationNote: models.replicationNote,
  stoppedOn: models.stoppedOn,
  stopReason: models.stopReason,
  publicSummary: models.publicSummary,
  version: models.version,
  isDemo: models.isDemo,
  createdAt: models.createdAt,
  updatedAt: models.updatedAt,
  latestTotal: sql<
    number | null
  >`(select e.total::float8 from models_evaluations e where e.model_id = ${models.id} order by e.evaluated_on desc, e.id desc limit 1)`,
  latestMax: sql<
    number | null
  >`(select e.max_total::float8 from models_evaluations e where e.model_id = ${models.id} order by e.evaluated_on desc, e.id desc limit 1)`,
  latestPassed: sql<
    boolean | null
  >`(select e.passed from models_evaluations e where e.model_id = ${models.id} order by e.evaluated_on desc, e.id desc limit 1)`,
};

export interface ModelRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  name: string;
  field: string;
  subject: string;
  personName: string;
  registration: unknown;
  registeredOn: string;
  startOn: string | null;
  endOn: string | null;
  state: string;
  startedOn: string | null;
  recognisedLevel: string | null;
  recognisedOn: string | null;
  recognitionDecision: string;
  replicatedOn: string | null;
  replicationNote: string;
  stoppedOn: string | null;
  stopReason: string;
  publicSummary: string;
  version: number;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
  latestTotal: number | null;
  latestMax: number | null;
  latestPassed: boolean | null;
}

export interface ModelFilter {
  q?: string;
  field?: string;
  state?: string;
  subject?: string;
  /** The models of this unit and of every unit below it. */
  under?: { path: string };
  from?: string;
  to?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

function where(scopes: Scope[], f: ModelFilter): SQL {
  const parts: SQL[] = [unitIdInScopeSql(scopes, models.unitId)];
  if (f.q) parts.push(sql`${models.searchKey} LIKE '%' || lower(f_unaccent(${escapeLike(f.q)})) || '%'`);
  if (f.field) parts.push(eq(models.field, f.field));
  if (f.state) parts.push(eq(models.state, f.state));
  if (f.subject) parts.push(eq(models.subject, f.subject));
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${escapeLike(f.under.path) + '%'}`);
  if (f.from) parts.push(sql`${models.registeredOn} >= ${f.from}`);
  if (f.to) parts.push(sql`${models.registeredOn} <= ${f.to}`);
  return and(...parts)!;
}

/** The models in scope matching the filter, newest registration first (a page of it: core/page.ts). */
export function modelList(db: Db, scopes: Scope[], f: ModelFilter): ListQuery<ModelRow> {
  const w = where(scopes, f);
  return {
    rows: db
      .select(columns)
      .from(models)
      .innerJoin(orgUnits, eq(orgUnits.id, models.unitId))
      .where(w)
      .orderBy(desc(models.registeredOn), desc(models.id)) as unknown as RowsQuery<ModelRow>,
    count: db.select(countAll()).from(models).innerJoin(orgUnits, eq(orgUnits.id, models.unitId)).where(w),
  };
}

export async function getModel(db: Db, id: number): Promise<ModelRow | undefined> {
  const [row] = (await db
    .select(columns)
    .from(models)
    .innerJoin(orgUnits, eq(orgUnits.id, models.unitId))
    .where(eq(models.id, id))) as ModelRow[];
  return row;
}

export async function getModelsByIds(
  db: Db,
  ids: number[],
): Promise<{ id: number; name: string; unitId: number }[]> {
  if (!ids.length) return [];
  return db
    .select({ id: models.id, name: models.name, unitId: models.unitId })
    .from(models)
    .where(inArray(models.id, ids));
}

/** Locks the model's row until the transaction ends (every verb that changes a model or adds to it). */
export async function lockModel(db: Db, id: number): Promise<boolean> {
  const rows = await db.select({ id: models.id }).from(models).where(eq(models.id, id)).for('update');
  return rows.length > 0;
}

export async function insertModel(db: Db, v: typeof models.$inferInsert): Promise<number> {
  const [row] = await db.insert(models).values(v).returning({ id: models.id });
  return row.id;
}

/**
 * Writes the model only if it is still at `version`, and moves it to the next version; null when
 * someone else changed it first.
 */
export async function updateModel(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof models.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(models)
    .set({ ...v, version: sql`${models.version} + 1` })
    .where(and(eq(models.id, id), eq(models.version, version)))
    .returning({ version: models.version });
  return row?.version ?? null;
}

/** Recognised (or replicated) models, for the public showcase: newest recognition first. */
export async function recognisedModels(
  db: Db,
  f: { from?: string; under?: { path: string }; limit: number },
): Promise<ModelRow[]> {
  const parts: SQL[] = [inArray(models.state, ['recognised', 'replicated'])];
  if (f.from) parts.push(sql`${models.recognisedOn} >= ${f.from}`);
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${escapeLike(f.under.path) + '%'}`);
  return (await db
    .select(columns)
    .from(models)
    .innerJoin(orgUnits, eq(orgUnits.id, models.unitId))
    .where(and(...parts))
    .orderBy(desc(models.recognisedOn), desc(models.id))
    .limit(f.limit)) as ModelRow[];
}

/** Figures: models of the unit (or its subtree) registered, or recognised, within [from, to]. */
export async function countModels(
  db: Db,
  q: { unitId: number; unitPath: string; subtree?: boolean; from: string; to: string },
  by: 'registered' | 'recognised',
): Promise<number> {
  const unit = q.subtree
    ? sql`${models.unitId} IN (SELECT id FROM org_units WHERE path LIKE ${escapeLike(q.unitPath) + '%'})`
    : sql`${models.unitId} = ${q.unitId}`;
  const col = by === 'registered' ? models.registeredOn : models.recognisedOn;
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(models)
    .where(and(unit, sql`${col} >= ${q.from}`, sql`${col} <= ${q.to}`));
  return Number(n);
}
