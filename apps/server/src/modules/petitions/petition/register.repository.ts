import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { petitions } from '../../../db/schema/petitions.ts';
import { coversRoot, type Scope } from '../../../core/scope.ts';
import { fetchRows, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { PETITION_STATUSES } from '@danvan/domain';
import { escapeLike, rowsOf, runningDueSql, type PetitionView } from './petition.sql.ts';

// The register: the list with its filters and its bounded counts (one petition's reads and writes are
// petition.repository.ts).

/**
 * Registers count at most this many rows: above it the total is answered as the cap with
 * `totalIsLowerBound` (the list says "hơn 10.000"), so a broad search or filter never counts
 * the whole table.
 */
export const COUNT_CAP = 10_000;
/**
 * A word search counts at most this many (its trigram bitmap is rechecked only up to the cap).
 */
export const SEARCH_COUNT_CAP = 1_000;

/** A flag's condition; `today` a value or a placeholder. */
export function flagSql(flag: string, today: unknown): SQL {
  switch (flag) {
    case 'overdue':
      return sql`${runningDueSql} < ${today}::date`;
    case 'prolonged':
      return sql`(${petitions.repeatOfResolved} or (${petitions.status} in ('accepted', 'suspended') and ${petitions.maxDueDate} < ${today}::date))`;
    case 'bypass':
      return sql`${petitions.competence} = 'lower_level'`;
    case 'mass':
      return sql`${petitions.petitionersCount} >= 5`;
    default:
      return sql`${petitions.linkedDuplicates} > 0`;
  }
}

export interface PetitionFilter {
  q?: string;
  kind?: string;
  field?: string;
  status?: string;
  channel?: string;
  flag?: string;
  unitPath?: string;
  dueWithin?: number;
  from?: string;
  to?: string;
  today: string;
}

/**
 * What the register's SQL depends on besides its values: the kind of each scope, which filters are
 * set, the flag. whereSql builds the SQL from the shape alone and takes every value by name, so a
 * page built once for a shape (pageQuery) runs any filter of that shape.
 */
interface Shape {
  /** Per scope: its subtree (path LIKE) or its unit alone (id =). */
  scopes: boolean[];
  /** Below the roots: the scopes' units are read first (see scopeSql). */
  fence: boolean;
  words: number;
  kind: boolean;
  field: boolean;
  status: boolean;
  channel: boolean;
  flag: string | null;
  unit: 'root' | 'below' | null;
  dueWithin: boolean;
  from: boolean;
  to: boolean;
}
type Values = Record<string, unknown>;

const wordsOf = (q: string | undefined) => (q ? q.split(/\s+/).filter(Boolean).slice(0, 12) : []);
/** A root's path is /id/. */
const isRootPath = (path: string) => /^\/\d+\/$/.test(path);

function shapeOf(scopes: Scope[], f: PetitionFilter, withStatus = true): Shape {
  return {
    scopes: scopes.map((s) => s.subtree),
    fence: scopes.length > 0 && !coversRoot(scopes),
    words: wordsOf(f.q).length,
    kind: !!f.kind,
    field: !!f.field,
    status: withStatus && !!f.status,
    channel: !!f.channel,
    flag: f.flag ?? null,
    unit: f.unitPath ? (isRootPath(f.unitPath) ? 'root' : 'below') : null,
    dueWithin: f.dueWithin !== undefined,
    from: !!f.from,
    to: !!f.to,
  };
}

/** The values whereSql names. */
function valuesOf(scopes: Scope[], f: PetitionFilter): Values {
  const { today, kind, field, status, channel, dueWithin, from, to } = f;
  const v: Values = { today, kind, field, status, channel, dueWithin, from, to };
  scopes.forEach((s, i) => (v[`scope${i}`] = s.subtree ? escapeLike(s.path) + '%' : s.unitId));
  wordsOf(f.q).forEach((w, i) => (v[`word${i}`] = escapeLike(w)));
  if (f.unitPath) v.unitPath = escapeLike(f.unitPath) + '%';
  return v;
}

/**
 * The petitions of the scopes' units: unitIdInScopeSql's predicate (core/scope.ts), its values named.
 * Below the roots (a commune's register, an officer's own unit) the units are read first: OFFSET 0
 * keeps the subquery from being flattened into the join. The planner estimates a path prefix at about
 * 1% of the units (35 of 3,500) whichever unit it names, and with that estimate it may walk the whole
 * table by date and drop the other units' rows (0.6 s for some communes' first page at 1,000,000
 * petitions, where reading the unit's own 300 takes 1 ms). A scope over a whole tree keeps the
 * flattened join: the walk by date is then the right plan.
 */
function scopeSql(s: Shape, v: (name: string) => unknown): SQL {
  if (!s.scopes.length) return sql`false`;
  const units = s.scopes.map((subtree, i) =>
    subtree ? sql`su.path LIKE ${v(`scope${i}`)}` : sql`su.id = ${v(`scope${i}`)}`,
  );
  return sql`${petitions.unitId} IN (SELECT su.id FROM org_units su WHERE (${sql.join(units, sql` OR `)})${s.fence ? sql` OFFSET 0` : sql``})`;
}

/** The register's condition for a shape, each value from `v` (the value itself, or a placeholder). */
function whereSql(s: Shape, v: (name: string) => unknown): SQL {
  const parts: SQL[] = [scopeSql(s, v)];
  for (let i = 0; i < s.words; i++)
    parts.push(sql`${petitions.searchKey} like '%' || lower(f_unaccent(${v(`word${i}`)})) || '%'`);
  if (s.kind) parts.push(sql`${petitions.kind} = ${v('kind')}`);
  if (s.field) parts.push(sql`${petitions.field} = ${v('field')}`);
  if (s.status) parts.push(sql`${petitions.status} = ${v('status')}`);
  if (s.channel) parts.push(sql`${petitions.channel} = ${v('channel')}`);
  if (s.flag) parts.push(flagSql(s.flag, v('today')));
  if (s.unit)
    // below the roots, the unit's subtree is read first (see scopeSql)
    parts.push(
      sql`${petitions.unitId} in (select u.id from org_units u where u.path like ${v('unitPath')}${s.unit === 'below' ? sql` offset 0` : sql``})`,
    );
  if (s.dueWithin)
    parts.push(
      sql`${runningDueSql} between ${v('today')}::date and (${v('today')}::date + ${v('dueWithin')}::int)`,
    );
  if (s.from) parts.push(sql`${petitions.receivedOn} >= ${v('from')}::date`);
  if (s.to) parts.push(sql`${petitions.receivedOn} <= ${v('to')}::date`);
  return and(...parts)!;
}

/** The register's condition with its values in place (the counts' statements, built for each run). */
function filterSql(scopes: Scope[], f: PetitionFilter, withStatus = true): SQL {
  const values = valuesOf(scopes, f);
  return whereSql(shapeOf(scopes, f, withStatus), (name) => values[name]);
}

/**
 * What a register line needs (petition.present.ts presentSummary and the policy's read check): the
 * petition's listed fields, its deadlines and flags, its unit's name and path. Not the content, the
 * search keys or the handler's name, which the line never shows.
 */
const registerColumns = {
  id: petitions.id,
  unitId: petitions.unitId,
  receivedOn: petitions.receivedOn,
  channel: petitions.channel,
  kind: petitions.kind,
  field: petitions.field,
  status: petitions.status,
  subject: petitions.subject,
  petitionersCount: petitions.petitionersCount,
  representativeName: petitions.representativeName,
  handlerId: petitions.handlerId,
  competence: petitions.competence,
  screeningDue: petitions.screeningDue,
  resolutionDue: petitions.resolutionDue,
  resultDue: petitions.resultDue,
  maxDueDate: petitions.maxDueDate,
  repeatOfResolved: petitions.repeatOfResolved,
  linkedDuplicates: petitions.linkedDuplicates,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type RegisterRow = Pick<PetitionView, keyof typeof registerColumns>;

/** The sample of the counts: the matches of every status, up to `limit` (cap + 1) rows, by status. */
const sampleSql = (anyStatus: SQL, limit: unknown) =>
  sql`select status, count(*)::int as n from (select ${petitions.status} as status from petitions where ${anyStatus} limit ${limit}) c group by status`;
type Sample = { status: string; n: number }[];

const placeholder = (name: string) => sql.placeholder(name);

/**
 * The register's page for a shape (with the counts' sample of `sample`, the shape without the
 * status filter, when given), built once: Drizzle builds its SQL once per shape (building it took as
 * long as PostgreSQL ran a commune's page). No server-side name (''): node-postgres sends it unnamed,
 * so PostgreSQL plans every run for its own values (a named statement turns to one generic plan after
 * five runs, the same for a commune and for the province). PGlite takes no names.
 */
function buildPage(db: Db, s: Shape, sample: Shape | null) {
  return db
    .select({
      ...registerColumns,
      sample: sample
        ? sql<
            Sample | string | null
          >`(select json_agg(c) from (${sampleSql(whereSql(sample, placeholder), placeholder('sampleLimit'))}) c)`
        : sql<null>`null`,
    })
    .from(petitions)
    .innerJoin(orgUnits, eq(orgUnits.id, petitions.unitId))
    .where(whereSql(s, placeholder))
    .orderBy(desc(petitions.receivedOn), desc(petitions.id))
    .limit(placeholder('limit'))
    .offset(placeholder('offset'))
    .prepare('');
}
type PageQuery = ReturnType<typeof buildPage>;
const pageQueries = new WeakMap<Db, Map<string, PageQuery>>();

function pageQuery(db: Db, s: Shape, sample: Shape | null): PageQuery {
  let byShape = pageQueries.get(db);
  if (!byShape) pageQueries.set(db, (byShape = new Map()));
  const key = JSON.stringify([s, sample]);
  let q = byShape.get(key);
  if (!q) {
    if (byShape.size >= 500) byShape.clear(); // shapes are few; never an unbounded cache
    byShape.set(key, (q = buildPage(db, s, sample)));
  }
  return q;
}

/**
 * The register as a list of core/page.ts: the rows in their order (the window added by listPage) and
 * their bounded count; `counts()` gives the counts per status of the same run (the count and the
 * counts are one computation, started by whichever is asked first).
 *
 * Outside a word search, a page asked before the counts carries the counts' sample in the same
 * statement (an uncorrelated subquery, computed once): one round trip answers the page and, under
 * the cap, the total and every count. The counts go on from that sample (the further statements of a
 * sample over the cap), or start afresh when the page has no row to carry it. A word search first
 * probes its cap (registerCounts), so its page and counts run side by side.
 */
export function petitionList(
  db: Db,
  scopes: Scope[],
  f: PetitionFilter,
  cap = f.q ? SEARCH_COUNT_CAP : COUNT_CAP,
): ListQuery<RegisterRow> & { counts: () => Promise<RegisterCounts> } {
  let counted: Promise<RegisterCounts> | undefined;
  const counts = () => (counted ??= registerCounts(db, scopes, f, cap));
  const rows: RowsQuery<RegisterRow> = (w) => {
    const withSample = !counted && !f.q;
    const shape = shapeOf(scopes, f);
    const run = pageQuery(db, shape, withSample ? shapeOf(scopes, f, false) : null).execute({
      ...valuesOf(scopes, f),
      limit: w.limit,
      offset: w.offset,
      sampleLimit: cap + 1,
    });
    if (withSample) {
      counted = run.then((rs) =>
        rs.length
          ? registerCounts(db, scopes, f, cap, parseJson(rs[0].sample) ?? [])
          : registerCounts(db, scopes, f, cap),
      );
      // a failure is the page's (and the counts' when asked); never an unhandled rejection
      counted.catch(() => {});
    }
    return run.then((rs) => rs.map(({ sample: _, ...r }) => r));
  };
  const count: PromiseLike<number> = {
    then: (ok, ko) =>
      counts()
        .then((c) => c.total)
        .then(ok, ko),
  };
  return { rows, count, counts };
}

/** A json column: parsed by node-postgres, a string from PGlite. */
const parseJson = <T>(v: T | string | null): T | null => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/** One page of the register with its counts (the repository's own use: tests, a whole export). */
export async function listPetitions(
  db: Db,
  scopes: Scope[],
  f: PetitionFilter,
  page: number,
  pageSize: number,
  cap = f.q ? SEARCH_COUNT_CAP : COUNT_CAP,
) {
  const list = petitionList(db, scopes, f, cap);
  const [items, counts] = await Promise.all([
    fetchRows(list.rows, { limit: pageSize, offset: (page - 1) * pageSize }),
    list.counts(),
  ]);
  return { items, ...counts };
}

/**
 * The blocks of the table a word search's count looks at first (a TID range scan, read in order): a
 * search whose words are common (most searches) finds more than its cap there, and its count is
 * answered as the cap without building the trigram index's bitmap of every match (which for common
 * words is most of the time spent). A search that finds fewer is counted through the index.
 */
export const SEARCH_PROBE_BLOCKS = 1_000;

/** More than `cap` rows matching `where` among the table's first SEARCH_PROBE_BLOCKS blocks. */
async function probeOverCap(db: Db, where: SQL, cap: number): Promise<boolean> {
  const [r] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from petitions where ctid < ${sql.raw(`'(${SEARCH_PROBE_BLOCKS},0)'`)}::tid and ${where} limit ${cap + 1}) c`,
  );
  return Number(r?.n ?? 0) > cap;
}

/** Rows matching `where`, counted up to COUNT_CAP + 1 (more means "at least the cap"). */
async function cappedCount(db: Db, where: SQL, cap: number): Promise<number> {
  const [r] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from petitions where ${where} limit ${cap + 1}) c`,
  );
  return Number(r?.n ?? 0);
}

