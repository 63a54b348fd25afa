import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { users } from '../../../db/schema/users.ts';
import { petitions, type PetitionRow } from '../../../db/schema/petitions.ts';

// What the petition repositories share (petition.repository.ts, register.repository.ts,
// duplicate.repository.ts): the row with its unit and handler, and a few SQL helpers.

export type { PetitionRow };
export type PetitionView = PetitionRow & {
  unitName: string;
  unitPath: string;
  unitKind: string;
  handlerName: string | null;
};

export const viewColumns = {
  p: petitions,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  unitKind: orgUnits.kind,
  handlerName: users.fullName,
};

export function toView(r: {
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

/**
 * The deadline of the running step (see domain runningDeadline): the stored generated column
 * `running_due`, served by the partial index petitions_running_due_idx on open cases.
 */
export const runningDueSql = sql<string | null>`${petitions.runningDue}`;

export async function rowsOf<T>(db: Db, q: SQL): Promise<T[]> {
  return ((await db.execute(q)) as unknown as { rows: T[] }).rows;
}

export function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
