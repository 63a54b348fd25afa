#!/usr/bin/env node
// npm run dev: the server (port 3100) and Vite's dev server (port 5173, proxying /api) side by side.
import { spawn } from 'node:child_process';
const procs = [
  spawn('npx', ['tsx', 'watch', 'apps/server/src/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: process.env.PORT ?? '3100' },
  }),
  spawn('npm', ['run', 'dev', '-w', '@danvan/web'], { stdio: 'inherit' }),
];
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => procs.forEach((p) => p.kill(sig)));
