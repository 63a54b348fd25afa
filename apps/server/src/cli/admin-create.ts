// npm run admin:create -- <username> : creates an administrator over every root unit, asking for the
// password on standard input (or ADMIN_PASSWORD).
import { createInterface } from 'node:readline/promises';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { ensureAdmin } from '../seed.ts';

const { config, problems } = readConfig();
if (!config) {
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
const username = (process.argv[2] ?? 'admin').toLowerCase();
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question(`Mật khẩu cho ${username} (ít nhất 10 ký tự): `);
  rl.close();
}
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await migrateDatabase(database);
  const r = await ensureAdmin(database, config, password, username);
  console.log(
    r === 'created' ? `Đã tạo quản trị viên "${username}".` : `Người dùng "${username}" đã tồn tại.`,
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await database.close();
}
