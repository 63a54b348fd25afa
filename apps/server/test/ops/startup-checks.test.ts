import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../pg-cluster.ts';
import { spawnServer } from './server-process.ts';

// Problems that only show when the server tries (a read-only disk, a port in use, a database that
// does not answer or does not exist, a weak ADMIN_PASSWORD) stop it at start with the Vietnamese list
// (stderr), exit code 1 and no stack trace.

const HEADING = 'Không khởi động được máy chủ danvan, cần sửa:';
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'danvan-check-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function startExpectingProblems(env: Record<string, string>) {
  const s = spawnServer({ PORT: String(await freePort()), DEMO: '0', JOBS: '0', ...env });
  const exit = await s.waitExit(240_000);
  if (!exit) await s.stop();
  const err = s.err();
  expect(exit, `${s.out()}\n${err}`).toEqual({ code: 1, signal: null });
  expect(err).toContain(HEADING);
  expect(err).not.toMatch(/^\s+at /m); // no stack trace
  return err;
}

/** A read-only directory: a read-only tmpfs when this runs as root, else a `files` that is a file. */
function readOnlyDataDir(): { dir: string; cleanup: () => void } {
  const dir = tmp();
  if (process.getuid?.() === 0) {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir], { stdio: 'pipe' });
      return { dir, cleanup: () => execFileSync('umount', [dir], { stdio: 'pipe' }) };
    } catch {
      // no mount here: fall through
    }
  }
  writeFileSync(path.join(dir, 'files'), 'not a directory');
  return { dir, cleanup: () => {} };
}

describe('start-up checks', { timeout: 300_000 }, () => {
  it('a read-only DATA_DIR is named in the list (not EROFS with a stack trace)', async () => {
    const ro = readOnlyDataDir();
    try {
      const err = await startExpectingProblems({ DATA_DIR: ro.dir });
      expect(err).toMatch(
        /DATA_DIR: không ghi được vào .*files \((ổ đĩa chỉ cho đọc|đã có một tệp trùng tên với thư mục)\)/,
      );
    } finally {
      ro.cleanup();
    }
  });

  it('a port in use and a weak ADMIN_PASSWORD are listed together', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    try {
      const dataDir = tmp();
      const err = await startExpectingProblems({
        DATA_DIR: dataDir,
        PORT: String(port),
        ADMIN_PASSWORD: 'matkhau',
      });
      expect(err).toContain(`PORT: cổng ${port} trên 127.0.0.1 đang được một chương trình khác dùng`);
      expect(err).toContain('ADMIN_PASSWORD: Mật khẩu phải có ít nhất 10 ký tự.');
      expect(err).toContain('ADMIN_PASSWORD: Mật khẩu phải có ít nhất ba trong bốn loại');
    } finally {
      blocker.close();
    }
  });

  it('an unreachable PostgreSQL is named with its address, without the password', async () => {
    const port = await freePort();
    const err = await startExpectingProblems({
      DATA_DIR: tmp(),
      DATABASE_URL: `postgres://danvan:BiMat123@127.0.0.1:${port}/danvan`,
    });
    expect(err).toContain(`DATABASE_URL: PostgreSQL tại 127.0.0.1:${port}/danvan từ chối kết nối`);
    expect(err).not.toContain('BiMat123');
  });

  it.skipIf(process.env.TEST_DB !== 'postgres')(
    'a database that does not exist says how to create it',
    async () => {
      const url = inject('pgUrl').replace(/\/postgres$/, '/khong_co_csdl_nay');
      const err = await startExpectingProblems({ DATA_DIR: tmp(), DATABASE_URL: url });
      expect(err).toMatch(/DATABASE_URL: cơ sở dữ liệu .*khong_co_csdl_nay không tồn tại\. Tạo nó trước/);
    },
  );

  it('a fine start still passes the checks (and DATA_DIR/files is created)', async () => {
    const dataDir = tmp();
    mkdirSync(dataDir, { recursive: true });
    const s = spawnServer({ PORT: String(await freePort()), DEMO: '0', JOBS: '0', DATA_DIR: dataDir });
    try {
      await s.ready();
      // DEMO=0 and no ADMIN_PASSWORD: the log says there is no administrator and how to make one
      expect(s.out()).toContain('Chưa có quản trị viên nào. Tạo tài khoản đầu tiên');
      expect(s.out()).toContain('npm run admin:create');
    } finally {
      await s.stop();
    }
  });
});
