import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { preparedOnce } from '../../../db/prepared.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { roleAssignments, users } from '../../../db/schema/users.ts';
import { petitions, petitionSteps, type PetitionRow } from '../../../db/schema/petitions.ts';
import { escapeLike, rowsOf, runningDueSql, toView, viewColumns, type PetitionView } from './petition.sql.ts';

// One petition: its reads and writes, the figures and the sweeps. The register (list, filters and
// counts) is register.repository.ts, the duplicates duplicate.repository.ts; their names are
// importable from here too.
export * from './register.repository.ts';
export * from './duplicate.repository.ts';
export { runningDueSql, type PetitionRow, type PetitionView };

/** One petition with its unit; with `lock` (inside a transaction) the row is locked FOR UPDATE. */
// the reads of a petition's screen, each built once per database handle (db/prepared.ts): by key,
// named (one plan for every id)
const petitionById = preparedOnce((db) =>
  db
    .select(viewColumns)
    .from(petitions)
    .innerJoin(orgUnits, eq(orgUnits.id, petitions.unitId))
    .leftJoin(users, eq(users.id, petitions.handlerId))
    .where(eq(petitions.id, sql.placeholder('id')))
    .prepare('petition_by_id'),
);

export async function getPetition(db: Db, id: number, lock = false): Promise<PetitionView | undefined> {
  if (lock) await db.execute(sql`select id from petitions where id = ${id} for update`);
  const [r] = await petitionById(db).execute({ id });
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

const stepsOf = preparedOnce((db) =>
  db
    .select()
    .from(petitionSteps)
    .where(eq(petitionSteps.petitionId, sql.placeholder('petitionId')))
    .orderBy(asc(petitionSteps.id))
    .prepare('petition_steps_of'),
);

export async function steps(db: Db, petitionId: number) {
  return stepsOf(db).execute({ petitionId });
}

const siblingsOf = preparedOnce((db) =>
  db
    .select({ id: petitions.id, kind: petitions.kind })
    .from(petitions)
    .where(
      and(
        sql`(${petitions.id} = ${sql.placeholder('root')} or ${petitions.splitFromId} = ${sql.placeholder('root')})`,
        ne(petitions.id, sql.placeholder('id')),
      ),
    )
    .orderBy(asc(petitions.id))
    .prepare('petition_split_siblings'),
);

export async function splitSiblings(db: Db, p: { id: number; splitFromId: number | null }) {
  return siblingsOf(db).execute({ root: p.splitFromId ?? p.id, id: p.id });
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
