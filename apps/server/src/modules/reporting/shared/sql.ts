import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';

/** Rows of a raw query, on either driver. */
export async function rows<T>(db: Db, q: SQL): Promise<T[]> {
  const r = (await db.execute(q)) as unknown as { rows: T[] };
  return r.rows;
}

/** A numeric column as a number (node-postgres returns numerics as strings); null stays null. */
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export const intArray = (ids: number[]) => sql.raw(`ARRAY[${ids.map((i) => Number(i)).join(',')}]::int[]`);

/** Ids as one int[] parameter (one bound value however many: the planner still sees its length). */
export const intParam = (ids: number[]) =>
  sql`${`{${ids.map((i) => Math.trunc(Number(i))).join(',')}}`}::int[]`;

export const textArray = (xs: string[]) =>
  sql`${`{${xs.map((x) => `"${x.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;

/** A text[] column as an array, on either driver. */
export function parsePgArray(v: unknown): string[] {
  if (Array.isArray(v)) return v as string[];
  if (typeof v === 'string')
    return v
      .replace(/^\{|\}$/g, '')
      .split(',')
      .filter(Boolean);
  return [];
}
