/**
 * What the bench puts in its database (../database.ts): the data set's tree and template with the
 * coordinator's context, and the restart onto durable commits before (c).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findPgBin, type Cluster } from '../../../apps/server/test/pg-cluster.ts';
import { openPostgres, type Database } from '../../../apps/server/src/db/client.ts';
import { migrateDatabase } from '../../../apps/server/src/db/migrate.ts';
import { readConfig } from '../../../apps/server/src/config.ts';
import { makeActor, type Ctx } from '../../../apps/server/src/core/context.ts';
import { timed } from './common.ts';
import { build } from './data.ts';
import type { Ind } from './references.ts';

/** The org tree, template and periods (timed), then a coordinator over the whole nation, the provinces and the indicators. */
export async function prepareReporting(db: Database, url: string) {
  await migrateDatabase(db);
  const [existing] = await db.query<{ n: string }>(`select count(*) as n from reporting_values`);
  if (Number(existing.n) > 0)
    throw new Error('Cơ sở dữ liệu đã có số liệu báo cáo: hãy dùng một cơ sở dữ liệu trống.');
  const [treeMs, { templateId, periodIds }] = await timed(() => build(db));
  const period = periodIds[0];
  const asOf = new Date().toISOString().slice(0, 10);

  const { config } = readConfig({ DATABASE_URL: url, DEMO: '0', LOG_LEVEL: 'silent' } as never);
  // A coordinator over the whole nation.
  const [nation] = await db.query<{ id: number; path: string; name: string }>(
    `select id, path, name from org_units where id = 1`,
  );
  const actor = makeActor({ id: 1, username: 'bench', fullName: 'Điều phối viên' }, [
    {
      id: 1,
      role: 'coordinator',
      unitId: nation.id,
      unitName: nation.name,
      unitPath: nation.path,
      includeSubtree: true,
    },
  ]);
  const [{ id: userId }] = await db.query<{ id: number }>(
    `insert into users(username, full_name, password_hash) values ('bench', 'Điều phối viên', 'x') returning id`,
  );
  actor.userId = userId;
  const ctx: Ctx = {
    db: db.db,
    actor,
    requestId: 'bench',
    ip: null,
    clock: { now: () => new Date() },
    config: config!,
  };
  const provinces = await db.query<{ id: number; path: string }>(
    `select id, path from org_units where kind = 'province' order by id`,
  );
  const inds = await db.query<Ind>(
    `select id, code, aggregation, numerator_code, denominator_code from reporting_indicators where template_id = $1 order by position`,
    [templateId],
  );
  return { treeMs, env: { db, ctx, templateId, periodIds, period, asOf, nation, provinces, inds, userId } };
}

/** What every measurement reads; its db is the one before the restart of durableCommits. */
export type Env = Awaited<ReturnType<typeof prepareReporting>>['env'];

/** The database to measure (c) on: the same one, or after the restart below the one reopened. */
export async function durableCommits(
  cluster: Cluster | null,
  db: Database,
  url: string,
  ctx: Ctx,
): Promise<Database> {
  // (c) with durable commits, as in production: the throwaway cluster loads with fsync,
  // synchronous_commit and full_page_writes off (its command line, which ALTER SYSTEM cannot
  // override), so it is restarted on the same data with the server's defaults (all on) first; a
  // server given by DATABASE_URL keeps its own settings, and the table says which
  if (cluster) {
    const [st] = await db.query<{ d: string; p: string; k: string }>(
      `select current_setting('data_directory') as d, current_setting('port') as p, current_setting('unix_socket_directories') as k`,
    );
    await db.close();
    const pgCtl = path.join(findPgBin()!, 'pg_ctl');
    const args = [
      ...['-D', st.d, '-w', '-t', '120', '-l', path.join(st.d, '..', 'log')],
      ...['-o', `-p ${st.p} -k ${st.k} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'restart'],
    ];
    if (process.getuid?.() === 0) execFileSync('runuser', ['-u', 'postgres', '--', pgCtl, ...args]);
    else execFileSync(pgCtl, args);
    db = await openPostgres(url, 4);
    ctx.db = db.db;
  }
  return db;
}
