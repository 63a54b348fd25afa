import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { acquireProcessLock } from '../core/process-lock.ts';

export type Schema = typeof schema;
/** The one database type used everywhere; both drivers produce it. A transaction is also a Db. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Raw query, for the job runner and benchmarks. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
  /**
   * Runs `fn` holding the one start-up lock of this database (a PostgreSQL advisory lock on its own
   * connection), so migrations, the demo seed and the first administrator run one instance at a
   * time when several start together. PGlite has one process anyway (its lock file).
   */
  withStartupLock<T>(fn: () => Promise<T>): Promise<T>;
  /** True when `err` means the database cannot be reached right now (the HTTP layer answers 503). */
  isUnavailable(err: unknown): boolean;
  /**
   * Where errors that belong to no request go (a pooled connection dropped by a restarting server).
   * They are reported here and never crash the process; main.ts points it at the server log.
   */
  onBackgroundError: (message: string, err: unknown) => void;
}

/** Network failures of the socket to the database. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** SQLSTATEs of a server that is away: class 08 (connection), shutdown / starting up, no slot left. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-4]|53300)$/;
/** Messages of node-postgres and PGlite for a connection that is gone (they carry no code). */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end|PGlite is closed|^Aborted\(/;

/**
 * Whether an error (or any error in its `cause` chain, as Drizzle wraps driver errors) says the
 * database is unreachable, as opposed to a bad query. Such a request gets 503, not 500.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

const defaultBackgroundError = (message: string, err: unknown) =>
  console.error(`${message}: ${err instanceof Error ? err.message : String(err)}`);

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };

/**
 * Opens PGlite in a directory (or in memory with 'memory://'). A directory is locked for this process
 * (`<dir>.lock`, see core/process-lock.ts): a second process gets ProcessLockHeld; `lockWaitMs` waits
 * that long for the lock of a process that was just killed to go stale.
 */
export async function openPglite(dataDir: string, opts: { lockWaitMs?: number } = {}): Promise<Database> {
  let unlock = async () => {};
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    unlock = await acquireProcessLock(dataDir, opts.lockWaitMs ?? 0);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
  } catch (e) {
    await unlock();
    throw e;
  }
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    async query(text, params) {
      const r = await client.query(text, params as unknown[]);
      return r.rows as never;
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        await unlock();
      }
    },
    withStartupLock: (fn) => fn(),
    isUnavailable: isDatabaseUnavailable,
    onBackgroundError: defaultBackgroundError,
  };
}

const serialized = new WeakSet<pg.PoolClient>();
/**
 * A checked-out connection (a transaction) runs one query at a time: queries issued together (a
 * `Promise.all` over one transaction) wait for each other here instead of in pg's own queue, whose
 * use is deprecated ("client.query() when the client is already executing a query") and goes in pg 9.
 */
function serializeQueries(client: pg.PoolClient) {
  if (serialized.has(client)) return;
  serialized.add(client);
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let tail: Promise<unknown> = Promise.resolve();
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const first = args[0] as { submit?: unknown } | undefined;
    // callback and submittable (cursor, stream) forms keep pg's own handling
    if (typeof args[args.length - 1] === 'function' || typeof first?.submit === 'function')
      return query(...args);
    const run = tail.then(() => query(...args));
    tail = run.catch(() => {});
    return run;
  };
}

/**
 * Opens a node-postgres pool that survives a restart of the server:
 * - an idle connection that drops is reported (pool 'error'), not thrown as an unhandled event;
 * - a checked-out connection that drops (mid-transaction) is removed from the pool at once, so its
 *   slot is free again even if its user never releases it (Drizzle sends BEGIN outside its
 *   try/finally); the user's later release is a no-op;
 * - new connections are made on demand, so the pool serves again as soon as the server is back.
 */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  // Keep `date` columns as strings: calendar dates must not shift through the local time zone.
  pg.types.setTypeParser(1082, (v) => v);
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000, keepAlive: true });
  const database: Database = {
    db: null as never,
    driver: 'postgres',
    async query(text, params) {
      const r = await pool.query(text, params as unknown[]);
      return r.rows as never;
    },
    close: () => pool.end(),
    async withStartupLock(fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1, $2)', STARTUP_LOCK);
        try {
          return await fn();
        } finally {
          await client.query('select pg_advisory_unlock($1, $2)', STARTUP_LOCK);
        }
      } finally {
        client.release();
      }
    },
    isUnavailable: isDatabaseUnavailable,
    onBackgroundError: defaultBackgroundError,
  };
  const report = (message: string, err: unknown) => {
    try {
      database.onBackgroundError(message, err);
    } catch {
      // a logger must never turn a dropped connection into a crash
    }
  };
  pool.on('error', (err) => report('Mất kết nối tới cơ sở dữ liệu (kết nối rảnh)', err));

  const checkedOut = new WeakSet<pg.PoolClient>();
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      if (!checkedOut.has(client as pg.PoolClient)) return; // idle: the pool removes it and emits 'error'
      report('Mất kết nối tới cơ sở dữ liệu (kết nối đang dùng)', err);
      (client as pg.PoolClient).release(err);
    });
  });
  const connect = pool.connect.bind(pool) as (cb?: unknown) => unknown;
  (pool as { connect: unknown }).connect = (cb?: unknown) => {
    if (cb) return connect(cb); // pool.query's own path releases with the error itself
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      serializeQueries(client);
      const release = client.release.bind(client);
      checkedOut.add(client);
      let released = false;
      client.release = (err?: Error | boolean) => {
        if (released) return;
        released = true;
        checkedOut.delete(client);
        release(err);
      };
      return client;
    });
  };

  database.db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  await pool.query('select 1');
  return database;
}

/** The advisory lock key of start-up (migrations, demo seed, first administrator): 'dv', 1. */
const STARTUP_LOCK = [0x6476, 1];

export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  lockWaitMs?: number;
}): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(path.join(opts.dataDir, 'pgdata'), { lockWaitMs: opts.lockWaitMs });
}
