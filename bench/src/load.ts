/**
 * npm run bench -- load
 *
 * The fixed cost of an authenticated request, from outside: the real server (`node scripts/start.mjs`,
 * what `npm start` runs, in its own process) on PostgreSQL with the demo data, on loopback, driven by
 * autocannon (the load generator of the Fastify project: HTTP/1.1 keep-alive connections, HdrHistogram
 * latencies). The mix is the common reads of an officer's screen, one after the other on every
 * connection: GET /api/v1/auth/me, the petitions register (a list page) and one petition (a detail),
 * with the session cookie and a browser's Accept-Encoding. A bare Fastify hello-world, in its own
 * process too, is measured in the same run as the reference.
 *
 * Printed, one row a measurement: throughput (requests a second answered), p50/p99 latency, non-2xx
 * answers, the ratio to the hello-world's throughput, and the CPU time (user + system) the measured
 * server's process spent per answered request (Linux /proc; on a shared machine throughput moves with
 * the other work, the CPU a request costs much less). First each server flat out (as many
 * requests as CONNECTIONS connections get answered; the app's mix, then each of its reads alone, then
 * /auth/me without a cookie: the 401 of a visitor before login), then the app at fixed rates (BENCH_LOAD_RATES,
 * default 250,500,1000 a second: an open loop of our own, ./load/open-loop.ts, the requests spread over
 * each second and timed from when each was due; autocannon's overallRate sends a second's share in a
 * burst at the start of it). Flat out is autocannon's (closed loop, as fast as answers come). Aims (issue 13):
 * the app ≥ 0.3× the hello-world's throughput, p99 < 50 ms at 1,000 requests/s.
 *
 * Database: DATABASE_URL when set (a database it may seed: the demo is seeded into an empty one on
 * the server's first start, which takes minutes), else a throwaway cluster (apps/server/test/pg-cluster.ts).
 * BENCH_LOAD_SECONDS (default 10) per measurement; BENCH_LOAD_SERVER_ROOT runs the server of another
 * checkout (to measure an older version on the same database); BENCH_LOAD_NODE_ARGS, node flags for
 * the server's process (a CPU profile: '--cpu-prof --cpu-prof-dir=<dir>'; '--trace-gc' with
 * BENCH_LOAD_SERVER_OUT=<file>, where the server's stdout then goes). The machine's load average is printed with the
 * figures: on a shared machine they move with it. Benchmarks assert nothing; they print.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { freePort, startCluster, type Cluster } from '../../apps/server/test/pg-cluster.ts';
import { DEMO_PASSWORD } from '../../apps/server/src/core/demo.ts';
import { openLoop } from './load/open-loop.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The tree whose server is measured (another checkout, to compare two versions on one database). */
const SERVER_ROOT = path.resolve(process.env.BENCH_LOAD_SERVER_ROOT ?? ROOT);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const RATES = (process.env.BENCH_LOAD_RATES ?? '250,500,1000').split(',').map(Number);
/** The petitions officer of the demo province: the register and its records are theirs to read. */
const USER = process.env.BENCH_LOAD_USER ?? 'xulytocao';
const P99_AIM_MS = 50;
const RATIO_AIM = 0.3;

