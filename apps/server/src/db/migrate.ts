import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { existsSync } from 'node:fs';
import type { Database } from './client.ts';

const DRIZZLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/**
 * Migration sets, applied in this order. Each is a folder of drizzle-kit migrations with its own
 * journal and tracking table (see scripts/db-generate.mjs), so modules add migrations independently.
 */
export const MIGRATION_SETS = [
  'foundation',
  'legal',
  'plans',
  'reporting',
  'reception',
  'situations',
  'vault',
  'petitions',
  'models',
  'training',
  'inspections',
  'portal',
  'answers',
  'scoring',
] as const;

export async function migrateDatabase(database: Database): Promise<void> {
  for (const set of MIGRATION_SETS) {
    const migrationsFolder = path.join(DRIZZLE_DIR, set);
    if (!existsSync(path.join(migrationsFolder, 'meta', '_journal.json'))) continue;
    const opts = { migrationsFolder, migrationsTable: `__migrations_${set}`, migrationsSchema: 'drizzle' };
    if (database.driver === 'pglite') await migratePglite(database.db as never, opts);
    else await migratePg(database.db as never, opts);
  }
}
