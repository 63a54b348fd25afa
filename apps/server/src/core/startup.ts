import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { maskPersonal } from './logger.ts';
import { passwordProblems } from './passwords.ts';
import { ProcessLockHeld } from './process-lock.ts';

// The start-up check: what the configuration check cannot see (a read-only disk, a database that
// does not answer, a port in use, a weak ADMIN_PASSWORD) is found before the server starts and joins
// the same Vietnamese list of problems; the server then exits non-zero without a stack trace.

/** The heading of the list of problems that stop the server at start. */
export const PROBLEMS_HEADING = 'Không khởi động được máy chủ danvan, cần sửa:';

/** Prints the problems (stderr) and exits 1. */
export function exitWithProblems(problems: string[]): never {
  console.error(PROBLEMS_HEADING);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

const FS_REASONS: Record<string, string> = {
  EROFS: 'ổ đĩa chỉ cho đọc',
  EACCES: 'không có quyền ghi',
  EPERM: 'không có quyền ghi',
  ENOSPC: 'ổ đĩa đã đầy',
  ENOTDIR: 'một phần của đường dẫn không phải thư mục',
  EEXIST: 'đã có một tệp trùng tên với thư mục',
  EDQUOT: 'vượt hạn mức dung lượng',
};

/** DATA_DIR and DATA_DIR/files accept a file (the evidence files go there; PGlite's database too). */
export function checkDataDir(dataDir: string, needsDatabaseDir: boolean): string[] {
  const dirs = [path.join(dataDir, 'files'), ...(needsDatabaseDir ? [dataDir] : [])];
  for (const dir of dirs) {
    const probe = path.join(dir, `.ghi-thu-${process.pid}`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(probe, 'danvan');
      rmSync(probe, { force: true });
    } catch (e) {
      let code = (e as NodeJS.ErrnoException).code ?? '';
      if (code === 'ENOENT') {
        // a recursive mkdir on a read-only disk says ENOENT: ask once more without it for the real reason
        try {
          mkdirSync(dir);
        } catch (again) {
          code = (again as NodeJS.ErrnoException).code ?? code;
        }
      }
      return [
        `DATA_DIR: không ghi được vào ${dir} (${FS_REASONS[code] ?? code}). Hãy cấp quyền ghi cho tài khoản chạy máy chủ hoặc chọn DATA_DIR khác.`,
      ];
    }
  }
  return [];
}

/** The port can be bound on HOST (nothing else listens there). */
export function checkPort(host: string, port: number): Promise<string[]> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', (e: NodeJS.ErrnoException) => resolve([listenProblem(e, host, port)]));
    s.listen({ port, host, exclusive: true }, () => s.close(() => resolve([])));
  });
}

/** A Vietnamese reason for a failed listen(). */
export function listenProblem(e: NodeJS.ErrnoException, host: string, port: number): string {
  if (e.code === 'EADDRINUSE')
    return `PORT: cổng ${port} trên ${host} đang được một chương trình khác dùng (một máy chủ danvan khác?). Hãy dừng chương trình đó hoặc đặt PORT khác.`;
  if (e.code === 'EACCES')
    return `PORT: không có quyền mở cổng ${port} (cổng dưới 1024 cần quyền quản trị). Hãy dùng cổng từ 1024 trở lên, sau một reverse proxy.`;
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND')
    return `HOST: ${host} không phải địa chỉ của máy này.`;
  return `PORT: không mở được cổng ${port} trên ${host} (${e.code ?? e.message}).`;
}

/** ADMIN_PASSWORD must pass the same rules as every password (it creates the account `admin`). */
export function checkAdminPassword(config: Pick<Config, 'ADMIN_PASSWORD'>): string[] {
  if (!config.ADMIN_PASSWORD) return [];
  return passwordProblems(config.ADMIN_PASSWORD, 'admin').map((p) => `ADMIN_PASSWORD: ${p}`);
}

/** Where DATABASE_URL points, without its password. */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}/${decodeURIComponent(u.pathname.slice(1))}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** A Vietnamese reason for a database that cannot be opened. */
export function databaseProblem(e: unknown, config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): string {
  if (e instanceof ProcessLockHeld) return `DATA_DIR: ${e.message}`;
  const { code, message } = (e ?? {}) as { code?: string; message?: string };
  if (!config.DATABASE_URL) {
    const reason = code && FS_REASONS[code];
    return reason
      ? `DATA_DIR: không mở được cơ sở dữ liệu nhúng tại ${path.join(config.DATA_DIR, 'pgdata')} (${reason}).`
      : `DATA_DIR: không mở được cơ sở dữ liệu nhúng tại ${path.join(config.DATA_DIR, 'pgdata')} (${maskPersonal(message ?? String(e))}).`;
  }
  const at = where(config.DATABASE_URL);
  switch (code) {
    case 'ECONNREFUSED':
      return `DATABASE_URL: PostgreSQL tại ${at} từ chối kết nối (chưa chạy, hoặc sai địa chỉ hay cổng).`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `DATABASE_URL: không tìm thấy máy chủ cơ sở dữ liệu ${at} (sai tên máy?).`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `DATABASE_URL: không tới được PostgreSQL tại ${at} (mạng hoặc tường lửa).`;
    case '28P01':
    case '28000':
      return `DATABASE_URL: PostgreSQL tại ${at} từ chối tài khoản (sai tên đăng nhập hoặc mật khẩu, hoặc pg_hba.conf không cho phép).`;
    case '3D000':
      return `DATABASE_URL: cơ sở dữ liệu ${at} không tồn tại. Tạo nó trước (createdb -O <vai trò> <tên>).`;
    case '42501':
      return `DATABASE_URL: vai trò của ứng dụng thiếu quyền trên ${at} (${maskPersonal(message ?? '')}).`;
    case '53300':
      return `DATABASE_URL: PostgreSQL tại ${at} đã hết kết nối (max_connections).`;
  }
  if (/timeout exceeded when trying to connect/.test(message ?? ''))
    return `DATABASE_URL: PostgreSQL tại ${at} không trả lời trong 10 giây.`;
  return `DATABASE_URL: không kết nối được PostgreSQL tại ${at} (${code ? `${code}: ` : ''}${maskPersonal(message ?? String(e))}).`;
}

/**
 * Every check of the start-up; returns the open database when there is no problem. With PGlite, a
 * lock left by a process that was just killed is waited for (`lockWaitMs`).
 */
export async function startupChecks(
  config: Config,
  opts: { lockWaitMs?: number; port?: boolean } = {},
): Promise<{ problems: string[]; database?: Database }> {
  const problems = [
    ...checkDataDir(config.DATA_DIR, !config.DATABASE_URL),
    ...checkAdminPassword(config),
    ...(opts.port === false ? [] : await checkPort(config.HOST, config.PORT)),
  ];
  let database: Database | undefined;
  if (!(problems.some((p) => p.startsWith('DATA_DIR')) && !config.DATABASE_URL)) {
    try {
      database = await openDatabase({
        databaseUrl: config.DATABASE_URL,
        dataDir: config.DATA_DIR,
        lockWaitMs: opts.lockWaitMs,
      });
    } catch (e) {
      problems.push(databaseProblem(e, config));
    }
  }
  if (problems.length && database) {
    await database.close().catch(() => {});
    database = undefined;
  }
  return { problems, database };
}
