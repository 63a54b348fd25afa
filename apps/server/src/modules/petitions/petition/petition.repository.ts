import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { roleAssignments, users } from '../../../db/schema/users.ts';
import {
  petitionDuplicates,
  petitions,
  petitionSteps,
  type PetitionRow,
} from '../../../db/schema/petitions.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';
import { fetchRows, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { PETITION_STATUSES } from '@danvan/domain';

export type { PetitionRow };
export type PetitionView = PetitionRow & {
  unitName: string;
  unitPath: string;
  unitKind: string;
  handlerName: string | null;
};

const viewColumns = {
  p: petitions,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  unitKind: orgUnits.kind,
  handlerName: users.fullName,
};

function toView(r: {
  p: PetitionRow;
  unitName: string;
  unitPath: string;
  unitKind: string;
  handlerName: string | null;
}): PetitionView {
  return {
    ...r.p,
    unitName: r.unitName,
    unitPath: r.unitPath,
    unitKind: r.unitKind,
    handlerName: r.handlerName,
  };
}

/** One petition with its unit; with `lock` (inside a transaction) the row is locked FOR UPDATE. */
export async function getPetition(db: Db, id: number, lock = false): Promise<PetitionView | undefined> {
  if (lock) await db.execute(sql`select id from petitions where id = ${id} for update`);
  const [r] = await db
    .select(viewColumns)
    .from(petitions)
    .innerJoin(orgUnits, eq(orgUnits.id, petitions.unitId))
    .leftJoin(users, eq(users.id, petitions.handlerId))
    .where(eq(petitions.id, id));
  return r ? toView(r) : undefined;
}

export async function insertPetition(db: Db, values: typeof petitions.$inferInsert): Promise<PetitionRow> {
  const [r] = await db.insert(petitions).values(values).returning();
  return r;
}

/** Writes the row only at the version loaded (and bumps it); null when someone changed it first. */
export async function updatePetition(
  db: Db,
  id: number,
  version: number,
  patch: Partial<typeof petitions.$inferInsert>,
): Promise<number | null> {
  const [r] = await db
    .update(petitions)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(petitions.id, id), eq(petitions.version, version)))
    .returning({ version: petitions.version });
  return r?.version ?? null;
}

export async function insertStep(db: Db, values: typeof petitionSteps.$inferInsert) {
  await db.insert(petitionSteps).values(values);
}

export async function steps(db: Db, petitionId: number) {
  return db
    .select()
    .from(petitionSteps)
    .where(eq(petitionSteps.petitionId, petitionId))
    .orderBy(asc(petitionSteps.id));
}

export async function splitSiblings(db: Db, p: { id: number; splitFromId: number | null }) {
  const root = p.splitFromId ?? p.id;
  return db
    .select({ id: petitions.id, kind: petitions.kind })
    .from(petitions)
    .where(
      and(sql`(${petitions.id} = ${root} or ${petitions.splitFromId} = ${root})`, ne(petitions.id, p.id)),
    )
    .orderBy(asc(petitions.id));
}

// ---------------------------------------------------------------------------------------------
// The register

/**
 * The deadline of the running step (see domain runningDeadline): the stored generated column
 * `running_due`, served by the partial index petitions_running_due_idx on open cases.
 */
export const runningDueSql = sql<string | null>`${petitions.runningDue}`;

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

async function rowsOf<T>(db: Db, q: SQL): Promise<T[]> {
  return ((await db.execute(q)) as unknown as { rows: T[] }).rows;
}

function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
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

// ---------------------------------------------------------------------------------------------
// Duplicates

export interface DuplicateProbe {
  name: string | null;
  idNumber: string | null;
  content: string;
  excludeIds: number[];
  vaultOwnerIds: number[];
}

/**
 * Earlier petitions in scope of the same person (name / identity number / vault match) or similar
 * content. The content test is pg_trgm's `%` alone, with `pg_trgm.similarity_threshold` set to
 * `minScore` for the statement (and put back after): the similarity of a long text is computed once
 * per row (not again in a second `similarity() >=` test), and the GIN trigram index prunes at the
 * same threshold.
 */
