import { readConfig } from '../src/config.ts';
import { openPglite, type Database } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { makeActor, systemCtx, type Ctx } from '../src/core/context.ts';
import { demoSeeders } from '../src/core/demo.ts';
import { loadAssignments } from '../src/core/sessions.ts';
import { seedReferenceData } from '../src/modules/index.ts';
import { registerOrgDemo } from '../src/modules/org/org.demo.ts';
import { registerUsersDemo } from '../src/modules/users/users.demo.ts';

/** The fixed day the demo data are checked on. */
export const DEMO_DAY = '2026-11-22T03:00:00Z';

export interface DemoWorld {
  database: Database;
  /** A system context on the demo day. */
  ctx: Ctx;
  /** A context acting as a demo user (by username), with that user's assignments. */
  as(username: string): Promise<Ctx>;
}

/**
 * A module's demo data in a database of its own (the demo's unit codes are fixed, so it cannot share
 * the worker's database), on a fixed day: the org tree and the users' demo, then the module's own
 * seeders. `register` are the modules' registerXDemo functions; `seeders` the seeder names to run
 * after 'org' and 'users', in their registered order. `withReferenceData` seeds every module's
 * reference data first (the legal time-limit register, the working-day calendar, the vocabularies),
 * as the server does on start: the petitions and reception demos count their deadlines from them.
 * Close `world.database` in afterAll.
 */
export async function demoWorld(opts: {
  register: Array<() => void>;
  seeders: string[];
  at?: string;
  withReferenceData?: boolean;
}): Promise<DemoWorld> {
  const database = await openPglite('memory://');
  await migrateDatabase(database);
  const { config } = readConfig({
    DATA_DIR: `/tmp/danvan-demo-test-${process.pid}`,
    DEMO: '1',
    LOG_LEVEL: 'silent',
  } as never);
  if (opts.withReferenceData) await seedReferenceData(database, config!);
  registerOrgDemo();
  registerUsersDemo();
  for (const r of opts.register) r();
  const day = new Date(opts.at ?? DEMO_DAY);
  const ctx = systemCtx(database.db, config!, { now: () => new Date(day) });
  const names = new Set(['org', 'users', ...opts.seeders]);
  for (const s of demoSeeders().filter((x) => names.has(x.name))) await s.run(ctx);
  return {
    database,
    ctx,
    async as(username) {
      const r = await database.query<{ id: number; full_name: string }>(
        'select id, full_name from users where username = $1',
        [username],
      );
      if (!r[0]) throw new Error(`no demo user ${username}`);
      const assignmentsOf = await loadAssignments(database.db, r[0].id);
      return { ...ctx, actor: makeActor({ id: r[0].id, username, fullName: r[0].full_name }, assignmentsOf) };
    },
  };
}
