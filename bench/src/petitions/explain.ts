/** Importing this module patches pg.Client so that recordStatements can see what the module sends. */
import pg from 'pg';
import type { Database } from '../../../apps/server/src/db/client.ts';

// ---------------------------------------------------------------------------------------------
// The statements the module sends, recorded from the driver (for EXPLAIN when a target is missed)

type Recorded = { text: string; values: unknown[] };
let recording: Recorded[] | null = null;
const clientQuery = pg.Client.prototype.query as (...a: unknown[]) => unknown;
(pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  if (recording) {
    const [a, b] = args as [unknown, unknown];
    const text = typeof a === 'string' ? a : (a as { text?: string })?.text;
    const values = (Array.isArray(b) ? b : (a as { values?: unknown[] })?.values) ?? [];
    if (text) recording.push({ text, values });
  }
  return clientQuery.apply(this, args);
};

export async function recordStatements(fn: () => Promise<unknown>): Promise<Recorded[]> {
  recording = [];
  try {
    await fn();
    return recording;
  } finally {
    recording = null;
  }
}

export async function explain(db: Database, statements: Recorded[]): Promise<string[]> {
  const out: string[] = [];
  for (const s of statements) {
    if (!/^\s*(select|with)\b/i.test(s.text)) continue;
    const rows = await db.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers, costs off) ${s.text}`,
      s.values,
    );
    out.push(`    -- ${s.text.replace(/\s+/g, ' ').slice(0, 400)}`);
    out.push(`    -- params: ${JSON.stringify(s.values).slice(0, 200)}`);
    for (const r of rows) out.push(`    ${r['QUERY PLAN']}`);
  }
  return out;
}
