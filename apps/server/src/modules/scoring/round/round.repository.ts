/** Queries of the rounds and their participants. */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { scoringBandSchemes, scoringRounds, scoringSets } from '../../../db/schema/scoring.ts';
import { unitScopeSql, type Scope } from '../../../core/scope.ts';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { aboveScopesSql, escapeLike } from '../shared/sql.ts';

const columns = {
  id: scoringRounds.id,
  unitId: scoringRounds.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  year: scoringRounds.year,
  name: scoringRounds.name,
  setId: scoringRounds.setId,
  setName: scoringSets.name,
  setContent: scoringSets.content,
  bandSchemeId: scoringSets.bandSchemeId,
  bandSchemeName: scoringBandSchemes.name,
  groupIds: scoringRounds.groupIds,
  submitDeadline: scoringRounds.submitDeadline,
  explainDays: scoringRounds.explainDays,
  state: scoringRounds.state,
  publishedAt: scoringRounds.publishedAt,
  decisionNumber: scoringRounds.decisionNumber,
  decisionDate: scoringRounds.decisionDate,
  signerName: scoringRounds.signerName,
  signerPosition: scoringRounds.signerPosition,
  version: scoringRounds.version,
  isDemo: scoringRounds.isDemo,
  createdAt: scoringRounds.createdAt,
};
export type RoundRow = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] };

const base = (db: Db) =>
  db
    .select(columns)
    .from(scoringRounds)
    .innerJoin(orgUnits, eq(orgUnits.id, scoringRounds.unitId))
    .innerJoin(scoringSets, eq(scoringSets.id, scoringRounds.setId))
    .innerJoin(scoringBandSchemes, eq(scoringBandSchemes.id, scoringSets.bandSchemeId));

export async function getRound(db: Db, id: number, lock = false): Promise<RoundRow | null> {
  const q = base(db).where(eq(scoringRounds.id, id));
  const [row] = lock ? await q.for('update', { of: scoringRounds }) : await q;
  return (row as RoundRow) ?? null;
}

/** The rounds readable with these scopes, newest year first (the rows and their count, still to run). */
export function roundList(
  db: Db,
  scopes: Scope[],
  f: { year?: number; state?: string },
): ListQuery<RoundRow> {
  const parts: SQL[] = [
    sql`(${unitScopeSql(scopes, orgUnits.id, orgUnits.path)} OR (${scoringRounds.state} <> 'draft' AND ${aboveScopesSql(scopes, orgUnits.path)}))`,
  ];
  if (f.year) parts.push(eq(scoringRounds.year, f.year));
  if (f.state) parts.push(eq(scoringRounds.state, f.state));
  const w = and(...parts);
  return {
    rows: base(db)
      .where(w)
      .orderBy(desc(scoringRounds.year), desc(scoringRounds.id)) as unknown as RowsQuery<RoundRow>,
    count: db
      .select(countAll())
      .from(scoringRounds)
      .innerJoin(orgUnits, eq(orgUnits.id, scoringRounds.unitId))
      .where(w),
  };
}

export async function insertRound(db: Db, v: typeof scoringRounds.$inferInsert): Promise<number> {
  const [r] = await db.insert(scoringRounds).values(v).returning({ id: scoringRounds.id });
  return r.id;
}

export async function updateRound(
  db: Db,
  id: number,
  version: number,
  v: Partial<typeof scoringRounds.$inferInsert>,
): Promise<number | null> {
  const [r] = await db
    .update(scoringRounds)
    .set({ ...v, version: sql`${scoringRounds.version} + 1` })
    .where(and(eq(scoringRounds.id, id), eq(scoringRounds.version, version)))
    .returning({ version: scoringRounds.version });
  return r?.version ?? null;
}

export interface Participant {
  id: number;
  code: string;
  name: string;
  path: string;
  kind: string;
  groupIds: number[];
}

/**
 * The round's participants: the organising unit's subtree (the unit itself included, when it is in
 * a group), in force in the round's year, the units that belong to one of the round's groups (optionally only those in `scopes`).
 */
