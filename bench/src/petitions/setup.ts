/** The data the bench fills the database with (../database.ts), and the coordinator's context. */
import type { Database } from '../../../apps/server/src/db/client.ts';
import { migrateDatabase } from '../../../apps/server/src/db/migrate.ts';
import { readConfig } from '../../../apps/server/src/config.ts';
import { makeActor, type Ctx } from '../../../apps/server/src/core/context.ts';
import { UNITS, log, timed } from './common.ts';
import { build } from './data.ts';

/** The data (built, or reused with BENCH_PETITIONS_REUSE=1), a coordinator over the province and its communes. */
export async function preparePetitions(db: Database, url: string) {
  await migrateDatabase(db);
  const [existing] = await db.query<{ n: string }>(`select count(*) as n from petitions`);
  // BENCH_PETITIONS_REUSE=1: measure again a database this bench built before (same DATABASE_URL)
  const reuse = process.env.BENCH_PETITIONS_REUSE === '1' && Number(existing.n) > 0;
  if (Number(existing.n) > 0 && !reuse)
    throw new Error('Cơ sở dữ liệu đã có đơn thư: hãy dùng một cơ sở dữ liệu trống.');
  const now = new Date();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
  if (reuse) log('dùng lại dữ liệu đã dựng (BENCH_PETITIONS_REUSE=1)');
  const [buildMs] = reuse ? [0] : await timed(() => build(db, today));
  const [{ n: rows, mb }] = await db.query<{ n: string; mb: string }>(
    `select count(*) as n, pg_total_relation_size('petitions') / 1048576 as mb from petitions`,
  );
  log(
    `dữ liệu: ${Number(rows).toLocaleString('vi-VN')} đơn thư trên ${UNITS.toLocaleString('vi-VN')} đơn vị (${mb} MB kèm chỉ mục); dựng trong ${(buildMs / 1000).toFixed(1)} s`,
  );

  const { config } = readConfig({ DATABASE_URL: url, DEMO: '0', LOG_LEVEL: 'silent' } as never);
  const clock = { now: () => now };
  const root = { id: 1, path: '/1/', name: 'Ủy ban nhân dân tỉnh Thử Tải' };
  const coordinator = makeActor({ id: 1, username: 'bench', fullName: 'Cán bộ Sở Nội vụ' }, [
    {
      id: 1,
      role: 'coordinator',
      unitId: root.id,
      unitName: root.name,
      unitPath: root.path,
      includeSubtree: true,
    },
  ]);
  const ctx: Ctx = { db: db.db, actor: coordinator, requestId: 'bench', ip: null, clock, config: config! };
  const communes = await db.query<{ id: number; path: string; name: string }>(
    `select id, path, name from org_units where kind = 'commune' order by id`,
  );
  return { ctx, root, communes, today };
}

export type Prepared = Awaited<ReturnType<typeof preparePetitions>>;
