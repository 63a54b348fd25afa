import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { todayInVietnam } from '@danvan/domain';
import type { Database, Db } from '../db/client.ts';
import { jobRuns } from '../db/schema/jobs.ts';
import type { Config } from '../config.ts';
import { systemCtx, type Clock, type Ctx } from './context.ts';
import { MAX_ATTEMPTS, sendPendingMail } from './mail.ts';

/** A daily job (a deadline sweep); it receives a system context and today's date in Vietnam. */
export type DailyJob = (ctx: Ctx, today: string) => Promise<Record<string, unknown> | void>;
const daily = new Map<string, DailyJob>();

/** Modules register their reminder sweeps here at load time. */
export function registerDailyJob(name: string, job: DailyJob): void {
  daily.set(name, job);
}
export function dailyJobNames(): string[] {
  return [...daily.keys()];
}

/**
 * Runs every registered daily job that has not run today. The (job, date) row is inserted first and
 * acts as a lock, so each job runs once a day across restarts and several instances. A failed run
 * records its error and is retried on the next tick.
 */
export async function runDueJobs(
  db: Db,
  config: Config,
  clock: Clock,
): Promise<{ job: string; ok: boolean; result?: unknown; error?: string }[]> {
  const today = todayInVietnam(clock.now());
  const out = [];
  for (const [name, job] of daily) {
    // retry a failed run of today: remove it so it can be claimed again
    await db
      .delete(jobRuns)
      .where(and(eq(jobRuns.job, name), eq(jobRuns.runDate, today), sql`${jobRuns.error} is not null`));
    const claimed = await db
      .insert(jobRuns)
      .values({ job: name, runDate: today, startedAt: clock.now() })
      .onConflictDoNothing()
      .returning();
    if (!claimed.length) continue;
    try {
      const result = await job(systemCtx(db, config, clock), today);
      await db
        .update(jobRuns)
        .set({ finishedAt: clock.now(), result: (result ?? {}) as never })
        .where(and(eq(jobRuns.job, name), eq(jobRuns.runDate, today)));
      out.push({ job: name, ok: true, result });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      await db
        .update(jobRuns)
        .set({ finishedAt: clock.now(), error })
        .where(and(eq(jobRuns.job, name), eq(jobRuns.runDate, today)));
      out.push({ job: name, ok: false, error });
    }
  }
  return out;
}

/** A claimed run that never finished (the process died) is released after an hour. */
async function releaseStale(db: Db, clock: Clock) {
  await db
    .delete(jobRuns)
    .where(
      and(isNull(jobRuns.finishedAt), lt(jobRuns.startedAt, new Date(clock.now().getTime() - 3600_000))),
    );
}

export type JobLog = (level: 'info' | 'warn' | 'error', msg: string, err?: unknown) => void;

/**
 * Starts the runner: a tick at start and every minute. Returns a stop function that aborts the mail
 * run in flight (its unsent rest is released for the next run) and awaits the tick.
 */
export function startJobRunner(database: Database, config: Config, clock: Clock, log: JobLog) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const abort = new AbortController();
  const tick = () => {
    if (stopped) return;
    running = (async () => {
      try {
        await releaseStale(database.db, clock);
        for (const r of await runDueJobs(database.db, config, clock))
          log(r.ok ? 'info' : 'error', `job ${r.job}: ${r.ok ? 'xong' : 'lỗi ' + r.error}`);
        const mail = await sendPendingMail(database.db, config, clock, { signal: abort.signal });
        if (mail.sent) log('info', `mail: đã gửi ${mail.sent} thư`);
        for (const f of mail.failed)
          log(
            f.final ? 'error' : 'warn',
            `mail: thư #${f.id} không gửi được (lần ${f.attempts}/${MAX_ATTEMPTS}${f.final ? ', bỏ hẳn' : ''}): ${f.error}`,
          );
      } catch (e) {
        log('error', 'job runner error', e);
      }
    })();
  };
  tick();
  const timer = setInterval(tick, 60_000);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    abort.abort();
    await running;
  };
}
