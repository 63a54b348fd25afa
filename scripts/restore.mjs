#!/usr/bin/env node
// node scripts/restore.mjs <backup-dir> [--role ROLE]
// Restores a backup of scripts/backup.mjs, then checks it: every table's rows and checksum and every
// file's sha256 must equal the backup's manifest. Every session is revoked afterwards (everyone signs
// in again: a session revoked after the backup must not come back).
// PostgreSQL: DATABASE_URL is the target database, empty (createdb -O <app role> <name>). The dump is
//   restored with --no-owner --no-privileges, so every object belongs to the role that restores, or
//   to --role ROLE when a superuser restores on the app role's behalf (pg_restore --role).
// PGlite: the server must be stopped; the current DATA_DIR/pgdata and DATA_DIR/files are moved aside
//   to DATA_DIR/before-restore-<time>/.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs';
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

const { flags, rest } = parseArgs(process.argv.slice(2));
const dir = rest[0]
  ? path.resolve(rest[0])
  : fail('Dùng: node scripts/restore.mjs <thư mục sao lưu> [--role vai_trò]');
const manifestFile = path.join(dir, 'manifest.json');
if (!existsSync(manifestFile)) fail(`${dir} không phải một bản sao lưu (thiếu manifest.json).`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const url = process.env.DATABASE_URL;
if ((manifest.driver === 'postgres') !== Boolean(url))
  fail(
    manifest.driver === 'postgres'
      ? 'Bản sao lưu này là của PostgreSQL: đặt DATABASE_URL là cơ sở dữ liệu đích (trống).'
      : 'Bản sao lưu này là của PGlite nhúng: bỏ DATABASE_URL, đặt DATA_DIR.',
  );
const data = dataDir();
const problems = [];
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
const aside = path.join(data, `before-restore-${stamp}`);

/** Moves DATA_DIR/<name> aside when it has anything in it. */
function moveAside(name) {
  const p = path.join(data, name);
  if (existsSync(p) && readdirSync(p).length) {
    mkdirSync(aside, { recursive: true });
    renameSync(p, path.join(aside, name));
    console.log(`  ${p} đã được chuyển sang ${path.join(aside, name)}`);
  }
}

function compareFiles(label, expected, actualDir) {
  const actual = hashFiles(actualDir);
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  let same = 0;
  for (const k of keys) {
    if (expected[k] === actual[k]) same++;
    else problems.push(`${label} ${k}: ${!actual[k] ? 'thiếu' : !expected[k] ? 'thừa' : 'nội dung khác'}`);
  }
  console.log(`  ${label}: ${same}/${keys.size} tệp giống hệt bản sao lưu`);
}

if (url) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((e) => fail(`Không kết nối được DATABASE_URL: ${e.message}`));
  try {
    const [{ n }] = (
      await client.query(`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`)
    ).rows;
    if (n > 0)
      fail('Cơ sở dữ liệu đích không trống: tạo một cơ sở dữ liệu mới (createdb -O <vai trò> <tên>).');
    const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '-d', url];
    if (typeof flags.role === 'string') args.push(`--role=${flags.role}`);
    const r = spawnSync(pgTool('pg_restore'), [...args, path.join(dir, 'database.dump')], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0)
      fail('pg_restore thất bại (xem thông báo ở trên); cơ sở dữ liệu đích không bị thay đổi.');
    const got = await fingerprint(async (text) => (await client.query(text)).rows);
    const names = new Set([...Object.keys(manifest.tables), ...Object.keys(got)]);
    let same = 0;
    for (const t of names) {
      const a = manifest.tables[t];
      const b = got[t];
      if (a && b && a.rows === b.rows && a.checksum === b.checksum) same++;
      else
        problems.push(
          `bảng ${t}: sao lưu ${a ? `${a.rows} dòng` : 'không có'}, khôi phục ${b ? `${b.rows} dòng` : 'không có'}${a && b && a.rows === b.rows ? ' (nội dung khác)' : ''}`,
        );
    }
    console.log(`  cơ sở dữ liệu: ${same}/${names.size} bảng khớp số dòng và tổng kiểm`);
    const revoked = await client.query(`update sessions set revoked_at = now() where revoked_at is null`);
    console.log(`  đã thu hồi ${revoked.rowCount} phiên đăng nhập (mọi người đăng nhập lại)`);
  } finally {
    await client.end();
  }
} else {
  const pgdata = path.join(data, 'pgdata');
  mkdirSync(data, { recursive: true });
  const release = await lockPglite(pgdata); // refuses while the server runs
  try {
    moveAside('pgdata');
    cpSync(path.join(dir, 'pgdata'), pgdata, { recursive: true });
    compareFiles('pgdata', manifest.pgdata, pgdata);
    if (!problems.length) {
      const { PGlite } = await import('@electric-sql/pglite');
      const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
      const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
      const db = await PGlite.create(pgdata, { extensions: { pg_trgm, unaccent } });
      const r = await db.query(`update sessions set revoked_at = now() where revoked_at is null`);
      await db.close();
      console.log(`  đã thu hồi ${r.affectedRows ?? 0} phiên đăng nhập (mọi người đăng nhập lại)`);
    }
  } finally {
    await release();
  }
}
moveAside('files');
if (existsSync(path.join(dir, 'files')))
  cpSync(path.join(dir, 'files'), path.join(data, 'files'), { recursive: true });
compareFiles('tệp minh chứng', manifest.files, path.join(data, 'files'));

if (problems.length) {
  console.error('✗ Bản khôi phục KHÔNG khớp bản sao lưu:');
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`✓ Đã khôi phục ${dir}: khớp bản sao lưu.`);
