import type { Db } from './client.ts';

/**
 * A query built once per database handle: `build(db)` (a Drizzle query ending in `.prepare(name)`,
 * its parameters `sql.placeholder`s) runs the first time a handle asks, and every later call on that
 * handle executes what was built. Drizzle then builds the SQL text once instead of on every call
 * (building a select of a few joined tables cost more Node CPU than PostgreSQL spent running it), and
 * with a name node-postgres parses it once per connection and PostgreSQL plans it once (a generic
 * plan after five runs: for lookups by key, where every value plans the same). An empty name sends
 * it unnamed, planned for each run's values (a register page, whose plan depends on them). PGlite
 * takes no names and runs it as built.
 *
 * Kept per handle (a WeakMap): the pool's handle lives as long as the server; a transaction's is
 * dropped with it.
 */
export function preparedOnce<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const built = new WeakMap<Db, Q>();
  return (db) => {
    let q = built.get(db);
    if (q === undefined) built.set(db, (q = build(db)));
    return q;
  };
}
