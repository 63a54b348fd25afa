/**
 * The database the bench fills (a throwaway cluster without DATABASE_URL, JIT off), then the
 * province, its records, the issued set and the open round with its decided assessments.
 */
import pg from 'pg';
import type { Cluster } from '../../../apps/server/test/pg-cluster.ts';
import { benchDatabase as sharedBenchDatabase } from '../database.ts';
import type { Database } from '../../../apps/server/src/db/client.ts';
import { migrateDatabase } from '../../../apps/server/src/db/migrate.ts';
import { readConfig } from '../../../apps/server/src/config.ts';
import { SYSTEM_ACTOR, makeActor, type Ctx } from '../../../apps/server/src/core/context.ts';
import { registerModuleHooks, seedReferenceData } from '../../../apps/server/src/modules/index.ts';
import { createSet } from '../../../apps/server/src/modules/scoring/set/create-set.ts';
import { issueSet } from '../../../apps/server/src/modules/scoring/set/update-set.ts';
import { createRound, openRound } from '../../../apps/server/src/modules/scoring/round/create-round.ts';
import * as schemes from '../../../apps/server/src/modules/scoring/band-scheme/band-scheme.repository.ts';
import { UNITS, log, timed } from './common.ts';
import { benchContent, build, decide } from './data.ts';

/** DATABASE_URL when set, else a throwaway cluster with an empty database; JIT turned off on it. */
export async function benchDatabase(): Promise<{ cluster: Cluster | null; url: string }> {
  const { cluster, url } = await sharedBenchDatabase('scoring', log);
  // JIT compilation alone took 30 s of a 36 s run of the hand-written statement on this machine (and
  // nothing of the module's small statements): both sides run without it, as an OLTP database would.
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(
    `alter database "${(await admin.query('select current_database() as d')).rows[0].d}" set jit = off`,
  );
  await admin.end();
  return { cluster, url };
}

/** The province, its live records, the issued 60-criterion set and the open round with its decided assessments. */
export async function prepareScoring(db: Database, url: string) {
  await migrateDatabase(db);
  const [existing] = await db.query<{ n: string }>(`select count(*) as n from org_units`);
  if (Number(existing.n) > 0)
    throw new Error('Cơ sở dữ liệu đã có đơn vị: hãy dùng một cơ sở dữ liệu trống.');
  const { config } = readConfig({ DATABASE_URL: url, DEMO: '0', LOG_LEVEL: 'silent' } as never);
  registerModuleHooks();
  await seedReferenceData(db, config!);
  const now = new Date();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
  const year = Number(today.slice(0, 4));
  const [buildMs] = await timed(() => build(db, year, today));
  const counts = await db.query<{ t: string; n: string }>(
    `select 'petitions' as t, count(*) as n from petitions union all select 'reception_visits', count(*) from reception_visits
     union all select 'plans_task_assignments', count(*) from plans_task_assignments union all select 'answers_items', count(*) from answers_items
     union all select 'reporting_reports', count(*) from reporting_reports`,
  );
  log(
    `dữ liệu: ${UNITS.toLocaleString('vi-VN')} đơn vị; ${counts.map((c) => `${c.t} ${Number(c.n).toLocaleString('vi-VN')}`).join(', ')}; dựng trong ${(buildMs / 1000).toFixed(1)} s`,
  );

  const clock = { now: () => now };
  const sysCtx: Ctx = {
    db: db.db,
    actor: SYSTEM_ACTOR,
    requestId: 'bench',
    ip: null,
    clock,
    config: config!,
  };
  const content = benchContent();
  const scheme = (await schemes.listBandSchemes(db.db)).find((s) => s.code === 'dvcq-tinh')!;
  let set = await createSet(sysCtx, {
    unitId: 1,
    year,
    name: `Bộ 60 tiêu chí đánh giá công tác dân vận chính quyền năm ${year} (thử tải)`,
    bandSchemeId: scheme.id,
    basis: 'Bộ tiêu chí thử tải',
    needsCheck: false,
    content: content as never,
  });
  set = await issueSet(sysCtx, set.id, set.version);
  const groups = await db.query<{ id: number }>(
    `select id from org_groups where code in ('khoi_xa', 'khoi_so_nganh') order by id`,
  );
  let round = await createRound(sysCtx, {
    unitId: 1,
    year,
    name: `Chấm điểm công tác dân vận chính quyền năm ${year}`,
    setId: set.id,
    groupIds: groups.map((g) => Number(g.id)),
    submitDeadline: `${year}-11-10`,
    explainDays: 5,
  });
  round = await openRound(sysCtx, round.id, round.version);
  await decide(db, round.id);
  await db.query('analyze scoring_assessments');

  const coordinator = makeActor({ id: 1, username: 'bench', fullName: 'Cán bộ Sở Nội vụ' }, [
    {
      id: 1,
      role: 'coordinator',
      unitId: 1,
      unitName: 'Ủy ban nhân dân tỉnh Thử Tải',
      unitPath: '/1/',
      includeSubtree: true,
    },
  ]);
  const ctx: Ctx = { ...sysCtx, actor: coordinator };
  const criteria = content.groups
    .flatMap((g) => g.criteria)
    .filter((c) => c.proposerKey && c.scoredBy === 'self')
    .map((c) => ({ code: c.code, key: c.proposerKey, max: c.maxPoints }));
  return { ctx, round, content, year, today, criteria };
}

export type Prepared = Awaited<ReturnType<typeof prepareScoring>>;
