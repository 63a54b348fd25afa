/**
 * npm run bench -- portal
 *
 * The first load of the citizens' portal home (/cong-dan) on a phone, as issue 9 asks: Debian's
 * Chromium driven by Playwright, the network and the CPU throttled through the DevTools protocol:
 *   - Network.emulateNetworkConditions "4G": 150 ms round trip, 9 Mbit/s down, 1.5 Mbit/s up;
 *   - Emulation.setCPUThrottlingRate 4 (a mid-range phone on this machine's core);
 *   - a 390×844 viewport at 3× (the design size), mobile, touch; the cache disabled (a first visit).
 * Measured, over BENCH_PORTAL_RUNS cold loads (default 5): the largest contentful paint (the last
 * 'largest-contentful-paint' entry a PerformanceObserver saw, buffered, with its element), the first
 * contentful paint, and the JavaScript the page fetched (bytes on the wire as the server compressed
 * them, from Network.loadingFinished, and the decoded size). Then, from the build itself, the
 * portal entry's JavaScript (the entry of dist/cong-dan.html and its static imports, what the home
 * needs before it renders) gzipped at level 9, and whether any file the portal loaded carries the
 * staff app's code (antd, ECharts, the staff dictionaries). Aims: LCP < 2.5 s, JS < 150 kB gzipped.
 *
 * The server is the real one (apps/server/src/main.ts) on a free port with a fresh data directory
 * (reference data only; BENCH_PORTAL_DEMO=1 seeds the demo province first, which takes minutes), or
 * the one at BENCH_PORTAL_URL. The web app is built first when apps/web/dist/cong-dan.html is missing.
 * Benchmarks assert nothing; they print.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { median } from './stats.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'apps/web/dist');
const RUNS = Number(process.env.BENCH_PORTAL_RUNS ?? 5);
const LCP_AIM_MS = 2500;
const JS_AIM_BYTES = 150 * 1024;
/** The 4G profile (Network.emulateNetworkConditions takes bytes per second and milliseconds). */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (9 * 1_000_000) / 8,
  uploadThroughput: (1.5 * 1_000_000) / 8,
};
const CPU_SLOWDOWN = 4;
/** Text only the staff app's code carries. */
const STAFF_MARKERS = ['ant-btn', 'echarts', 'Sổ đơn thư', '@ant-design'];

const log = (s: string) => console.log(`[portal] ${s}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > end) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const external = process.env.BENCH_PORTAL_URL;
  if (external) return { url: external.replace(/\/$/, ''), stop: async () => {} };
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-portal-'));
  const child: ChildProcess = spawn('npx', ['tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DEMO: process.env.BENCH_PORTAL_DEMO === '1' ? '1' : '0',
      JOBS: '0',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/healthz`, 600_000);
  return {
    url,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
      await new Promise((r) => setTimeout(r, 1500));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The entry script of dist/cong-dan.html and every module it imports statically (not import()). */
function entryChunks(): string[] {
  const html = readFileSync(path.join(DIST, 'cong-dan.html'), 'utf8');
  const start = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/modulepreload[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const file = path.join(DIST, src.replace(/^\//, ''));
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{},\s]+from\s*)?["'](\.\/[^"']+\.js)["']/g))
      queue.push(path.posix.join(path.posix.dirname(src), m[1]));
  }
  return [...seen];
}

interface Run {
  lcp: number;
  lcpElement: string;
  fcp: number;
  jsWire: number;
  jsDecoded: number;
  scripts: string[];
  staffMarker: string | null;
}

