/**
 * npm run bench -- reporting
 *
 * Builds a national-scale data set on PostgreSQL (34 provinces of 40 to 168 communes each, the real
 * range, plus 17 departments each: about 4,100 reporting units; a 200-indicator template; 3 periods,
 * about 2.5 million values; former communes merged into new ones on 01/7/2025; a narrative of
 * realistic length in every report) and measures each roll-up against its physical floor, the
 * simplest correct SQL over the raw value rows (not the app's query), in the same run:
 *   (a1) the smallest province's roll-up while the database holds only that province, then
 *   (a34) the same once all 34 are loaded (flat: its cost must not grow with the nation), the largest
 *   province, and each of the other 32 provinces once (its first read: its stored part is built;
 *   app and floor take turns reading a province first); (b) the national roll-up;
 *   (c1) saving a report's 200 figures and narrative through the service's save verb, then (c2)
 *   submitting it (the coordinators notified), with durable commits (fsync, synchronous_commit and
 *   full_page_writes turned on first); floor: the fewest statements of the same writes, by hand;
 *   (c3) accepting a submitted report through the service (which keeps the stored roll-up parts
 *   counting it up to date in its transaction) against the same acceptance by hand without upkeep,
 *   and (a′) its province's roll-up read right after, every province in turn;
 *   (d) the period dashboard (this period, the previous one, each unit group) of the largest
 *   province and of the nation, against the bare statements it needs.
 * Every result of the app (and of the floor) is checked field by field against an independent
 * JavaScript oracle over the same rows. Prints app, floor, ratio, p50 and p95.
 * Uses DATABASE_URL when set (a database it may fill), else a throwaway cluster (apps/server/test/pg-cluster.ts).
 */
import { openPostgres } from '../../apps/server/src/db/client.ts';
import { storePartsAfterAnswer } from '../../apps/server/src/modules/reporting/rollup/rollup.partials.ts';
import { durableCommits, prepareReporting } from './reporting/setup.ts';
import { benchDatabase } from './database.ts';
import { log } from './reporting/common.ts';
import { benchDashboards, benchRollups } from './reporting/scenarios.ts';
import { benchWrites } from './reporting/writes.ts';
import { benchAccepts } from './reporting/accepts.ts';
import { printReporting } from './reporting/print.ts';

export { build, fillProvinces } from './reporting/data.ts';

export async function benchReporting(): Promise<void> {
  const { cluster, url } = await benchDatabase('reporting', log);
  let db = await openPostgres(url, 4);
  try {
    const { treeMs, env } = await prepareReporting(db, url);
    // as the server does on PostgreSQL (reporting/index.ts): a stale province part stored after the answer
    storePartsAfterAnswer(db.db);
    const { oracle, ...a } = await benchRollups(env, treeMs);
    const d = await benchDashboards(env, oracle);
    db = await durableCommits(cluster, db, url, env.ctx);
    storePartsAfterAnswer(db.db);
    const c = await benchWrites(db, env);
    const accepts = await benchAccepts(db, env, oracle);
    printReporting({ ...a, ...d, ...c, ...accepts });
  } finally {
    await db.close();
    cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchReporting();
