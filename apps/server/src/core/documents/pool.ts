/**
 * The document worker pool. Rendering a .docx (building the XML, zipping it) is pure CPU: tens of
 * milliseconds for a long report, during which one event loop would answer nobody else. The pool
 * (Piscina over worker_threads) runs it on as many threads as the machine has cores; the input is
 * plain data (Nd30Input) and the file comes back as bytes.
 *
 * `DOCUMENT_WORKERS` sets the number of threads; 0 renders on the calling thread (a machine where
 * threads are not wanted). The pool starts on the first document and its idle threads end after a
 * minute; `closeDocumentPool()` ends them at shutdown.
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import type { Nd30Input } from './nd30.page.ts';

const WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './nd30.worker.ts' : './nd30.worker.js',
  import.meta.url,
);

let pool: Piscina | null = null;

/** Threads to use: DOCUMENT_WORKERS when set (0 = none), else the machine's cores. */
export function documentWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DOCUMENT_WORKERS;
  if (raw !== undefined && /^\d+$/.test(raw)) return Math.min(Number(raw), 64);
  return Math.max(1, os.availableParallelism());
}

function thePool(threads: number): Piscina {
  pool ??= new Piscina({
    filename: WORKER.href,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
    // the sources are TypeScript when the server runs through tsx (and in tests): the workers load them
    // the same way
    execArgv: WORKER.pathname.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [],
  });
  return pool;
}

export async function renderInPool(input: Nd30Input): Promise<Buffer> {
  const threads = documentWorkers();
  if (threads === 0) {
    const { buildNd30Docx } = await import('./nd30.ts');
    return buildNd30Docx(input);
  }
  const bytes = (await thePool(threads).run(input)) as Uint8Array;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Ends the pool's threads (at shutdown, and after tests). */
export async function closeDocumentPool(): Promise<void> {
  const p = pool;
  pool = null;
  if (p) await p.destroy();
}
