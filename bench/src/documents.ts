/**
 * npm run bench -- documents
 *
 * A burst of report exports against one instance: a Fastify server (the platform's framework) with a
 * route that renders the long six-month report (48 indicator tables, nd30.sample.ts) through
 * `renderNd30Docx`, and a small JSON route standing for every other request. Eight clients ask for the
 * report back to back for a few seconds while a ninth sends the small request at a fixed 50 a second
 * (open loop: the send times do not wait for answers, so a stalled server shows as latency, not as
 * fewer samples). The clients run in a worker thread, the server on the main thread.
 *
 * Two runs in the same process: the documents built on the request's thread (DOCUMENT_WORKERS=0, the
 * reference) and in the worker pool. Printed: exports a second, and the small request's p50/p99
 * during the burst, with its p99 on an idle server as the floor.
 */
import Fastify from 'fastify';
import { Worker } from 'node:worker_threads';
import { renderNd30Docx } from '../../apps/server/src/core/documents/nd30.ts';
import { longReport } from '../../apps/server/src/core/documents/nd30.sample.ts';
import { closeDocumentPool, documentWorkers } from '../../apps/server/src/core/documents/pool.ts';

const SECONDS = Number(process.env.BENCH_DOCUMENT_SECONDS ?? 8);
const CLIENTS = 8;
const PING_EVERY_MS = 20;

const log = (s: string) => console.log(`[documents] ${s}`);

// The clients (plain JavaScript, run in a worker thread with its own event loop).
const CLIENT_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, seconds, clients, pingEvery, burst } = workerData;
(async () => {
  const until = Date.now() + seconds * 1000;
  let exports = 0, bytes = 0;
  const exporter = async () => {
    while (Date.now() < until) {
      const r = await fetch(base + '/doc');
      const b = await r.arrayBuffer();
      if (r.status !== 200) throw new Error('HTTP ' + r.status);
      exports++; bytes += b.byteLength;
    }
  };
  const pings = [];
  const pinger = new Promise((resolve) => {
    const pending = [];
    const t = setInterval(() => {
      if (Date.now() >= until) { clearInterval(t); Promise.all(pending).then(resolve); return; }
      const sent = performance.now();
      pending.push(fetch(base + '/ping').then((r) => r.text()).then(() => pings.push(performance.now() - sent)));
    }, pingEvery);
  });
  const started = performance.now();
  await Promise.all([...(burst ? Array.from({ length: clients }, exporter) : []), pinger]);
  parentPort.postMessage({ exports, bytes, seconds: (performance.now() - started) / 1000, pings });
})().catch((e) => parentPort.postMessage({ error: String(e) }));
`;

interface Result {
  exports: number;
  bytes: number;
  seconds: number;
  pings: number[];
  error?: string;
}

function load(base: string, burst: boolean): Promise<Result> {
  return new Promise((resolve, reject) => {
    const w = new Worker(CLIENT_CODE, {
      eval: true,
      workerData: { base, seconds: SECONDS, clients: CLIENTS, pingEvery: PING_EVERY_MS, burst },
    });
    w.once('message', (m: Result) => (m.error ? reject(new Error(m.error)) : resolve(m)));
    w.once('error', reject);
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * p) - 1))];
};
const ms = (x: number) => x.toFixed(1).padStart(8);

export async function benchDocuments() {
  const app = Fastify({ logger: false });
  app.get('/doc', async (_req, reply) =>
    reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .send(await renderNd30Docx(longReport)),
  );
  app.get('/ping', async () => ({ ok: true }));
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const before = process.env.DOCUMENT_WORKERS;
  try {
    const rows: string[] = [];
    const idle = await load(base, false);
    const floor = pct(idle.pings, 0.99);
    log(`idle server: small request p99 ${floor.toFixed(1)} ms (${idle.pings.length} requests)`);
    for (const mode of ['inline', 'pool'] as const) {
      process.env.DOCUMENT_WORKERS = mode === 'inline' ? '0' : (before ?? '');
      if (mode === 'pool' && process.env.DOCUMENT_WORKERS === '') delete process.env.DOCUMENT_WORKERS;
      for (let i = 0; i < 3; i++) await renderNd30Docx(longReport); // warm (and the pool's threads up)
      const r = await load(base, true);
      const label =
        mode === 'inline' ? 'on the request thread' : `worker pool (${documentWorkers()} threads)`;
      rows.push(
        `${label.padEnd(28)}${(r.exports / r.seconds).toFixed(1).padStart(10)}${ms(pct(r.pings, 0.5))}${ms(pct(r.pings, 0.99))}${(pct(r.pings, 0.99) / floor).toFixed(1).padStart(9)}×`,
      );
      log(
        `${label}: ${r.exports} exports (${(r.bytes / r.exports / 1024).toFixed(0)} KB each) in ${r.seconds.toFixed(1)} s`,
      );
    }
    console.log(
      `\n${'48-indicator report .docx'.padEnd(28)}${'exports/s'.padStart(10)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'p99/idle'.padStart(10)}`,
    );
    for (const r of rows) console.log(r);
    console.log(
      '(p50/p99: the small request sent 50 times a second during the burst; aim ≥ 30 exports/s, p99 < 100 ms)',
    );
  } finally {
    if (before === undefined) delete process.env.DOCUMENT_WORKERS;
    else process.env.DOCUMENT_WORKERS = before;
    await app.close();
    await closeDocumentPool();
  }
}
