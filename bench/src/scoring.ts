/**
 * npm run bench -- scoring
 *
 * Builds, on PostgreSQL, a province of 3,500 units (the province, 99 departments in "khối sở, ngành",
 * 3,400 communes and wards in "khối xã, phường") with a year of live records behind every proposer
 * (plans, leaders, task assignments, petitions, the head's reception days, "Dân vận khéo" models,
 * dialogues, the Front's recommendations, six-month and annual reports), a 60-criterion set whose 30
 * measured criteria point at the ten proposers, and the year's round; then measures, each through the
 * scoring module's own code (what the app runs) and, on the same database in the same run, the same
 * result by hand-written SQL (independent of the app's queries):
 *   (a) the scores proposed from live data for every participant (3,499 units × 30 measured criteria):
 *       round/propose-round.ts, every proposer in its batch form;
 *   (b) the ranking of the round's 3,499 decided assessments: bands with eligibility, the cap on xuất
 *       sắc over the round, the rank within each unit group (round/ranking.ts).
 * Every field of the results is compared: (a) per unit and criterion the proposer key, the score, the
 * figures behind it and the evidence link (the description is text made from those figures); (b) per
 * group and row the rank, unit, assessment, total, maximum, band by score, band, eligibility and
 * whether the cap moved it, and the cap's base, allowed, before and moved units with their places, and
 * the counts per band. Target (issue 11): each within 1.5× of the hand-written SQL. Prints median, p95
 * and the ratio of medians. Uses DATABASE_URL when set (an empty database it may fill), else a
 * throwaway cluster (apps/server/test/pg-cluster.ts). Benchmarks assert nothing; they print.
 */
import { openPostgres } from '../../apps/server/src/db/client.ts';
import { benchDatabase, prepareScoring } from './scoring/setup.ts';
import { measureScoring } from './scoring/scenarios.ts';
import { printScoring } from './scoring/print.ts';

export { prepareScoring } from './scoring/setup.ts';
export { HAND_PROPOSALS, HAND_RANKING } from './scoring/references.ts';

export async function benchScoring(): Promise<void> {
  const { cluster, url } = await benchDatabase();
  const db = await openPostgres(url, 4);
  try {
    printScoring(await measureScoring(db, await prepareScoring(db, url)));
  } finally {
    await db.close();
    cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScoring();
