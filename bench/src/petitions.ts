/**
 * npm run bench -- petitions
 *
 * Builds, on PostgreSQL, a province of 3,500 units holding 1,000,000 petitions (written by one SQL
 * statement over generate_series: Vietnamese subjects and contents with diacritics, petitioners'
 * names and identity numbers, kinds, fields, statuses and deadlines spread over three years), and
 * measures, each through the petitions module's own verbs (the code the app runs) and, on the same
 * database in the same run, the same result computed by hand-written SQL:
 *   (a) the diacritic-insensitive search "khieu nai dat dai", first page of 50 (with the register's
 *       total and counts per status, as the register answers them);
 *   (b) the register's first page with filters (khiếu nại, đất đai, đang giải quyết) and its counts;
 *   (c) the province's deadline overview (running cases by deadline window, per unit and kind);
 *   (d) the duplicate check on entry (same person or similar content).
 * Targets (issue 8): (a) p95 < 150 ms and ≤ 1.2× + 5 ms; (b), (c) ≤ 1.5×; (d) p95 < 100 ms.
 * Each line reports the median, the p95 and the ratio of medians. A measure that misses its target
 * prints EXPLAIN (ANALYZE, BUFFERS) of the statements the module ran (recorded from the driver).
 * Uses DATABASE_URL when set (an empty database it may fill), else a throwaway cluster
 * (apps/server/test/pg-cluster.ts). Benchmarks assert nothing; they print. BENCH_PETITIONS=<n>
 * builds fewer rows (a quick try); BENCH_PETITIONS_REUSE=1 measures again, without building, a
 * DATABASE_URL this bench filled before (after a change of the module's queries).
 */
import { openPostgres } from '../../apps/server/src/db/client.ts';
import { preparePetitions } from './petitions/setup.ts';
import { benchDatabase } from './database.ts';
import { log } from './petitions/common.ts';
import { measurePetitions } from './petitions/scenarios.ts';
import { printPetitions } from './petitions/print.ts';

export async function benchPetitions(): Promise<void> {
  const { cluster, url } = await benchDatabase('petitions', log);
  const db = await openPostgres(url, 4);
  try {
    printPetitions(await measurePetitions(db, await preparePetitions(db, url)));
  } finally {
    await db.close();
    cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPetitions();
