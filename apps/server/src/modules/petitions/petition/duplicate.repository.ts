import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { preparedOnce } from '../../../db/prepared.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { petitionDuplicates, petitions } from '../../../db/schema/petitions.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';
import { rowsOf } from './petition.sql.ts';

// Duplicates: earlier petitions of the same person or with similar content, and the decisions on them.

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

const duplicatesQuery = preparedOnce((db) =>
  db
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
    .where(eq(petitionDuplicates.petitionId, sql.placeholder('petitionId')))
    .orderBy(desc(petitionDuplicates.score))
    .prepare('petition_duplicates_of'),
);

/** The candidates found for a petition, best first (built once per database handle). */
export async function duplicatesOf(db: Db, petitionId: number) {
  return duplicatesQuery(db).execute({ petitionId });
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