const log = (s: string) => console.log(`[load] ${s}`);

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server stopped (exit ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer in ${timeoutMs / 1000} s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A bare Fastify hello-world in its own process (the same Fastify the server uses). */
async function startHello(): Promise<{ url: string; child: ChildProcess; file: string }> {
  const fastify = createRequire(path.join(ROOT, 'apps/server/package.json')).resolve('fastify');
  const port = await freePort();
  const file = path.join(os.tmpdir(), `danvan-hello-${process.pid}.mjs`);
  writeFileSync(
    file,
    `import Fastify from ${JSON.stringify(pathToFileURL(fastify).href)};
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port: ${port} });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
`,
  );
  const child = spawn(process.execPath, [file], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child, 30_000);
  return { url, child, file };
}

async function startServer(
  databaseUrl: string,
): Promise<{ url: string; child: ChildProcess; dataDir: string }> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-load-'));
  // BENCH_LOAD_NODE_ARGS: node flags for the server's process (e.g. '--cpu-prof --cpu-prof-dir=/tmp/p'
  // to see where its time goes; NODE_OPTIONS refuses --cpu-prof)
  const nodeArgs = (process.env.BENCH_LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(SERVER_ROOT, 'scripts/start.mjs')], {
    cwd: SERVER_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '1',
      // the web app as built in this tree (npm start would build it first when stale)
      WEB_DIST: path.join(ROOT, 'apps/web/dist'),
      // the request log is on, as in production; its lines go nowhere
      LOG_LEVEL: process.env.BENCH_LOAD_LOG_LEVEL ?? 'info',
    },
    // BENCH_LOAD_SERVER_OUT=<file>: the server's stdout (its log, what node flags print) kept there
    stdio: [
      'ignore',
      process.env.BENCH_LOAD_SERVER_OUT ? openSync(process.env.BENCH_LOAD_SERVER_OUT, 'w') : 'ignore',
      'inherit',
    ],
  });
  const url = `http://127.0.0.1:${port}`;
  log(`server starting on ${url} (the first start on an empty database seeds the demo: minutes)`);
  const t0 = Date.now();
  await waitFor(`${url}/healthz`, child, 20 * 60_000);
  log(`server up in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return { url, child, dataDir };
}

interface Row {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU time (user + system) of the measured server's process per answered request, µs (Linux). */
  cpuUs: number | null;
}

/**
 * The CPU time a process has used, ms (user + system, from /proc; null elsewhere). On a shared
 * machine throughput moves with the other work; the CPU a request costs the server moves much less.
 */
function cpuMs(pid: number | undefined): number | null {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return null;
  const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
  const tick = 1000 / 100; // USER_HZ
  return (Number(fields[11]) + Number(fields[12])) * tick;
}

/**
 * Waits until a server has drained what the previous measurement left (an overloaded phase ends with
 * requests and statements still queued): a pause, then /healthz until it answers three times in a row
 * within 20 ms (at most 15 s). Measured without it, /auth/me at 1,000/s after the overloaded mix had a
 * p99 of 115–195 ms against 17–41 ms on a fresh server.
 */
async function settle(url: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 1_000));
  const until = Date.now() + 15_000;
  let quick = 0;
  while (quick < 3 && Date.now() < until) {
    const t = performance.now();
    try {
      await (await fetch(`${url}/healthz`)).arrayBuffer();
    } catch {
      /* not answering at all: the pause is what there is (the hello-world answers 404, quickly) */
      return;
    }
    quick = performance.now() - t < 20 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function measure(
  label: string,
  url: string,
  requests: autocannon.Request[],
  headers: Record<string, string>,
  rate?: number,
  pid?: number,
): Promise<Row> {
  await settle(url);
  const cpu0 = cpuMs(pid);
  const cpuPerRequest = (answered: number) =>
    cpu0 === null ? null : ((cpuMs(pid)! - cpu0) * 1000) / Math.max(1, answered);
  if (rate) {
    // a fixed rate: open loop (./load/open-loop.ts says why not autocannon's overallRate)
    const o = await openLoop({
      url,
      requests: requests.map((r) => ({ method: r.method ?? 'GET', path: r.path ?? '/' })),
      headers,
      rate,
      seconds: SECONDS,
      connections: CONNECTIONS,
    });
    return {
      label,
      rps: o.rps,
      p50: o.p50,
      p99: o.p99,
      non2xx: o.non2xx,
      errors: o.errors,
      cpuUs: cpuPerRequest(o.answered),
    };
  }
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers, requests });
  return {
    label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    cpuUs: cpuPerRequest(r.requests.total),
  };
}

export async function benchLoad() {
  let cluster: Cluster | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    cluster = await startCluster();
    databaseUrl = cluster.url;
  }
  const hello = await startHello();
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    server = await startServer(databaseUrl);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: USER, password: DEMO_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login as ${USER}: HTTP ${login.status} ${await login.text()}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const headers = { cookie, 'accept-encoding': 'gzip, deflate, br' };
    const list = (await (
      await fetch(`${server.url}/api/v1/petitions?page=1&pageSize=20`, { headers: { cookie } })
    ).json()) as { items: { id: number }[]; total: number };
    if (!list.items?.length) throw new Error(`the petitions register of ${USER} is empty`);
    const mix: autocannon.Request[] = [
      { method: 'GET', path: '/api/v1/auth/me' },
      { method: 'GET', path: '/api/v1/petitions?page=1&pageSize=20' },
      { method: 'GET', path: `/api/v1/petitions/${list.items[0].id}` },
    ];
    log(`server: ${SERVER_ROOT}/scripts/start.mjs`);
    log(
      `mix: /auth/me, /petitions (${list.total} in the register, a page of 20), /petitions/${list.items[0].id}; ${CONNECTIONS} connections, ${SECONDS} s each`,
    );
    // warm both (JIT, the pool's connections, the statement caches)
    await measure('warm', hello.url, [{ method: 'GET', path: '/' }], {});
    await measure('warm', server.url, mix, headers);

    const load = () =>
      os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ');
    const rows: Row[] = [];
    log(`load average before: ${load()}`);
    const hp = hello.child.pid;
    const sp = server.child.pid;
    const helloMax = await measure(
      'hello-world, flat out',
      hello.url,
      [{ method: 'GET', path: '/' }],
      {},
      undefined,
      hp,
    );
    rows.push(helloMax);
    rows.push(await measure('app mix, flat out', server.url, mix, headers, undefined, sp));
    for (const r of mix)
      rows.push(await measure(`  ${r.path!.split('?')[0]} alone`, server.url, [r], headers, undefined, sp));
    // a request without a session: the 401 every visitor before login (and every expired tab) gets
    const anonymous = { 'accept-encoding': headers['accept-encoding'] };
    rows.push(await measure('  /auth/me, no cookie (401)', server.url, [mix[0]], anonymous, undefined, sp));
    for (const rate of RATES)
      rows.push(await measure(`app mix at ${rate}/s`, server.url, mix, headers, rate, sp));
    // the fixed cost alone at the top rate: the session read and the envelope, without a list's query
    rows.push(
      await measure(`/api/v1/auth/me at ${RATES.at(-1)}/s`, server.url, [mix[0]], headers, RATES.at(-1), sp),
    );
    rows.push(
      await measure(
        `  no cookie (401) at ${RATES.at(-1)}/s`,
        server.url,
        [mix[0]],
        anonymous,
        RATES.at(-1),
        sp,
      ),
    );
    rows.push(
      await measure(
        `hello-world at ${RATES.at(-1)}/s`,
        hello.url,
        [{ method: 'GET', path: '/' }],
        {},
        RATES.at(-1),
        hp,
      ),
    );
    log(`load average after: ${load()} (2 cores; other work on the machine moves these figures)`);

    const n = (x: number, w: number, d = 0) => x.toFixed(d).padStart(w);
    console.log(
      `\n${'request path'.padEnd(28)}${'req/s'.padStart(9)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'non-2xx'.padStart(9)}${'errors'.padStart(8)}${'× hello'.padStart(9)}${'CPU µs/req'.padStart(12)}`,
    );
    for (const r of rows)
      console.log(
        `${r.label.padEnd(28)}${n(r.rps, 9)}${n(r.p50, 8, 1)}${n(r.p99, 8, 1)}${n(r.non2xx, 9)}${n(r.errors, 8)}${n(r.rps / helloMax.rps, 9, 2)}${r.cpuUs === null ? ''.padStart(12) : n(r.cpuUs, 12, 1)}`,
      );
    const flat = rows[1];
    const meFlat = rows[2];
    const at1000 = rows.find((r) => r.label === 'app mix at 1000/s');
    const meAt1000 = rows.find((r) => r.label === '/api/v1/auth/me at 1000/s');
    const anonAt1000 = rows.find((r) => r.label === '  no cookie (401) at 1000/s');
    const ratio = (r: Row) => {
      const x = r.rps / helloMax.rps;
      return `${x.toFixed(2)}× ${x >= RATIO_AIM ? 'met' : 'not met'}`;
    };
    const p99 = (r: Row | undefined) =>
      r
        ? `${r.p99.toFixed(1)} ms ${r.p99 < P99_AIM_MS && r.rps > 950 ? 'met' : 'not met'}`
        : 'no 1,000/s run';
    console.log(
      `(aims: ≥ ${RATIO_AIM}× the hello-world flat out: /auth/me ${ratio(meFlat)}, the mix ${ratio(flat)}; ` +
        `p99 < ${P99_AIM_MS} ms at 1,000/s: /auth/me ${p99(meAt1000)}, the mix ${p99(at1000)}, ` +
        `/auth/me without a cookie ${p99(anonAt1000)})`,
    );
  } finally {
    if (server) {
      await stop(server.child);
      rmSync(server.dataDir, { recursive: true, force: true });
    }
    await stop(hello.child);
    rmSync(hello.file, { force: true });
    cluster?.stop();
  }
}
