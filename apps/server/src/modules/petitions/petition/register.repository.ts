import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { users } from '../../../db/schema/users.ts';
import { petitions } from '../../../db/schema/petitions.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';
import { fetchRows, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { PETITION_STATUSES } from '@danvan/domain';
import { escapeLike, rowsOf, runningDueSql, toView, viewColumns, type PetitionView } from './petition.sql.ts';

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

export function flagSql(flag: string, today: string): SQL {
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

function filterSql(scopes: Scope[], f: PetitionFilter, withStatus = true): SQL {
  const parts: (SQL | undefined)[] = [unitIdInScopeSql(scopes, petitions.unitId)];
  if (f.q)
    for (const w of f.q.split(/\s+/).filter(Boolean).slice(0, 12))
      parts.push(sql`${petitions.searchKey} like '%' || lower(f_unaccent(${escapeLike(w)})) || '%'`);
  if (f.kind) parts.push(eq(petitions.kind, f.kind));
  if (f.field) parts.push(eq(petitions.field, f.field));
  if (withStatus && f.status) parts.push(eq(petitions.status, f.status));
  if (f.channel) parts.push(eq(petitions.channel, f.channel));
  if (f.flag) parts.push(flagSql(f.flag, f.today));
  if (f.unitPath)
    parts.push(
      sql`${petitions.unitId} in (select u.id from org_units u where u.path like ${escapeLike(f.unitPath) + '%'})`,
    );
  if (f.dueWithin !== undefined)
    parts.push(sql`${runningDueSql} between ${f.today}::date and (${f.today}::date + ${f.dueWithin}::int)`);
  if (f.from) parts.push(sql`${petitions.receivedOn} >= ${f.from}::date`);
  if (f.to) parts.push(sql`${petitions.receivedOn} <= ${f.to}::date`);
  return and(...parts)!;
}

/**
 * The register as a list of core/page.ts: the rows in their order (the window added by listPage) and
 * their bounded count; `counts()` gives the counts per status of the same run (the count and the
 * counts are one computation, started by whichever is asked first, so listPage runs it side by side
 * with the page on the pool).
 */
export function petitionList(
  db: Db,
  scopes: Scope[],
  f: PetitionFilter,
  cap = f.q ? SEARCH_COUNT_CAP : COUNT_CAP,
): ListQuery<PetitionView> & { counts: () => Promise<RegisterCounts> } {
  let counted: Promise<RegisterCounts> | undefined;
  const counts = () => (counted ??= registerCounts(db, scopes, f, cap));
  const rows: RowsQuery<PetitionView> = (w) =>
    db
      .select({ ...viewColumns, runningDue: runningDueSql })
      .from(petitions)
      .innerJoin(orgUnits, eq(orgUnits.id, petitions.unitId))
      .leftJoin(users, eq(users.id, petitions.handlerId))
      .where(filterSql(scopes, f))
      .orderBy(desc(petitions.receivedOn), desc(petitions.id))
      .limit(w.limit)
      .offset(w.offset)
      .then((rs) => rs.map((r) => toView(r)));
  const count: PromiseLike<number> = {
    then: (ok, ko) =>
      counts()
        .then((c) => c.total)
        .then(ok, ko),
  };
  return { rows, count, counts };
}

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
 * status) up to the cap: under it, total and counts are exact. Over it, the total is counted again
 * with the status filter (capped), and the counts per status each up to the cap (values at the cap
 * are lower bounds) — except for a word search, whose rarer statuses would have to scan every
 * match: its counts are left out (empty, `countsCapped`).
 */
async function registerCounts(
  db: Db,
  scopes: Scope[],
  f: PetitionFilter,
  cap: number,
): Promise<RegisterCounts> {
  const anyStatus = filterSql(scopes, f, false);
  // a word search over its cap has no counts per status: a first look that finds more than the cap
  // (with the status filter, when one is set) answers it
  if (f.q && (await probeOverCap(db, filterSql(scopes, f), cap)))
    return { total: cap, counts: {}, totalIsLowerBound: true, countsCapped: true };
  const sample = await rowsOf<{ status: string; n: number }>(
    db,
    sql`select status, count(*)::int as n from (select ${petitions.status} as status from petitions where ${anyStatus} limit ${cap + 1}) c group by status`,
  );
  const sum = sample.reduce((a, c) => a + Number(c.n), 0);
  if (sum <= cap) {
    const counts = Object.fromEntries(sample.map((c) => [c.status, Number(c.n)])) as Record<string, number>;
    return { total: f.status ? (counts[f.status] ?? 0) : sum, counts };
  }
  const n = f.status ? await cappedCount(db, filterSql(scopes, f), cap) : cap + 1;
  const counts: Record<string, number> = {};
  if (!f.q) {
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
