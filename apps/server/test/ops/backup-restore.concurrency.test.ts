import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { openPostgres } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { seedDemoIfEmpty } from '../../src/seed.ts';
import { ROOT_DIR, serverEnv, withClient } from './server-process.ts';

// The backup and restore of docs/OPERATIONS.md, as written: a database owned by the application's
// role (danvan_app), backed up with scripts/backup.mjs while it has data, sessions and evidence files;
// restored by scripts/restore.mjs on a cluster where that role does not own the target (a new role,
// through `--role`), compared table by table (rows and checksums) and file by file (sha256), and every
// session revoked.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tmp = (p: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), p));
  dirs.push(d);
  return d;
};

function script(name: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(ROOT_DIR, 'scripts', name), ...args], {
    cwd: ROOT_DIR,
    env: serverEnv(env),
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe.skipIf(process.env.TEST_DB !== 'postgres')(
  'backup → restore → compare (PostgreSQL)',
  { timeout: 400_000 },
  () => {
    it('restores an app-owned database under another role, identical table by table and file by file, sessions revoked', async () => {
      const admin = inject('pgUrl'); // the cluster's superuser
      const suffix = randomBytes(3).toString('hex');
      const [appRole, newRole] = [`danvan_app_${suffix}`, `danvan_moi_${suffix}`];
      await withClient(admin, async (c) => {
        await c.query(`create role ${appRole} login password 'matkhau-app'`);
        await c.query(`create role ${newRole} login password 'matkhau-moi'`);
        await c.query(`create database src_${suffix} owner ${appRole}`);
        await c.query(`create database dst_${suffix} owner ${newRole}`);
      });
      const u = new URL(admin);
      const at = (role: string, pw: string, db: string) =>
        `postgres://${role}:${pw}@${u.hostname}:${u.port}/${db}`;
      const srcUrl = at(appRole, 'matkhau-app', `src_${suffix}`);

      // the source: migrated and seeded by the application's own role, with a live session
      const db = await openPostgres(srcUrl, 3);
      try {
        await migrateDatabase(db);
        const { config } = readConfig({ DEMO: '1', DATA_DIR: '/tmp/unused', LOG_LEVEL: 'silent' } as never);
        await seedDemoIfEmpty(db, config!);
        await db.query(
          `insert into sessions (token_hash, user_id, expires_at)
         select 'h-' || id, id, now() + interval '1 hour' from users order by id limit 3`,
        );
      } finally {
        await db.close();
      }
      const srcData = tmp('danvan-src-');
      mkdirSync(path.join(srcData, 'files', '2026', '05'), { recursive: true });
      writeFileSync(path.join(srcData, 'files', '2026', '05', 'bien-ban.pdf'), randomBytes(50_000));
      writeFileSync(path.join(srcData, 'files', '2026', '05', 'anh.jpg'), randomBytes(7_000));

      const backupDir = path.join(tmp('danvan-bk-'), 'sao-luu');
      const b = script('backup.mjs', ['--out', backupDir], { DATABASE_URL: srcUrl, DATA_DIR: srcData });
      expect(b.code, b.out).toBe(0);
      const manifest = JSON.parse(readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'));
      expect(Object.keys(manifest.files)).toHaveLength(2);
      expect(manifest.tables['public.org_units'].rows).toBeGreaterThan(10);

      // the procedure as written: a superuser restores into the new role's database with --role
      const dstData = tmp('danvan-dst-');
      const r = script('restore.mjs', [backupDir, '--role', newRole], {
        DATABASE_URL: at('postgres', '', `dst_${suffix}`).replace('postgres:@', 'postgres@'),
        DATA_DIR: dstData,
      });
      console.log(r.out.trim());
      expect(r.code, r.out).toBe(0);
      expect(r.out).toContain('✓ Đã khôi phục');
      expect(r.out).not.toContain('does not exist');
      expect(r.out).toMatch(/cơ sở dữ liệu: (\d+)\/\1 bảng khớp/);
      expect(r.out).toContain('tệp minh chứng: 2/2 tệp giống hệt bản sao lưu');
      expect(readFileSync(path.join(dstData, 'files', '2026', '05', 'bien-ban.pdf'))).toEqual(
        readFileSync(path.join(srcData, 'files', '2026', '05', 'bien-ban.pdf')),
      );

      // the new role owns everything and the application works under it; no session survives
      const dstUrl = at(newRole, 'matkhau-moi', `dst_${suffix}`);
      await withClient(dstUrl, async (c) => {
        const owners = (
          await c.query(`select distinct tableowner from pg_tables where schemaname in ('public', 'drizzle')`)
        ).rows.map((x) => x.tableowner);
        expect(owners).toEqual([newRole]);
        const live = (await c.query(`select count(*)::int as n from sessions where revoked_at is null`))
          .rows[0].n;
        expect(live).toBe(0);
        await c.query(`insert into mail_outbox ("to", subject, body) values ('a@b.vn', 's', 'b')`);
      });
      const dst = await openPostgres(dstUrl, 2);
      try {
        await migrateDatabase(dst); // nothing left to apply, and allowed for the new owner
      } finally {
        await dst.close();
      }

      // a second restore into the now non-empty database is refused, leaving it as it is
      const again = script('restore.mjs', [backupDir, '--role', newRole], {
        DATABASE_URL: dstUrl,
        DATA_DIR: dstData,
      });
      expect(again.code).toBe(1);
      expect(again.out).toContain('Cơ sở dữ liệu đích không trống');
    });
  },
);
