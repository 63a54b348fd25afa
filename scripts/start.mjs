#!/usr/bin/env node
// npm start: builds the web app and the server (to JavaScript, scripts/build-server.mjs) when either is
// missing or older than its sources, then runs the compiled server (migrations, first-run demo seed,
// API and web on one port) with plain node in this same process. Configuration: environment
// variables, see README.md. Development and tests run the TypeScript sources through tsx instead.
// DANVAN_START_TSX=1 runs the sources through tsx here too (no build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'apps/web/dist/index.html');

function newest(dir) {
  if (statSync(dir).isFile()) return statSync(dir).mtimeMs;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const isStale = (out, dirs) => !existsSync(out) || dirs.some((d) => newest(d) > statSync(out).mtimeMs);
const sources = [path.join(root, 'apps/web/src'), path.join(root, 'packages/contracts/src')];
const stale = isStale(dist, sources);
if (stale && !process.env.WEB_DIST) {
  // stdout carries only the server's JSON log lines: the build talks on stderr
  console.error('Đang dựng giao diện web (lần đầu hoặc sau khi mã nguồn thay đổi)…');
  const r = spawnSync('npm', ['run', 'build', '-w', '@danvan/web'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// The server runs in this very process (no child to forward signals to): SIGTERM/SIGINT sent to it,
// or to `npm start` (whose script execs this file), reach the server, which stops gracefully.
if (process.env.DANVAN_START_TSX === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'apps/server/src/main.ts')).href);
} else {
  const compiled = path.join(root, 'apps/server/dist/main.js');
  const serverSources = [
    'apps/server/src',
    'packages/contracts/src',
    'packages/domain/src',
    'scripts/build-server.mjs',
  ].map((p) => path.join(root, p));
  if (isStale(compiled, serverSources)) {
    const { buildServer } = await import('./build-server.mjs');
    await buildServer();
  }
  // stack traces in the log name the TypeScript sources
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(compiled).href);
}
