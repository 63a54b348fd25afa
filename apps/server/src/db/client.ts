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

export type Schema = typeof schema;
/** The one database type used everywhere; both drivers produce it. A transaction is also a Db. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Raw query, for the job runner and benchmarks. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
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

/** Opens PGlite in a directory (or in memory with 'memory://'). */
export async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    async query(text, params) {
      const r = await client.query(text, params as unknown[]);
      return r.rows as never;
    },
    close: () => client.close(),
    isUnavailable: isDatabaseUnavailable,
    onBackgroundError: defaultBackgroundError,
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

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(path.join(opts.dataDir, 'pgdata'));
}