async function oneLoad(browser: import('@playwright/test').Browser, url: string): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
  });
  // the observer runs in the page (this file is compiled without the DOM's types: plain text)
  await context.addInitScript({
    content: `
      window.__lcp = { t: 0, el: '' };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const el = e.element;
          window.__lcp = {
            t: e.startTime,
            el: el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"' : '',
          };
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });`,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const scripts = new Map<string, string>();
  let jsWire = 0;
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.set(e.requestId, e.response.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (scripts.has(e.requestId)) jsWire += e.encodedDataLength;
  });
  const bodies: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') bodies.push(await r.text().catch(() => ''));
  });
  await page.goto(`${url}/cong-dan`, { waitUntil: 'load' });
  // the page paints once its script has run (slowed down 4×): wait for the heading, the sections'
  // data, then for the observer's entry (it comes after the paint)
  await page.waitForSelector('main h1', { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction('window.__lcp && window.__lcp.t > 0', undefined, { timeout: 30_000 })
    .catch(() => {});
  await page.waitForTimeout(1000);
  const r = (await page.evaluate(`({
    lcp: window.__lcp.t,
    el: window.__lcp.el,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  })`)) as { lcp: number; el: string; fcp: number };
  const jsDecoded = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  const staffMarker = STAFF_MARKERS.find((m) => bodies.some((b) => b.includes(m))) ?? null;
  await context.close();
  return {
    lcp: r.lcp,
    lcpElement: r.el,
    fcp: r.fcp,
    jsWire,
    jsDecoded,
    scripts: [...scripts.values()].map((u) => new URL(u).pathname),
    staffMarker,
  };
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${Math.round(n)} ms`;

export async function benchPortal(): Promise<void> {
  if (!existsSync(path.join(DIST, 'cong-dan.html'))) {
    log('building the web app (apps/web/dist/cong-dan.html is missing)');
    execSync('npm run build -w @danvan/web', { cwd: ROOT, stdio: 'inherit' });
  }
  const chunks = entryChunks();
  const gz = chunks.map((c) => {
    const buf = readFileSync(path.join(DIST, c.replace(/^\//, '')));
    return { chunk: c, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
  });
  const gzTotal = gz.reduce((n, c) => n + c.gz, 0);
  const staffInEntry = STAFF_MARKERS.filter((m) =>
    chunks.some((c) => readFileSync(path.join(DIST, c.replace(/^\//, '')), 'utf8').includes(m)),
  );

  log('starting the server');
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const runs: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = await oneLoad(browser, server.url);
      runs.push(r);
      log(
        `run ${i + 1}/${RUNS}: LCP ${ms(r.lcp)} (${r.lcpElement}), FCP ${ms(r.fcp)}, JS ${kB(r.jsWire)} on the wire`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const lcps = runs.map((r) => r.lcp);
  const lcp = median(lcps);
  console.log('');
  console.log(
    `Machine load average while measuring: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(', ')} (${os.cpus().length} cores)`,
  );
  console.log(
    `Profile: Chromium (${'/usr/bin/chromium'}), 390×844 @3×, mobile; network ${NETWORK.latency} ms RTT, ` +
      `9 Mbit/s down, 1.5 Mbit/s up; CPU ×${CPU_SLOWDOWN} slower; cache disabled; ${RUNS} cold loads of /cong-dan.`,
  );
  console.log('');
  console.log('| measure                                  | value          | aim       | ok  |');
  console.log('|------------------------------------------|----------------|-----------|-----|');
  const row = (m: string, v: string, aim: string, ok: boolean | null) =>
    console.log(
      `| ${m.padEnd(40)} | ${v.padEnd(14)} | ${aim.padEnd(9)} | ${ok === null ? '   ' : ok ? 'yes' : 'NO '} |`,
    );
  row('LCP, median', ms(lcp), '< 2500 ms', lcp < LCP_AIM_MS);
  row('LCP, worst', ms(Math.max(...lcps)), '< 2500 ms', Math.max(...lcps) < LCP_AIM_MS);
  row('FCP, median', ms(median(runs.map((r) => r.fcp))), '', null);
  row('JS of the portal entry, gzip -9', kB(gzTotal), '< 150 kB', gzTotal < JS_AIM_BYTES);
  row(
    'JS fetched by the home, on the wire',
    kB(median(runs.map((r) => r.jsWire))),
    '< 150 kB',
    median(runs.map((r) => r.jsWire)) < JS_AIM_BYTES,
  );
  row('JS fetched by the home, decoded', kB(median(runs.map((r) => r.jsDecoded))), '', null);
  row(
    'staff code in the portal entry',
    staffInEntry.length ? staffInEntry.join(', ') : 'none',
    'none',
    staffInEntry.length === 0,
  );
  const loadedStaff = runs.find((r) => r.staffMarker)?.staffMarker ?? null;
  row('staff code among the files loaded', loadedStaff ?? 'none', 'none', loadedStaff === null);
  console.log('');
  console.log('Portal entry chunks (static imports of dist/cong-dan.html):');
  for (const c of gz)
    console.log(`  ${c.chunk.padEnd(48)} ${kB(c.raw).padStart(10)} raw ${kB(c.gz).padStart(10)} gzip`);
  console.log(`Scripts the home fetched: ${runs[0]?.scripts.join(', ')}`);
  console.log(`LCP element: ${runs[0]?.lcpElement}`);
}
