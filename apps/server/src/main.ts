import { readConfig } from './config.ts';
import { migrateDatabase } from './db/migrate.ts';
import { buildApp } from './app.ts';
import { systemClock } from './core/context.ts';
import { startJobRunner } from './core/jobs.ts';
import { serializeError } from './core/logger.ts';
import { LOCK_STALE_MS } from './core/process-lock.ts';
import { exitWithProblems, listenProblem, startupChecks } from './core/startup.ts';
import { ensureAdmin, seedDemoIfEmpty } from './seed.ts';
import { seedReferenceData } from './modules/index.ts';
import { closeDocumentPool } from './core/documents/pool.ts';

/** How long a stop may take before the process exits anyway (requests in flight, the job tick). */
const SHUTDOWN_BOUND_MS = 10_000;

/** Where process-level errors go: stderr until the server's logger exists. */
let report: { error(msg: string, err: unknown): void; fatal(msg: string, err: unknown): void } = {
  error: (msg, err) => console.error(msg, serializeError(err).message),
  fatal: (msg, err) => console.error(msg, serializeError(err).message),
};
let stop: ((signal: string, code: number) => Promise<void>) | null = null;
let pendingSignal: string | null = null;

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
// A stop asked for while starting is carried out as soon as the server can stop cleanly (the database
// is not closed in the middle of a migration), within the same bound.
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    if (stop) return void stop(sig, 0);
    if (pendingSignal) return;
    pendingSignal = sig;
    setTimeout(() => process.exit(1), SHUTDOWN_BOUND_MS).unref();
  });

/** The innermost reason of a start-up failure, in one line without SQL or parameters. */
function reason(e: unknown): string {
  let s = serializeError(e);
  while (s.cause) s = s.cause as typeof s;
  return `${s.code ? `${s.code}: ` : ''}${s.message}`;
}

async function main() {
  const { config, problems } = readConfig();
  if (!config) exitWithProblems(problems);
  const started = Date.now();
  // a PGlite lock left by a process killed a moment ago goes stale: wait for it (a supervisor's restart)
  const checked = await startupChecks(config, { lockWaitMs: LOCK_STALE_MS + 5_000 });
  if (!checked.database) exitWithProblems(checked.problems);
  const database = checked.database;

  const app = await buildApp({ database, config, logger: true });
  report = {
    error: (msg, err) => app.log.error({ err }, msg),
    fatal: (msg, err) => app.log.fatal({ err }, msg),
  };
  // a dropped database connection (PostgreSQL restarting) is logged; the pool reconnects on demand
  database.onBackgroundError = (msg, err) => app.log.warn({ err }, msg);

  // one instance at a time (an advisory lock on PostgreSQL): two starting together on an empty
  // database would both create the extensions, both seed the demo province, both create `admin`
  let seeded = false;
  let admins = 0;
  try {
    await database.withStartupLock(async () => {
      await migrateDatabase(database);
      await seedReferenceData(database, config);
      seeded = await seedDemoIfEmpty(database, config);
      await ensureAdmin(database, config);
      const [{ n }] = await database.query<{ n: number }>(
        `select count(distinct u.id)::int as n from role_assignments ra
         join users u on u.id = ra.user_id and u.active where ra.role = 'admin'`,
      );
      admins = n;
    });
  } catch (e) {
    app.log.error({ err: e }, 'khởi động thất bại');
    await database.close().catch(() => {});
    exitWithProblems([`Cơ sở dữ liệu: không chuẩn bị được (migration, dữ liệu ban đầu): ${reason(e)}`]);
  }
  if (pendingSignal) {
    await database.close().catch(() => {});
    process.exit(0);
  }

  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (e) {
    await database.close().catch(() => {});
    exitWithProblems([listenProblem(e as NodeJS.ErrnoException, config.HOST, config.PORT)]);
  }
  const stopJobs =
    config.JOBS === '1'
      ? startJobRunner(database, config, systemClock, (level, m, e) =>
          e ? app.log[level]({ err: e }, m) : app.log[level](m),
        )
      : async () => {};

  // every line on stdout is a JSON log line
  const url = `http://${config.HOST}:${config.PORT}`;
  app.log.info(
    { url, seconds: Number(((Date.now() - started) / 1000).toFixed(1)), driver: database.driver },
    `danvan sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} s: ${url} (API: ${url}/api/docs; cơ sở dữ liệu: ${database.driver === 'pglite' ? `PGlite nhúng tại ${config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)'})`,
  );
  if (seeded) app.log.info('Đã nạp dữ liệu trình diễn (tỉnh mẫu).');
  if (config.demo) {
    const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('./core/demo.ts');
    app.log.info(
      { accounts: DEMO_ACCOUNTS.map((a) => a.username) },
      `Tài khoản trình diễn (mật khẩu chung: ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => `${a.username} (${a.position})`).join('; ')}`,
    );
  }
  if (!admins)
    app.log.warn(
      database.driver === 'pglite'
        ? "Chưa có quản trị viên nào. Tạo tài khoản đầu tiên: dừng máy chủ rồi khởi động lại với ADMIN_PASSWORD='…' (tạo người dùng admin), hoặc dừng máy chủ, chạy npm run admin:create -- <tên đăng nhập>, rồi khởi động lại."
        : "Chưa có quản trị viên nào. Tạo tài khoản đầu tiên: npm run admin:create -- <tên đăng nhập> (cùng DATABASE_URL), hoặc khởi động lại với ADMIN_PASSWORD='…' (tạo người dùng admin).",
    );

  let closing = false;
  const shutdown = async (signal: string, code = 0) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: đang dừng (tối đa ${SHUTDOWN_BOUND_MS / 1000} giây)`);
    // never hang on a stuck close (a database that does not answer): exit after the bound anyway
    setTimeout(() => {
      app.log.error(`${signal}: chưa dừng xong sau ${SHUTDOWN_BOUND_MS / 1000} giây, thoát ngay`);
      process.exit(code || 1);
    }, SHUTDOWN_BOUND_MS).unref();
    try {
      // no new requests, the ones in flight finish; the mail run stops after the message in hand
      await Promise.all([app.close(), stopJobs()]);
      await closeDocumentPool();
      await database.close();
      app.log.info(`${signal}: đã dừng`);
    } catch (err) {
      app.log.error({ err }, 'lỗi khi dừng');
    } finally {
      process.exit(code);
    }
  };
  stop = shutdown;
}

main().catch((e) => {
  report.fatal('khởi động thất bại', e);
  exitWithProblems([`Lỗi không lường trước khi khởi động: ${reason(e)}`]);
});
