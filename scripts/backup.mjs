#!/usr/bin/env node
// node scripts/backup.mjs [--out DIR]
// A backup of danvan in one directory: the database (PostgreSQL: `pg_dump -Fc` of DATABASE_URL, taken
// while the servers run; PGlite: a copy of DATA_DIR/pgdata, only while the server is stopped) and the
// evidence files (DATA_DIR/files), with manifest.json: rows and a checksum per table (PostgreSQL) and a
// sha256 per file, which scripts/restore.mjs checks the restored copy against.
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  dataDir,
  fail,
  fingerprint,
  hashFiles,
  lockPglite,
  parseArgs,
  pgTool,
} from './lib/backup-common.mjs';

const { flags } = parseArgs(process.argv.slice(2));
const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
const out = path.resolve(typeof flags.out === 'string' ? flags.out : `danvan-backup-${stamp}`);
if (existsSync(out) && readdirSync(out).length) fail(`Thư mục ${out} đã có dữ liệu: chọn --out khác.`);
mkdirSync(out, { recursive: true });
const data = dataDir();
const url = process.env.DATABASE_URL;
const manifest = {
  createdAt: new Date().toISOString(),
  driver: url ? 'postgres' : 'pglite',
  tables: null,
  files: {},
};

if (url) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((e) => fail(`Không kết nối được DATABASE_URL: ${e.message}`));
  try {
    // one snapshot for the checksums and the dump: pg_dump joins this transaction's snapshot
    await client.query('begin isolation level repeatable read read only');
    const [{ snap }] = (await client.query('select pg_export_snapshot() as snap')).rows;
    const dump = spawnSync(
      pgTool('pg_dump'),
      ['-Fc', `--snapshot=${snap}`, '-f', path.join(out, 'database.dump'), url],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    if (dump.status !== 0) fail('pg_dump thất bại (xem thông báo ở trên).');
    manifest.tables = await fingerprint(async (text) => (await client.query(text)).rows);
    await client.query('commit');
  } finally {
    await client.end();
  }
} else {
  const pgdata = path.join(data, 'pgdata');
  if (!existsSync(pgdata))
    fail(`Không có cơ sở dữ liệu nhúng tại ${pgdata} (đặt DATA_DIR hoặc DATABASE_URL).`);
  const release = await lockPglite(pgdata); // refuses while the server runs; keeps it from starting meanwhile
  try {
    cpSync(pgdata, path.join(out, 'pgdata'), { recursive: true });
    manifest.pgdata = hashFiles(path.join(out, 'pgdata'));
  } finally {
    await release();
  }
}
const files = path.join(data, 'files');
if (existsSync(files)) cpSync(files, path.join(out, 'files'), { recursive: true });
manifest.files = hashFiles(path.join(out, 'files'));
writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
const rows = manifest.tables ? Object.values(manifest.tables).reduce((a, t) => a + t.rows, 0) : null;
console.log(
  `Đã sao lưu vào ${out}: ${manifest.tables ? `${Object.keys(manifest.tables).length} bảng, ${rows} dòng` : 'cơ sở dữ liệu nhúng'}, ${Object.keys(manifest.files).length} tệp minh chứng.`,
);
