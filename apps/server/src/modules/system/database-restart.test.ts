import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startCluster, type Cluster } from '../../../test/pg-cluster.ts';

// The real server (src/main.ts, in its own process) on its own throwaway PostgreSQL cluster, which
// is crashed (`pg_ctl stop -m immediate`) and started again while requests keep arriving.

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ADMIN_PASSWORD = 'QuanTri@Khoi2026';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  phase: 'before' | 'outage' | 'after';
  what: string;
  status: number;
  type: string;
  body: string;
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('PostgreSQL restart under load', () => {
  let cluster: Cluster;
  let child: ChildProcess;
  let base: string;
  let dataDir: string;
  let output = '';
  let exited: { code: number | null; signal: string | null } | null = null;

  beforeAll(async () => {
    cluster = await startCluster();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-restart-'));
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        DATABASE_URL: cluster.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO: '0',
        ADMIN_PASSWORD,
        JOBS: '1',
        LOG_LEVEL: 'warn',
        TEST_DB: '',
        VITEST: '',
        NODE_ENV: 'production',
        VAULT_KEYS: `restart:${Buffer.alloc(32, 7).toString('base64')}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    child.on('exit', (code, signal) => (exited = { code, signal }));
    for (let i = 0; ; i++) {
      if (exited) throw new Error(`the server exited at start:\n${output}`);
      const ready = await fetch(`${base}/readyz`).catch(() => null);
      if (ready?.ok) break;
      if (i > 300) throw new Error(`the server did not start:\n${output}`);
      await sleep(100);
    }
  });

  afterAll(async () => {
    if (child && !exited) {
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([done, sleep(5000)]);
      if (!exited) child.kill('SIGKILL');
    }
    try {
      cluster?.stop(); // throws if a failed test left it crashed; its directory is removed anyway
    } finally {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stays up, answers 503 problem+json while the database is away, and serves again after', async () => {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const me = (await login.json()) as { activeUnit: { id: number } };
    const rootId = me.activeUnit.id;
    // asynchronous commit on the throwaway cluster: give the WAL writer time to flush the session
    await sleep(800);

    let phase: Answer['phase'] = 'before';
    const answers: Answer[] = [];
    let seq = 0;
    const requests: { what: string; init: () => [string, RequestInit] }[] = [
      { what: 'me', init: () => [`${base}/api/v1/auth/me`, { headers: { cookie } }] },
      {
        what: 'create unit',
        init: () => [
          `${base}/api/v1/org/units`,
          {
            method: 'POST',
            headers: { cookie, 'content-type': 'application/json' },
            body: JSON.stringify({
              code: `R${process.pid}_${seq++}`,
              name: `Đơn vị thử khởi động lại ${seq}`,
              kind: 'department',
              parentId: rootId,
              validFrom: '2025-07-01',
              groups: [],
            }),
          },
        ],
      },
      { what: 'units', init: () => [`${base}/api/v1/org/units?parentId=${rootId}`, { headers: { cookie } }] },
    ];
    let running = true;
    const worker = async (k: number) => {
      for (let i = k; running; i++) {
        const r = requests[i % requests.length];
        const p = phase;
        const [url, init] = r.init();
        try {
          const res = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
          answers.push({
            phase: p,
            what: r.what,
            status: res.status,
            type: res.headers.get('content-type') ?? '',
            body: await res.text(),
          });
        } catch (e) {
          answers.push({ phase: p, what: r.what, status: 0, type: '', body: String(e) });
        }
        await sleep(10);
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, k) => worker(k)));

    await sleep(400);
    phase = 'outage';
    cluster.crash();
    await sleep(1200);
    const readyDown = await fetch(`${base}/readyz`).catch(() => null);
    const readyDownBody = (await readyDown?.json()) as { status: string } | undefined;
    cluster.restart();
    // the pool reconnects on demand: the first request after the restart may still meet a dying
    // connection, then everything is served again
    const restartedAt = Date.now();
    let recovered = false;
    while (Date.now() - restartedAt < 20_000) {
      const res = await fetch(`${base}/api/v1/auth/me`, { headers: { cookie } }).catch(() => null);
      if (res?.status === 200) {
        recovered = true;
        break;
      }
      await sleep(100);
    }
    phase = 'after';
    await sleep(600);
    running = false;
    await load;

    const report = () =>
      `${answers
        .filter((a) => a.status !== 200 && a.status !== 201)
        .slice(0, 5)
        .map((a) => `${a.phase} ${a.what} ${a.status} ${a.body.slice(0, 300)}`)
        .join('\n')}\n--- server output ---\n${output.slice(-3000)}`;

    // the process lived through it
    expect(exited, report()).toBeNull();
    expect(recovered, report()).toBe(true);
    // /readyz said so while the database was away
    expect(readyDown?.status).toBe(503);
    expect(readyDownBody?.status).toBe('not_ready');

    // every answer was a success or a Vietnamese 503 problem: never a 500, a dropped connection or a hang
    expect(
      answers.filter((a) => a.status === 0).map((a) => a.body),
      report(),
    ).toEqual([]);
    for (const a of answers) {
      if (a.status < 300) continue;
      expect(a.status, report()).toBe(503);
      expect(a.type).toMatch(/^application\/problem\+json/);
      const problem = JSON.parse(a.body) as { code: string; detail: string; status: number };
      expect(problem.code).toBe('database_unavailable');
      expect(problem.status).toBe(503);
      expect(problem.detail).toMatch(/Cơ sở dữ liệu tạm thời không truy cập được/);
    }
    expect(answers.some((a) => a.phase === 'outage' && a.status === 503)).toBe(true);
    expect(answers.filter((a) => a.phase === 'before' && a.status < 300).length).toBeGreaterThan(0);

    // and afterwards everything works again, writes included
    const after = answers.filter((a) => a.phase === 'after');
    expect(after.length).toBeGreaterThan(0);
    expect(
      after.every((a) => a.status < 300),
      report(),
    ).toBe(true);
    expect(after.some((a) => a.what === 'create unit' && a.status === 200)).toBe(true);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ready');
  });
});

describe.skipIf(process.env.TEST_DB === 'postgres')('an embedded database (PGlite) that is gone', () => {
  it('answers 503 problem+json and /readyz not ready, instead of 500 or a crash', async () => {
    const { openPglite } = await import('../../db/client.ts');
    const { buildApp } = await import('../../app.ts');
    const { readConfig } = await import('../../config.ts');
    const database = await openPglite('memory://');
    const { config } = readConfig({ DEMO: '0', LOG_LEVEL: 'silent', DATA_DIR: os.tmpdir() } as never);
    const app = await buildApp({ database, config: config! });
    try {
      await app.ready();
      await database.close();
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().status).toBe('not_ready');
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        cookies: { dv_sid: 'x'.repeat(43) },
      });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'database_unavailable', status: 503 });
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      await app.close();
    }
  });
});
