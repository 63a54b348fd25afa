#!/usr/bin/env node
// npm start: builds the web app when it is missing or older than its sources, then runs the server
// (migrations, first-run demo seed, API and web on one port). Configuration: environment variables,
// see README.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'apps/web/dist/index.html');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sources = [path.join(root, 'apps/web/src'), path.join(root, 'packages/contracts/src')];
const stale = !existsSync(dist) || sources.some((d) => newest(d) > statSync(dist).mtimeMs);
if (stale && !process.env.WEB_DIST) {
  console.log('Đang dựng giao diện web (lần đầu hoặc sau khi mã nguồn thay đổi)…');
  const r = spawnSync('npm', ['run', 'build', '-w', '@danvan/web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/server/src/main.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
