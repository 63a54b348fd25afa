import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendPendingMail } from '../../src/core/mail.ts';
import { freePort } from '../pg-cluster.ts';
import { testEnv, type TestEnv } from '../harness.ts';
import { json, makeProvince, makeUser, type Province } from '../factories.ts';

// A wrong SMTP server: the attempt is recorded (last_error, the next try a minute later, not again in
// the same run) and the administrators see it in their inbox, once a day, instead of mail being
// silently dropped after five tries.

let env: TestEnv;
let p: Province;
beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
});

describe('mail that cannot be sent', () => {
  it('is recorded, retried later, and shown to the administrators', async () => {
    const to = `nguoi.nhan.${p.suffix}@xa.example.vn`;
    const rows = (await env.database.db.execute(
      sql`insert into mail_outbox ("to", subject, body) values (${to}, 'Nhắc hạn', 'Nội dung') returning id`,
    )) as unknown as { rows: { id: number }[] };
    const id = rows.rows[0].id;
    const config = { ...env.config, SMTP_URL: `smtp://127.0.0.1:${await freePort()}` };
    // the clock first: a session made before a jump of the clock would have expired (12 hours)
    env.clock.set('2026-05-10T02:00:00Z');
    const admin = await makeUser(env, 'admin', p.root.id);
    try {
      const run = await sendPendingMail(env.database.db, config, env.clock);
      const mine = run.failed.filter((f) => f.id === id);
      expect(mine).toHaveLength(1); // one attempt in this run, not five
      expect(mine[0]).toMatchObject({ attempts: 1, final: false });
      expect(mine[0].error).not.toContain(to);

      const [row] = (
        (await env.database.db.execute(
          sql`select attempts, sent_at, last_error, claimed_until, handed_at from mail_outbox where id = ${id}`,
        )) as unknown as { rows: Record<string, unknown>[] }
      ).rows;
      expect(row.attempts).toBe(1);
      expect(row.sent_at).toBeNull();
      expect(row.handed_at).toBeNull();
      expect(String(row.last_error)).toMatch(/ECONNREFUSED|connect/);
      expect(new Date(row.claimed_until as string).toISOString()).toBe('2026-05-10T02:01:00.000Z');

      // a second run at once does not try it again
      const again = await sendPendingMail(env.database.db, config, env.clock);
      expect(again.failed.some((f) => f.id === id)).toBe(false);

      const inbox = json(
        await env.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: admin.headers }),
      );
      const notes = inbox.items.filter((n: { title: string }) => n.title === 'Không gửi được thư điện tử');
      expect(notes).toHaveLength(1);
      expect(notes[0].body).toContain('Kiểm tra SMTP_URL');
    } finally {
      env.clock.reset();
      await env.database.db.execute(sql`delete from mail_outbox where id = ${id}`);
    }
  });
});
