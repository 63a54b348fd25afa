import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../test/harness.ts';
import { json, makeProvince, makeUser, sys, type Province } from '../../test/factories.ts';
import { registerDailyJob, runDueJobs } from './jobs.ts';
import { notifyUnit } from '../modules/notifications/index.ts';
import { audit, inTx } from './audit.ts';

let env: TestEnv;
let p: Province;

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
});

describe('daily jobs and reminders', () => {
  it('runs a registered job once per Vietnamese day, across restarts, and retries a failure', async () => {
    const name = `test.sweep.${p.suffix}`;
    const calls: string[] = [];
    let fail = true;
    registerDailyJob(name, async (_ctx, today) => {
      calls.push(today);
      if (fail) throw new Error('lỗi tạm thời');
      return { reminded: 1 };
    });
    env.clock.set('2026-03-09T16:59:00Z'); // 23:59 on 09/3 in Vietnam
    try {
      let r = await runDueJobs(env.database.db, env.config, env.clock);
      expect(r.find((x) => x.job === name)?.ok).toBe(false);
      fail = false;
      r = await runDueJobs(env.database.db, env.config, env.clock);
      expect(r.find((x) => x.job === name)?.ok).toBe(true);
      r = await runDueJobs(env.database.db, env.config, env.clock); // same day: not again
      expect(r.find((x) => x.job === name)).toBeUndefined();
      env.clock.set('2026-03-09T17:01:00Z'); // 00:01 on 10/3 in Vietnam
      r = await runDueJobs(env.database.db, env.config, env.clock);
      expect(r.find((x) => x.job === name)?.ok).toBe(true);
      expect(calls).toEqual(['2026-03-09', '2026-03-09', '2026-03-10']);
    } finally {
      env.clock.reset();
    }
  });

  it('delivers a reminder to the unit’s people once per key, shown in their inbox with an unread count', async () => {
    const head = await makeUser(env, 'unit_head', p.communeB.id);
    const other = await makeUser(env, 'unit_head', p.communeC.id);
    const msg = {
      kind: 'reminder',
      title: 'Sắp đến hạn báo cáo 6 tháng',
      body: 'Hạn nộp: 10/5/2026',
      link: '/bao-cao',
      dedupeKey: `r-${p.suffix}`,
    };
    expect(await notifyUnit(env.database.db, env, p.communeB.id, ['unit_head'], msg)).toBe(1);
    expect(await notifyUnit(env.database.db, env, p.communeB.id, ['unit_head'], msg)).toBe(0);
    expect(
      json(
        await env.app.inject({
          method: 'GET',
          url: '/api/v1/notifications/unread-count',
          headers: head.headers,
        }),
      ).unread,
    ).toBe(1);
    expect(
      json(
        await env.app.inject({
          method: 'GET',
          url: '/api/v1/notifications/unread-count',
          headers: other.headers,
        }),
      ).unread,
    ).toBe(0);
    const list = json(
      await env.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: head.headers }),
    );
    expect(list.items[0].title).toBe('Sắp đến hạn báo cáo 6 tháng');
    // someone else cannot mark it read
    expect(
      (
        await env.app.inject({
          method: 'POST',
          url: `/api/v1/notifications/${list.items[0].id}/read`,
          headers: other.headers,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await env.app.inject({
          method: 'POST',
          url: `/api/v1/notifications/${list.items[0].id}/read`,
          headers: head.headers,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      json(
        await env.app.inject({
          method: 'GET',
          url: '/api/v1/notifications/unread-count',
          headers: head.headers,
        }),
      ).unread,
    ).toBe(0);
  });

  it('rolls the change back when the audit write fails', async () => {
    const ctx = sys(env);
    const code = `ROLLBACK_${p.suffix}`;
    await expect(
      inTx(ctx, async (tx, c) => {
        await tx.execute(`insert into org_groups (code, name) values ('${code}', 'Nhóm thử')` as never);
        await audit(tx, c, { entity: 'x'.repeat(10), action: null as never });
      }),
    ).rejects.toThrow();
    const rows = await env.database.query('select 1 from org_groups where code = $1', [code]);
    expect(rows).toHaveLength(0);
  });
});
