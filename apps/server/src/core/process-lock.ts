import { mkdirSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * One process at a time on an embedded PGlite database: PGlite has no locking of its own, and two
 * processes on one data directory corrupt it (a row found by a scan but not by its unique index).
 * The lock is `DATA_DIR/pgdata.lock` (proper-lockfile: an exclusive mkdir whose time the owner
 * refreshes every few seconds, so it works across hosts and a killed owner's lock goes stale).
 */
export class ProcessLockHeld extends Error {
  constructor(readonly dir: string) {
    super(
      `Cơ sở dữ liệu nhúng tại ${dir} đang được một tiến trình khác dùng (máy chủ danvan đang chạy?). ` +
        'Hãy dừng máy chủ trước rồi chạy lại; để chạy nhiều tiến trình cùng lúc, dùng PostgreSQL (DATABASE_URL).',
    );
    this.name = 'ProcessLockHeld';
  }
}

/** A lock not refreshed for this long belongs to a process that died. */
export const LOCK_STALE_MS = 20_000;

/**
 * Takes the lock of a PGlite directory or throws ProcessLockHeld. `waitMs` waits for a lock left
 * by a process that was just killed to go stale (a supervisor restarting the server). Returns the
 * function that releases it (also released when the process exits).
 */
export async function acquireProcessLock(dir: string, waitMs = 0): Promise<() => Promise<void>> {
  mkdirSync(dir, { recursive: true });
  const retries = Math.ceil(waitMs / 1000);
  try {
    const release = await lockfile.lock(dir, {
      lockfilePath: `${dir}.lock`,
      stale: LOCK_STALE_MS,
      update: LOCK_STALE_MS / 4,
      realpath: false,
      retries: retries ? { retries, factor: 1, minTimeout: 1000, maxTimeout: 1000 } : 0,
    });
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      await release().catch(() => {});
    };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') throw new ProcessLockHeld(path.resolve(dir));
    throw e;
  }
}