type RoundOfParticipants = Pick<RoundRow, 'unitId' | 'unitPath' | 'groupIds' | 'year'>;

/** SQL: the membership (alias g) is in one of the round's groups. */
const inRoundGroups = (r: RoundOfParticipants) =>
  sql`g.group_id in (${sql.join(
    (r.groupIds.length ? r.groupIds : [0]).map((g) => sql`${g}`),
    sql`, `,
  )})`;

/** SQL: the unit (alias u) is in the organising unit's subtree and in force in the round's year. */
const inRoundUnits = (r: RoundOfParticipants) =>
  sql`u.path like ${escapeLike(r.unitPath) + '%'}
      and u.valid_from <= ${`${r.year}-12-31`} and (u.valid_to is null or u.valid_to >= ${`${r.year}-01-01`})`;

export async function participants(
  db: Db,
  r: RoundOfParticipants,
  opts: { scopes?: Scope[]; unitId?: number } = {},
): Promise<Participant[]> {
  const res = (await db.execute(sql`
    select u.id, u.code, u.name, u.path, u.kind, array_agg(g.group_id order by g.group_id)::int[] as "groupIds"
    from org_units u join org_unit_groups g on g.unit_id = u.id
    where ${inRoundGroups(r)}
      and ${inRoundUnits(r)}
      ${opts.scopes ? sql`and ${unitScopeSql(opts.scopes, sql`u.id`, sql`u.path`)}` : sql``}
      ${opts.unitId ? sql`and u.id = ${opts.unitId}` : sql``}
    group by u.id, u.code, u.name, u.path, u.kind
    order by u.path`)) as unknown as { rows: Participant[] };
  return res.rows.map((p) => ({ ...p, groupIds: (p.groupIds as unknown as number[]).map(Number) }));
}

export interface DecidedRow {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  total: number;
  disqualified: boolean;
  disqualifyReason: string;
  submittedAt: Date;
  /** The round's groups the unit takes part in (none when it is not a participant). */
  groupIds: number[];
}

/**
 * The decided assessments of a round with what the ranking needs, each with the round's groups its
 * unit takes part in (as participants() reads them), in one statement.
 */
export async function decidedOfRound(db: Db, r: RoundOfParticipants & { id: number }): Promise<DecidedRow[]> {
  const res = (await db.execute(sql`
    select a.id, a.unit_id as "unitId", u.code as "unitCode", u.name as "unitName",
      a.final_total::float8 as total, a.disqualified, a.disqualify_reason as "disqualifyReason",
      coalesce(a.submitted_at, a.created_at) as "submittedAt",
      case when ${inRoundUnits(r)}
        then array(select g.group_id from org_unit_groups g where g.unit_id = u.id and ${inRoundGroups(r)} order by g.group_id)
        else '{}'::int[] end as "groupIds"
    from scoring_assessments a join org_units u on u.id = a.unit_id
    where a.round_id = ${r.id} and a.state = 'decided'`)) as unknown as { rows: DecidedRow[] };
  return res.rows.map((d) => ({
    ...d,
    total: Number(d.total),
    submittedAt: d.submittedAt instanceof Date ? d.submittedAt : new Date(d.submittedAt),
    groupIds: (d.groupIds ?? []).map(Number),
  }));
}

export async function groupsByIds(db: Db, ids: number[]) {
  if (!ids.length) return [];
  const res = (await db.execute(
    sql`select id, code, name from org_groups where id in (${sql.join(
      ids.map((i) => sql`${i}`),
      sql`, `,
    )}) order by id`,
  )) as unknown as { rows: { id: number; code: string; name: string }[] };
  return res.rows;
}

/** How many assessments of the round are in each state. */
export async function stateCounts(db: Db, roundId: number): Promise<Record<string, number>> {
  const res = (await db.execute(
    sql`select state, count(*)::int as n from scoring_assessments where round_id = ${roundId} group by state`,
  )) as unknown as { rows: { state: string; n: number }[] };
  return Object.fromEntries(res.rows.map((r) => [r.state, Number(r.n)]));
}
