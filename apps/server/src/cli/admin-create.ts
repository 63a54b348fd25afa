// npm run admin:create -- <username> : creates an administrator over every root unit, asking for the
// password on standard input (or ADMIN_PASSWORD). With the embedded PGlite the server must be stopped
// first (one process per data directory); with PostgreSQL it may run meanwhile.
import { createInterface } from 'node:readline/promises';
import { readConfig } from '../config.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { passwordProblems } from '../core/passwords.ts';
import { ProcessLockHeld } from '../core/process-lock.ts';
import { databaseProblem } from '../core/startup.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { ensureAdmin } from '../seed.ts';

function fail(lines: string[]): never {
  console.error('Không tạo được quản trị viên:');
  for (const l of lines) console.error(`  - ${l}`);
  process.exit(1);
}

const { config, problems } = readConfig();
if (!config) fail(problems);
const username = (process.argv[2] ?? 'admin').trim().toLowerCase();
if (!/^[a-z0-9._-]{3,}$/.test(username))
  fail([
    `Tên đăng nhập "${username}" không hợp lệ: ít nhất 3 ký tự, chỉ chữ thường không dấu, số, dấu . _ -.`,
  ]);
let password = process.env.ADMIN_PASSWORD ?? '';
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // an input that ends (no terminal, `< /dev/null`) is an empty password, not a hang
  password = await new Promise<string>((resolve) => {
    rl.on('close', () => resolve(''));
    rl.question(`Mật khẩu cho ${username} (ít nhất 10 ký tự): `).then(resolve, () => resolve(''));
  });
  rl.close();
}
if (!password) fail(['Mật khẩu không được để trống.']);
const weak = passwordProblems(password, username);
if (weak.length) fail(weak);

let database: Database;
try {
  database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
} catch (e) {
  if (e instanceof ProcessLockHeld)
    fail([
      `Máy chủ danvan đang chạy trên ${config.DATA_DIR}: hãy dừng máy chủ trước, chạy lại lệnh này, rồi khởi động lại máy chủ.`,
    ]);
  fail([databaseProblem(e, config)]);
}
try {
  const r = await database.withStartupLock(async () => {
    await migrateDatabase(database);
    return ensureAdmin(database, config, password, username);
  });
  if (r === 'created') console.log(`Đã tạo quản trị viên "${username}".`);
  else {
    console.error(
      `Người dùng "${username}" đã tồn tại: không tạo gì. Chọn tên khác, hoặc đặt lại mật khẩu trong màn hình "Người dùng".`,
    );
    process.exitCode = 1;
  }
} catch (e) {
  console.error(`Không tạo được quản trị viên: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
