import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * e2e against the real server and a real browser (Debian's Chromium, no download). The server starts
 * with a fresh demo database on a free port; the web app is (re)built first when apps/web/dist is
 * missing or older than its sources. Set E2E_BASE_URL to run against a server that is already up.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(p)) if (e !== 'node_modules') max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

function webNeedsBuild(): boolean {
  const built = path.join(root, 'apps/web/dist/index.html');
  if (!existsSync(built)) return true;
  const sources = [
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'packages/contracts/src',
    'packages/domain/src',
  ];
  const newest = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  return newest > statSync(built).mtimeMs;
}

// The config is loaded again in every worker: the first (main) process chooses the port and the data
// directory and hands them down through the environment.
const external = process.env.E2E_BASE_URL;
if (!external && !process.env.E2E_PORT) {
  process.env.E2E_PORT = String(await freePort());
  // remove data directories of earlier runs (older than an hour), then make a fresh one
  for (const e of readdirSync(os.tmpdir()))
    if (e.startsWith('danvan-e2e-')) {
      const p = path.join(os.tmpdir(), e);
      if (Date.now() - statSync(p).mtimeMs > 3600_000) rmSync(p, { recursive: true, force: true });
    }
  process.env.E2E_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'danvan-e2e-'));
  // E2E_WEB_DIST: serve a web build of one's own (`vite build --outDir …`), untouched by other builds of
  // apps/web/dist made while the run goes on
  process.env.E2E_BUILD = !process.env.E2E_WEB_DIST && webNeedsBuild() ? '1' : '0';
}
const port = process.env.E2E_PORT;
const baseURL = external ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: process.env.E2E_OUTPUT_DIR ?? path.join(root, 'test-results'),
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: external
    ? undefined
    : {
        command: `${process.env.E2E_BUILD === '1' ? 'npm run build -w @danvan/web && ' : ''}npx tsx apps/server/src/main.ts`,
        cwd: root,
        url: `${baseURL}/healthz`,
        reuseExistingServer: false,
        timeout: 600_000, // the demo province of every module is seeded at the first start (about 330 s at load 20)
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          DEMO: '1',
          JOBS: '0',
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: process.env.E2E_DATA_DIR!,
          LOG_LEVEL: 'warn',
          ...(process.env.E2E_WEB_DIST ? { WEB_DIST: process.env.E2E_WEB_DIST } : {}),
          // the portal's proof-of-work at its cheapest, and its per-address limits raised: every
          // citizen of the e2e tier submits from 127.0.0.1
          PORTAL_ALTCHA_COST: '1',
          PORTAL_ALTCHA_COUNTER_MAX: '200',
          PORTAL_LIMITS:
            'submit_ip=200/3600,submit_contact=200/86400,challenge_ip=500/600,lookup_ip=500/600,lookup_wrong_ip=200/3600,rating_ip=200/3600,attach_ip=200/3600',
        },
      },
});
