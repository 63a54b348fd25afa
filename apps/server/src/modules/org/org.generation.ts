import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/**
 * The generation of the org tree: the committed rows of org_changes (one per statement that changed
 * org_units, org_groups, org_unit_groups or org_successions, written by their triggers), as
 * `token:count:greatest id`, the token being the database's own (org_tree_token). Rows are only ever
 * added, so the count rises with every commit that changed the tree (whatever wrote it: a verb, an
 * import, SQL by hand), and a rolled-back change adds none: the same generation is the same committed
 * tree of the same database. What is derived from the tree alone (the units a subtree counts, the
 * units that must report) may be kept in memory under it.
 */
export const orgGenerationSql = sql`(select (select token from org_tree_token limit 1) || ':' || count(*) || ':' || coalesce(max(id), 0) from org_changes)`;

/** The org tree's current generation (orgGenerationSql), one small statement. */
export async function orgGeneration(db: Db): Promise<string> {
  const r = (await db.execute(sql`select ${orgGenerationSql} as g`)) as unknown as { rows: { g: string }[] };
  return String(r.rows[0].g);
}
