import { readConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { buildApp } from './app.ts';
import { systemClock } from './core/context.ts';
import { startJobRunner } from './core/jobs.ts';
import { ensureAdmin, seedDemoIfEmpty } from './seed.ts';

/** Where process-level errors go: the console until the server's logger exists. */
let report: { error(msg: string, err: unknown): void; fatal(msg: string, err: unknown): void } = {
  error: (msg, err) => console.error(msg, err),
  fatal: (msg, err) => console.error(msg, err),
};
let stop: ((signal: string, code: number) => Promise<void>) | null = null;

// A rejected promise nobody awaited is a bug, but not a reason to drop every user's request: log it
// loudly and keep serving.
process.on('unhandledRejection', (reason) =>
  report.error('unhandledRejection (máy chủ vẫn chạy tiếp)', reason),
);
// An uncaught exception leaves the process in an unknown state: log it, stop gracefully and exit
// non-zero so the supervisor (systemd, Docker, Kubernetes) starts a clean instance. Never silently.
process.on('uncaughtException', (err, origin) => {
  report.fatal(`uncaughtException (${origin}): máy chủ dừng để khởi động lại`, err);
  if (stop) void stop('uncaughtException', 1);
  else process.exit(1);
});

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
  report = {
    error: (msg, err) => app.log.error({ err }, msg),
    fatal: (msg, err) => app.log.fatal({ err }, msg),
  };
  // a dropped database connection (PostgreSQL restarting) is logged; the pool reconnects on demand
  database.onBackgroundError = (msg, err) => app.log.warn({ err }, msg);
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
  const shutdown = async (signal: string, code = 0) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: đang dừng`);
    // never hang on a stuck close (a database that does not answer): exit after 10 s anyway
    setTimeout(() => process.exit(code || 1), 10_000).unref();
    try {
      await app.close();
      await stopJobs();
      await database.close();
    } catch (err) {
      app.log.error({ err }, 'lỗi khi dừng');
    } finally {
      process.exit(code);
    }
  };
  stop = shutdown;
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
