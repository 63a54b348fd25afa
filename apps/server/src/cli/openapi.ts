// npm run openapi -- [file] [--types] : writes the OpenAPI document of the API (default
// .tmp/openapi.json), built from the routes' zod schemas exactly as the running server serves it at
// /api/openapi.json; with --types also the client types of test/openapi.types.ts (cli/openapi-types.ts).
// No database is opened beyond an in-memory one (building the app runs no query).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../config.ts';
import { openPglite } from '../db/client.ts';
import { buildApp } from '../app.ts';

const args = process.argv.slice(2);
const out = path.resolve(args.find((a) => !a.startsWith('--')) ?? '.tmp/openapi.json');
const { config, problems } = readConfig({ ...process.env, DEMO: '0', LOG_LEVEL: 'silent' });
if (!config) {
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
const database = await openPglite('memory://');
try {
  const app = await buildApp({ database, config });
  await app.ready();
  mkdirSync(path.dirname(out), { recursive: true });
  const doc = app.swagger();
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
  await app.close();
  console.log(`OpenAPI: ${path.relative(process.cwd(), out)}`);
  if (args.includes('--types')) {
    const { clientTypes, TYPES_FILE } = await import('./openapi-types.ts');
    writeFileSync(TYPES_FILE, await clientTypes(doc));
    console.log(`Types: ${path.relative(process.cwd(), TYPES_FILE.pathname)}`);
  }
} finally {
  await database.close();
}
