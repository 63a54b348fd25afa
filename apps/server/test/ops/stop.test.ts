import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../pg-cluster.ts';
import { ROOT_DIR, sleep, spawnServer } from './server-process.ts';

// `npm start` (and `node scripts/start.mjs`) must stop on SIGTERM: the server process receives it,
// stops gracefully within its bound and releases the embedded database; no process is left running.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every descendant process of `pid`. */
function descendants(pid: number): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const kids = out
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
  return kids.flatMap((k) => [k, ...descendants(k)]);
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('stopping the server', { timeout: 400_000 }, () => {
  it('SIGTERM to `npm start` stops every process of it within the bound and releases PGlite', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-stop-'));
    dirs.push(dataDir);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const s = spawnServer(
      { PORT: String(await freePort()), DATA_DIR: dataDir, DEMO: '0', JOBS: '1' },
      { file: npm, args: ['start'], cwd: ROOT_DIR },
    );
    let tree: number[] = [];
    try {
      await s.ready();
      tree = [s.child.pid!, ...descendants(s.child.pid!)];
      expect(tree.length).toBeGreaterThan(1);
      const hadLock = existsSync(path.join(dataDir, 'pgdata.lock'));
      const t0 = Date.now();
      s.child.kill('SIGTERM');
      const until = t0 + 15_000;
      while (tree.some(alive) && Date.now() < until) await sleep(100);
      const left = tree.filter(alive);
      const took = Date.now() - t0;
      console.log(`npm start: ${tree.length} processes stopped ${left.length ? 'NOT ' : ''}in ${took} ms`);
      expect(left, `still running after SIGTERM:\n${s.out()}\n${s.err()}`).toEqual([]);
      expect(took).toBeLessThan(12_000);
      expect(s.out()).toContain('SIGTERM: đã dừng');
      expect(hadLock).toBe(true);
      expect(existsSync(path.join(dataDir, 'pgdata.lock'))).toBe(false);
    } finally {
      // what the SIGTERM left running (orphaned, so no longer below npm) is killed here
      for (const p of new Set([...tree, s.child.pid!, ...descendants(s.child.pid!)]))
        if (alive(p)) process.kill(p, 'SIGKILL');
    }
  });

  it('`node scripts/start.mjs`: every stdout line is JSON, a search term is not in it, SIGTERM exits 0', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-stop-'));
    dirs.push(dataDir);
    const s = spawnServer(
      {
        PORT: String(await freePort()),
        DATA_DIR: dataDir,
        DEMO: '0',
        JOBS: '1',
        ADMIN_PASSWORD: 'QuanTri@Khoi2026',
      },
      { file: process.execPath, args: ['scripts/start.mjs'], cwd: ROOT_DIR },
    );
    try {
      await s.ready();
      await fetch(`${s.base}/api/v1/users?q=${encodeURIComponent('Trần Văn Canary 0912345678')}`);
      await fetch(`${s.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: s.base },
        body: JSON.stringify({ username: 'admin', password: 'QuanTri@Khoi2026' }),
      });
      await sleep(300);
      s.child.kill('SIGTERM');
      expect(await s.waitExit(15_000)).toEqual({ code: 0, signal: null });
      const lines = s
        .out()
        .split('\n')
        .filter((l) => l.trim() !== '');
      const bad = lines.filter((l) => {
        try {
          JSON.parse(l);
          return false;
        } catch {
          return true;
        }
      });
      console.log(`stdout: ${lines.length} lines, ${bad.length} not JSON`);
      expect(bad).toEqual([]);
      expect(s.out()).not.toMatch(/Canary|0912345678|Tr%E1%BA%A7n/);
      expect(s.out()).toContain('danvan sẵn sàng');
    } finally {
      await s.stop();
    }
  });
});
