import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';

// The real server in its own process, for the operations tests (start, stop, several instances).

export const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ROOT_DIR = path.resolve(SERVER_DIR, '../..');
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  out: () => string;
  err: () => string;
  exited: () => { code: number | null; signal: string | null } | null;
  /** Resolves when the process has exited (at most `ms`), with its exit. */
  waitExit(ms: number): Promise<{ code: number | null; signal: string | null } | null>;
  /** Waits until /readyz answers 200 (throws with the output if the process exits or `ms` pass). */
  ready(ms?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A clean environment for a server: no test-runner variables, logs as JSON, production mode, with a
 * throwaway identity-vault key (production refuses to start without one; a test may override it).
 */
export function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TEST_DB: '', VITEST: '', NODE_ENV: 'production' };
  for (const k of Object.keys(env)) if (k.startsWith('VITEST_')) delete env[k];
  delete env.DATABASE_URL;
  delete env.ADMIN_PASSWORD;
  delete env.SMTP_URL;
  delete env.VAULT_KEY_FILE;
  return {
    ...env,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    WEB_DIST: '/nonexistent-web-dist',
    VAULT_KEYS: `ops-test:${Buffer.alloc(32, 3).toString('base64')}`,
    ...extra,
  };
}

/** Spawns `cmd args` (default: the server's main.ts through tsx) with `env`. */
export function spawnServer(
  env: Record<string, string>,
  cmd: { file: string; args: string[]; cwd?: string } = {
    file: process.execPath,
    args: ['--import', 'tsx', 'src/main.ts'],
  },
): ServerProcess {
  const child = spawn(cmd.file, cmd.args, {
    cwd: cmd.cwd ?? SERVER_DIR,
    env: serverEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let exit: { code: number | null; signal: string | null } | null = null;
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const done = new Promise<void>((r) =>
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      r();
    }),
  );
  const base = `http://127.0.0.1:${env.PORT}`;
  const sp: ServerProcess = {
    child,
    base,
    out: () => out,
    err: () => err,
    exited: () => exit,
    async waitExit(ms) {
      await Promise.race([done, sleep(ms)]);
      return exit;
    },
    async ready(ms = 300_000) {
      const until = Date.now() + ms;
      for (;;) {
        if (exit) throw new Error(`the server exited at start (${JSON.stringify(exit)}):\n${out}\n${err}`);
        const r = await fetch(`${base}/readyz`).catch(() => null);
        if (r?.ok) return;
        if (Date.now() > until) throw new Error(`the server did not start:\n${out}\n${err}`);
        await sleep(200);
      }
    },
    async stop() {
      if (exit) return;
      child.kill('SIGTERM');
      if (!(await sp.waitExit(15_000))) child.kill('SIGKILL');
      await sp.waitExit(5_000);
    },
  };
  return sp;
}

/** A new empty database in the test cluster (TEST_DB=postgres); returns its URL. */
export async function freshDatabase(name: string): Promise<string> {
  const base = inject('pgUrl');
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  } finally {
    await c.end();
  }
  return base.replace(/\/postgres$/, `/${name}`);
}

/** Runs `fn` with a client on `url`. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
