import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { ProcessLockHeld } from '../../src/core/process-lock.ts';
import { SERVER_DIR, serverEnv } from './server-process.ts';

// PGlite is one process per data directory: a second opener (a second server, or the admin CLI while
// the server runs) is refused before it touches the files, and the CLI says to stop the server first.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function dataDir() {
  const d = mkdtempSync(path.join(os.tmpdir(), 'danvan-lock-'));
  dirs.push(d);
  return d;
}

/** Runs the admin CLI (`npm run admin:create -- <user>`) with `input` on its standard input. */
function adminCreate(env: Record<string, string>, args: string[], input = '') {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/admin-create.ts', ...args], {
      cwd: SERVER_DIR,
      env: serverEnv(env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.stdin.end(input);
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

async function usernames(db: Database) {
  return (await db.query<{ username: string }>('select username from users order by username')).map(
    (r) => r.username,
  );
}

describe('PGlite: one process per data directory', { timeout: 300_000 }, () => {
  it('a second opener of the same directory is refused; after close it opens again', async () => {
    const dir = path.join(dataDir(), 'pgdata');
    const first = await openPglite(dir);
    try {
      await expect(openPglite(dir)).rejects.toBeInstanceOf(ProcessLockHeld);
    } finally {
      await first.close();
    }
    const again = await openPglite(dir);
    await again.close();
  });

  it('admin:create while the server holds the directory: refused, says to stop the server, creates nothing', async () => {
    const d = dataDir();
    const server = await openPglite(path.join(d, 'pgdata')); // stands for the running server
    try {
      await migrateDatabase(server);
      const r = await adminCreate({ DATA_DIR: d, ADMIN_PASSWORD: 'QuanTri@Khoi2026' }, ['quantri2']);
      expect(r.code, r.out + r.err).toBe(1);
      expect(r.err).toContain('hãy dừng máy chủ trước');
      expect(r.out).not.toContain('Đã tạo');
      expect(await usernames(server)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('admin:create: an empty password is an error; a good one creates the account once', async () => {
    const d = dataDir();
    const empty = await adminCreate({ DATA_DIR: d }, ['quantri2'], '\n');
    expect(empty.code, empty.out + empty.err).toBe(1);
    expect(empty.err).toContain('Mật khẩu không được để trống.');
    expect(empty.out + empty.err).not.toContain('đã tồn tại');

    const weak = await adminCreate({ DATA_DIR: d, ADMIN_PASSWORD: 'quantri2-abc' }, ['quantri2']);
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('Mật khẩu không được chứa tên đăng nhập.');

    const ok = await adminCreate({ DATA_DIR: d, ADMIN_PASSWORD: 'QuanTri@Khoi2026' }, ['quantri2']);
    expect(ok.code, ok.out + ok.err).toBe(0);
    expect(ok.out).toContain('Đã tạo quản trị viên "quantri2".');
    const again = await adminCreate({ DATA_DIR: d, ADMIN_PASSWORD: 'QuanTri@Khoi2026' }, ['quantri2']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('đã tồn tại');

    const db = await openPglite(path.join(d, 'pgdata'));
    try {
      expect(await usernames(db)).toEqual(['quantri2']);
    } finally {
      await db.close();
    }
  });
});
