/**
 * An open-loop load at a fixed rate: request i is due at start + i / rate, whatever the answers
 * before it did, and its latency is counted from that due time (so a request that waits for a free
 * connection, behind a slow one, counts its wait: no coordinated omission).
 *
 * Why not autocannon's `overallRate`: it gives each connection its share of a second's requests and
 * lets it send them back to back, as fast as answers come, then waits for the next 1-second tick
 * (autocannon/lib/httpClient.js: `reqsMadeThisSecond`, reset by a 1 s `setInterval`). Its "1,000/s"
 * over 50 connections is a burst of 1,000 requests at 50 in flight at the start of every second, and
 * its latencies are those of flat out: the mix read p50 21–23 ms at 250, 500 and 1,000/s alike,
 * as flat out (22 ms). Here the requests are spread over the second, as users' requests arrive.
 *
 * Node's own http.Agent (keep-alive, at most `connections` sockets; a request due while all are busy
 * waits in the agent's queue, and that wait is in its latency). The timer ticks every millisecond and
 * sends what is due; the generator runs in the bench's process, on the same two cores.
 */
import http from 'node:http';

export interface OpenLoopRequest {
  method: string;
  path: string;
}

export interface OpenLoopResult {
  sent: number;
  answered: number;
  /** Answered per second of the run (the due times' span, not the tail's). */
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** The q-quantile of sorted values (nearest rank). */
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export async function openLoop(opts: {
  url: string;
  requests: OpenLoopRequest[];
  headers: Record<string, string>;
  rate: number;
  seconds: number;
  connections: number;
  /** A request not answered this long after its due time is an error (ms). */
  timeoutMs?: number;
}): Promise<OpenLoopResult> {
  const { hostname, port } = new URL(opts.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const total = Math.round(opts.rate * opts.seconds);
  const interval = 1000 / opts.rate;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let sent = 0;
  let settled = 0;
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  const start = performance.now();

  const fire = (i: number) => {
    const due = start + i * interval;
    const r = opts.requests[i % opts.requests.length];
    let over = false;
    const end = (ok: boolean, status?: number) => {
      if (over) return;
      over = true;
      settled++;
      if (!ok) errors++;
      else {
        latencies.push(performance.now() - due);
        if (status === undefined || status < 200 || status >= 300) non2xx++;
      }
      if (settled === total) done();
    };
    const req = http.request(
      { agent, hostname, port, method: r.method, path: r.path, headers: opts.headers, timeout: timeoutMs },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => end(true, res.statusCode));
        res.on('error', () => end(false));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => end(false));
    req.end();
  };

  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor((performance.now() - start) / interval) + 1);
      while (sent < due) fire(sent++);
      if (sent < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  const span = (performance.now() - start) / 1000;
  await finished;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    sent,
    answered: latencies.length,
    rps: latencies.length / Math.max(span, opts.seconds),
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    non2xx,
    errors,
  };
}
