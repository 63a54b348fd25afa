#!/usr/bin/env node
// Generates a migration for one migration set: node scripts/db-generate.mjs <set> [--custom] [--name x]
// Each set is a folder under apps/server/drizzle/ with its own journal, generated from its own schema
// files, so modules can add migrations without touching each other's journals. The server applies the
// sets in the order of MIGRATION_SETS in apps/server/src/db/migrate.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
const SETS = {
  foundation: ['org.ts', 'users.ts', 'auth.ts', 'audit.ts', 'files.ts', 'notifications.ts', 'jobs.ts'],
  legal: ['legal.ts'],
  plans: ['plans.ts'],
  reporting: ['reporting.ts'],
  reception: ['reception.ts'],
  situations: ['situations.ts'],
  vault: ['vault.ts'],
  petitions: ['petitions.ts'],
  models: ['models.ts'],
  training: ['training.ts'],
  inspections: ['inspections.ts'],
  portal: ['portal.ts'],
  answers: ['answers.ts'],
  scoring: ['scoring.ts'],
};
const [set, ...rest] = process.argv.slice(2);
if (!SETS[set]) {
  console.error(
    `Dùng: node scripts/db-generate.mjs <${Object.keys(SETS).join('|')}> [--custom] [--name ten]`,
  );
  process.exit(2);
}
mkdirSync('.tmp', { recursive: true });
const cfg = `.tmp/drizzle.${set}.config.json`;
writeFileSync(
  cfg,
  JSON.stringify({
    dialect: 'postgresql',
    casing: 'snake_case',
    out: `apps/server/drizzle/${set}`,
    schema: SETS[set].map((f) => `apps/server/src/db/schema/${f}`),
  }),
);
const r = spawnSync('npx', ['drizzle-kit', 'generate', '--config', cfg, ...rest], { stdio: 'inherit' });
process.exit(r.status ?? 1);