export async function findDuplicates(db: Db, scopes: Scope[], probe: DuplicateProbe, minScore: number) {
  if (!probe.content.trim()) return findDuplicatesAt(db, scopes, probe);
  return db.transaction(async (tx) => {
    const [prev] = await rowsOf<{ prev: string }>(
      tx,
      sql`select current_setting('pg_trgm.similarity_threshold') as prev, set_config('pg_trgm.similarity_threshold', ${String(minScore)}, true)`,
    );
    const found = await findDuplicatesAt(tx, scopes, probe);
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${prev.prev}, true)`);
    return found;
  });
}

async function findDuplicatesAt(db: Db, scopes: Scope[], probe: DuplicateProbe) {
  const person: SQL[] = [];
  const id = (probe.idNumber ?? '').replace(/[^0-9a-z]/giu, '');
  if (id)
    person.push(sql`regexp_replace(coalesce(${petitions.idNumber}, ''), '[^0-9A-Za-z]', '', 'g') = ${id}`);
  if (probe.name?.trim() && !id)
    person.push(sql`${petitions.personKey} = lower(f_unaccent(${probe.name.trim()}))`);
  if (probe.vaultOwnerIds.length) person.push(inArray(petitions.id, probe.vaultOwnerIds));
  const personSql = person.length ? sql`(${sql.join(person, sql` or `)})` : sql`false`;
  const content = probe.content.trim();
  const contentKey = sql`lower(f_unaccent(${content}))`;
  const contentSql = content ? sql`(${petitions.searchKey} % ${contentKey})` : sql`false`;
  const exclude = probe.excludeIds.length
    ? sql`and ${petitions.id} not in (${sql.join(
        probe.excludeIds.map((i) => sql`${i}`),
        sql`, `,
      )})`
    : sql``;
  const rows = await rowsOf<{
    id: number;
    subject: string;
    kind: string;
    status: string;
    received_on: string;
    unit_name: string;
    is_person: boolean;
    score: number;
  }>(
    db,
    sql`select petitions.id, petitions.subject, petitions.kind, petitions.status, petitions.received_on::text as received_on, u.name as unit_name,
      ${personSql} as is_person,
      ${content ? sql`similarity(petitions.search_key, ${contentKey})` : sql`0`}::float8 as score
    from petitions join org_units u on u.id = petitions.unit_id
    where ${unitIdInScopeSql(scopes, sql`petitions.unit_id`)} and (${personSql} or ${contentSql}) ${exclude}
    order by is_person desc, score desc, petitions.id desc limit 10`,
  );
  return rows.map((r) => ({
    petitionId: Number(r.id),
    subject: r.subject,
    kind: r.kind,
    status: r.status,
    receivedOn: r.received_on,
    unitName: r.unit_name,
    reason: (r.is_person ? 'person' : 'content') as 'person' | 'content',
    score: r.is_person ? 1 : Math.round(Number(r.score) * 1000) / 1000,
  }));
}

export async function insertDuplicates(
  db: Db,
  petitionId: number,
  rows: {
    candidateId: number;
    reason: string;
    score: number;
    decision: string | null;
    decidedBy: number | null;
    decidedAt: Date | null;
  }[],
) {
  if (!rows.length) return;
  await db
    .insert(petitionDuplicates)
    .values(rows.map((r) => ({ petitionId, ...r })))
    .onConflictDoNothing();
}

export async function duplicatesOf(db: Db, petitionId: number) {
  return db
    .select({
      id: petitionDuplicates.id,
      candidateId: petitionDuplicates.candidateId,
      reason: petitionDuplicates.reason,
      score: petitionDuplicates.score,
      decision: petitionDuplicates.decision,
      subject: petitions.subject,
      kind: petitions.kind,
      status: petitions.status,
      receivedOn: petitions.receivedOn,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      unitId: petitions.unitId,
    })
    .from(petitionDuplicates)
    .innerJoin(petitions, eq(petitions.id, petitionDuplicates.candidateId))
    .innerJoin(orgUnits, eq(orgUnits.id, petitions.unitId))
    .where(eq(petitionDuplicates.petitionId, petitionId))
    .orderBy(desc(petitionDuplicates.score));
}

/** Sets the decision of a pending candidate; false when it was decided already (or is not one). */
export async function decideDuplicate(
  db: Db,
  petitionId: number,
  candidateId: number,
  decision: string,
  by: number | null,
  at: Date,
) {
  const r = await db
    .update(petitionDuplicates)
    .set({ decision, decidedBy: by, decidedAt: at })
    .where(
      and(
        eq(petitionDuplicates.petitionId, petitionId),
        eq(petitionDuplicates.candidateId, candidateId),
        sql`${petitionDuplicates.decision} is null`,
      ),
    )
    .returning({ id: petitionDuplicates.id });
  return r.length > 0;
}

// ---------------------------------------------------------------------------------------------
// Figures and sweeps (system context, the caller checked access)

export async function countForFigure(db: Db, unitPath: string, subtree: boolean, unitId: number, where: SQL) {
  const unitSql = subtree
    ? sql`${petitions.unitId} in (select u.id from org_units u where u.path like ${escapeLike(unitPath) + '%'})`
    : eq(petitions.unitId, unitId);
  return db.$count(petitions, and(unitSql, where));
}

export async function countDialogues(
  db: Db,
  unitPath: string,
  subtree: boolean,
  unitId: number,
  from: string,
  to: string,
) {
  const unitSql = subtree
    ? sql`p.unit_id in (select u.id from org_units u where u.path like ${escapeLike(unitPath) + '%'})`
    : sql`p.unit_id = ${unitId}`;
  const r = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from petition_steps s join petitions p on p.id = s.petition_id where s.step = 'dialogue' and s."on" between ${from}::date and ${to}::date and ${unitSql}`,
  );
  return Number(r[0]?.n ?? 0);
}

/** Open cases whose running step is due by `until` (the sweep's window), with their unit. */
export async function dueCases(db: Db, until: string) {
  return db
    .select({
      id: petitions.id,
      unitId: petitions.unitId,
      subject: petitions.subject,
      kind: petitions.kind,
      status: petitions.status,
      handlerId: petitions.handlerId,
      due: runningDueSql,
    })
    .from(petitions)
    .where(sql`${runningDueSql} <= ${until}::date`)
    .orderBy(asc(petitions.id));
}

/** The role assignments of a user with their units (to check who may be assigned a case). */
export async function assignmentsOf(db: Db, userId: number) {
  return db
    .select({
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      includeSubtree: roleAssignments.includeSubtree,
      path: orgUnits.path,
      fullName: users.fullName,
    })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(eq(roleAssignments.userId, userId));
}
