import { readConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { buildApp } from './app.ts';
import { systemClock } from './core/context.ts';
import { startJobRunner } from './core/jobs.ts';
import { ensureAdmin, seedDemoIfEmpty } from './seed.ts';

async function main() {
  const { config, problems } = readConfig();
  if (!config) {
    console.error('Cấu hình không hợp lệ (biến môi trường):');
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await migrateDatabase(database);
  const app = await buildApp({ database, config, logger: true });
  const seeded = await seedDemoIfEmpty(database, config);
  await ensureAdmin(database, config);
  await app.listen({ port: config.PORT, host: config.HOST });
  const stopJobs =
    config.JOBS === '1'
      ? startJobRunner(database, config, systemClock, (m, e) =>
          e ? app.log.error({ err: e }, m) : app.log.info(m),
        )
      : async () => {};

  const url = `http://${config.HOST}:${config.PORT}`;
  console.log(`\ndanvan sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} s: ${url}`);
  console.log(
    `  Cơ sở dữ liệu: ${database.driver === 'pglite' ? `PGlite nhúng tại ${config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)'}`,
  );
  console.log(`  API: ${url}/api/docs`);
  if (seeded) console.log(`  Đã nạp dữ liệu trình diễn (tỉnh mẫu).`);
  if (config.demo) {
    const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('./core/demo.ts');
    console.log(`  Tài khoản trình diễn (mật khẩu chung: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`    ${a.username.padEnd(12)} ${a.position}`);
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: đang dừng`);
    try {
      await app.close();
      await stopJobs();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