export interface RegisterCounts {
  total: number;
  counts: Record<string, number>;
  totalIsLowerBound?: true;
  countsCapped?: true;
}

/**
 * The register's total and counts per status, bounded. One sample counts the matches (every
 * status) up to the cap (`sampled`: the one read with the page): under it, total and counts are
 * exact. Over it, the total is counted again with the status filter (capped), and the counts per
 * status each up to the cap (values at the cap are lower bounds) — except for a word search, whose
 * rarer statuses would have to scan every match: its counts are left out (empty, `countsCapped`).
 */
async function registerCounts(
  db: Db,
  scopes: Scope[],
  f: PetitionFilter,
  cap: number,
  sampled?: Sample,
): Promise<RegisterCounts> {
  // a word search over its cap has no counts per status: a first look that finds more than the cap
  // (with the status filter, when one is set) answers it (a word search's page carries no sample)
  if (!sampled && f.q && (await probeOverCap(db, filterSql(scopes, f), cap)))
    return { total: cap, counts: {}, totalIsLowerBound: true, countsCapped: true };
  const sample =
    sampled ?? (await rowsOf<Sample[number]>(db, sampleSql(filterSql(scopes, f, false), cap + 1)));
  const sum = sample.reduce((a, c) => a + Number(c.n), 0);
  if (sum <= cap) {
    const counts = Object.fromEntries(sample.map((c) => [c.status, Number(c.n)])) as Record<string, number>;
    return { total: f.status ? (counts[f.status] ?? 0) : sum, counts };
  }
  const n = f.status ? await cappedCount(db, filterSql(scopes, f), cap) : cap + 1;
  const counts: Record<string, number> = {};
  if (!f.q) {
    const anyStatus = filterSql(scopes, f, false);
    const per = await rowsOf<{ status: string; n: number }>(
      db,
      sql`select s.status, (select count(*)::int from (select 1 from petitions where ${anyStatus} and ${petitions.status} = s.status limit ${cap + 1}) x) as n
        from unnest(${sql.raw(`array[${PETITION_STATUSES.map((x) => `'${x}'`).join(', ')}]::text[]`)}) s(status)`,
    );
    for (const c of per) if (Number(c.n) > 0) counts[c.status] = Math.min(Number(c.n), cap);
  }
  return {
    total: Math.min(n, cap),
    counts,
    ...(n > cap ? { totalIsLowerBound: true as const } : {}),
    countsCapped: true,
  };
}
