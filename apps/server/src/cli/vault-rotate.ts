// npm run vault:rotate : re-encrypts every protected identity and scan of the vault under the current
// key (the last line of VAULT_KEY_FILE, or of VAULT_KEYS), and recomputes the blind indexes under it.
// Afterwards the older keys may be removed from the key file. With the embedded PGlite the server must
// be stopped first (one process per data directory); with PostgreSQL it may run meanwhile (each batch
// locks its rows). Running it twice is harmless.
import { readConfig } from '../config.ts';
import { systemCtx } from '../core/context.ts';
import { ProcessLockHeld } from '../core/process-lock.ts';
import { databaseProblem } from '../core/startup.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { rotateVaultKeys } from '../modules/vault/index.ts';

function fail(lines: string[]): never {
  console.error('Không xoay được khóa mã hóa danh tính người tố cáo:');
  for (const l of lines) console.error(`  - ${l}`);
  process.exit(1);
}

const { config, problems } = readConfig();
if (!config) fail(problems);

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
  await database.withStartupLock(() => migrateDatabase(database));
  const r = await rotateVaultKeys(systemCtx(database.db, config));
  console.log(
    `Khóa hiện hành: ${r.keyId}. Đã mã hóa lại ${r.identities} danh tính và ${r.scans} bản quét (bản ghi đã dùng khóa này được giữ nguyên).`,
  );
  if (r.failed.length) {
    console.error(`${r.failed.length} bản ghi không mở được, giữ nguyên; chưa được bỏ khóa cũ:`);
    for (const f of r.failed) console.error(`  - ${f.table} #${f.id}: ${f.reason}`);
    process.exitCode = 1;
  } else console.log('Có thể bỏ các khóa cũ khỏi tệp khóa (giữ lại dòng cuối).');
} catch (e) {
  console.error(`Không xoay được khóa: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
