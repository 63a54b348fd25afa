import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { readConfig, type Config } from '../src/config.ts';
import { openPglite, openPostgres, type Database } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { buildApp } from '../src/app.ts';
import { seedReferenceData } from '../src/modules/index.ts';
import type { Clock } from '../src/core/context.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/** A clock tests can set; services read time only through it. */
export class TestClock implements Clock {
  private t: Date | null = null;
  now() {
    return this.t ? new Date(this.t) : new Date();
  }
  set(iso: string | Date) {
    this.t = new Date(iso);
  }
  reset() {
    this.t = null;
  }
}

export interface TestEnv {
  database: Database;
  app: FastifyInstance;
  config: Config;
  clock: TestClock;
}

let env: Promise<TestEnv> | null = null;
let sharedClock: TestClock | null = null;

/** Puts the worker's test clock back to real time (test/clock-setup.ts, after every file). */
export function resetSharedClock(): void {
  sharedClock?.reset();
}

/** The worker's database and app, created once per worker and shared by its test files. */
export function testEnv(): Promise<TestEnv> {
  env ??= (async () => {
    const worker = Number(process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? 1);
    let database: Database;
    if (process.env.TEST_DB === 'postgres') {
      const base = inject('pgUrl');
      database = await openPostgres(base.replace(/\/postgres$/, `/danvan_test_${((worker - 1) % 8) + 1}`), 5);
    } else {
      database = await openPglite('memory://');
    }
    await migrateDatabase(database);
    const { config } = readConfig({
      DATA_DIR: `/tmp/danvan-test-${process.pid}`,
      DEMO: '0',
      LOG_LEVEL: 'silent',
    } as never);
    await seedReferenceData(database, config!);
    const clock = new TestClock();
    sharedClock = clock;
    const app = await buildApp({ database, config: config!, clock });
    await app.ready();
    return { database, app, config: config!, clock };
  })();
  return env;
}

export const dbKind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
