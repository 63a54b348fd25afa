// Shared by scripts/backup.mjs and scripts/restore.mjs: PostgreSQL tools, table fingerprints, file
// hashes, the PGlite directory lock.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Flags: --name value or --name=value; the rest are positional. */
export function parseArgs(argv) {
  const flags = {};
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) rest.push(a);
    else if (a.includes('=')) flags[a.slice(2, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) flags[a.slice(2)] = argv[++i];
    else flags[a.slice(2)] = true;
  }
  return { flags, rest };
}

/** pg_dump / pg_restore: from PATH, else the newest /usr/lib/postgresql/<v>/bin. */
export function pgTool(name) {
  if (spawnSync('sh', ['-c', `command -v ${name}`]).status === 0) return name;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const v = readdirSync(base)
      .filter((d) => existsSync(path.join(base, d, 'bin', name)))
      .sort((a, b) => Number(b) - Number(a))[0];
    if (v) return path.join(base, v, 'bin', name);
  }
  fail(`Không tìm thấy ${name} (cài postgresql-client cùng phiên bản với máy chủ PostgreSQL).`);
}

export function dataDir() {
  return path.resolve(process.env.DATA_DIR || path.join(process.cwd(), '.data'));
}

/** Every regular file under `dir`, as relative path → sha256. */
export function hashFiles(dir) {
  const out = {};
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile())
        out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Rows and a checksum of every table of the application (schemas public and drizzle), through a
 * query function `q(text) → rows`. The checksum is over the sorted md5 of each row's text form.
 */
export async function fingerprint(q) {
  const tables = await q(
    `select schemaname as s, tablename as t from pg_tables
     where schemaname in ('public', 'drizzle') order by 1, 2`,
  );
  const out = {};
  for (const { s, t } of tables) {
    const [r] = await q(
      `select count(*)::int as rows,
              coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') as checksum
       from "${s}"."${t}" x`,
    );
    out[`${s}.${t}`] = { rows: r.rows, checksum: r.checksum };
  }
  return out;
}

/** The PGlite data directory's lock (the server holds it while it runs; see core/process-lock.ts). */
export async function lockPglite(pgdata) {
  const lockfile = (await import('proper-lockfile')).default;
  try {
    return await lockfile.lock(pgdata, { lockfilePath: `${pgdata}.lock`, stale: 20_000, realpath: false });
  } catch (e) {
    if (e.code === 'ELOCKED')
      fail(`Máy chủ danvan đang chạy trên ${path.dirname(pgdata)}: hãy dừng máy chủ trước rồi chạy lại.`);
    throw e;
  }
}
