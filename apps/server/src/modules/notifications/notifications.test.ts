import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, uid, type Province, type TestUser } from '../../../test/factories.ts';
import { notifyUsers } from './index.ts';

let env: TestEnv;
let p: Province;
let officer: TestUser;

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  officer = await makeUser(env, 'focal_officer', p.communeA.id);
});

const send = (title: string) =>
  notifyUsers(env.database.db, { config: env.config }, [officer.id], {
    kind: 'test',
    title,
    dedupeKey: `thu-${uid()}`,
  });

async function mine() {
  return json<{ items: { id: number; title: string; readAt: string | null }[] }>(
    await env.app.inject({
      method: 'GET',
      url: '/api/v1/notifications?pageSize=100',
      headers: officer.headers,
    }),
  ).items;
}

const auditOf = (action: string) =>
  env.database.query<{ entity_id: string | null; actor_id: number; after: { count?: number } | null }>(
    `select entity_id, actor_id, after from audit_log where entity = 'notification' and action = $1
      and actor_id = $2 order by id`,
    [action, officer.id],
  );

describe('reading notifications', () => {
  it('marking one as read writes an audit row, once; marking all writes one row with the count', async () => {
    await send('Thông báo một');
    await send('Thông báo hai');
    await send('Thông báo ba');
    const [first] = await mine();
    const read = () =>
      env.app.inject({
        method: 'POST',
        url: `/api/v1/notifications/${first.id}/read`,
        headers: officer.headers,
      });
    expect((await read()).statusCode).toBe(200);
    expect(await auditOf('read')).toMatchObject([{ entity_id: String(first.id), actor_id: officer.id }]);
    const readAt = (await mine()).find((n) => n.id === first.id)!.readAt;
    expect(readAt).not.toBeNull();
    // reading it again is no change: the time it was first read stays, no second row
    expect((await read()).statusCode).toBe(200);
    expect(await auditOf('read')).toHaveLength(1);
    expect((await mine()).find((n) => n.id === first.id)!.readAt).toBe(readAt);

    const all = () =>
      env.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: officer.headers });
    expect((await all()).statusCode).toBe(200);
    expect(await auditOf('read_all')).toMatchObject([{ after: { count: 2 } }]);
    expect((await mine()).every((n) => n.readAt)).toBe(true);
    expect((await all()).statusCode).toBe(200);
    expect(await auditOf('read_all')).toHaveLength(1);
  });

  it("another user's notification stays 404 and writes nothing", async () => {
    const other = await makeUser(env, 'focal_officer', p.communeB.id);
    await send('Riêng tư');
    const [n] = await mine();
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${n.id}/read`,
      headers: other.headers,
    });
    expect(res.statusCode).toBe(404);
    expect(
      await env.database.query(`select id from audit_log where entity = 'notification' and actor_id = $1`, [
        other.id,
      ]),
    ).toHaveLength(0);
  });
});

describe('a notification as a code with parameters (issue 14: the web translates it)', () => {
  it('stores the code (by default the kind) and the parameters beside the Vietnamese text, and returns them', async () => {
    const key = `thu-${uid()}`;
    await notifyUsers(env.database.db, { config: env.config }, [officer.id], {
      kind: 'plans.task_due_soon',
      title: '2 nhiệm vụ đến hạn ngày 10/04/2026',
      body: 'Đơn vị có 2 nhiệm vụ chưa hoàn thành, đến hạn ngày 10/04/2026.',
      params: { count: 2, due: '2026-04-10' },
      dedupeKey: key,
    });
    await send('Không có tham số');
    const items = json<{
      items: { title: string; code: string | null; params: Record<string, unknown> | null }[];
    }>(
      await env.app.inject({
        method: 'GET',
        url: '/api/v1/notifications?pageSize=100',
        headers: officer.headers,
      }),
    ).items;
    const coded = items.find((n) => n.title === '2 nhiệm vụ đến hạn ngày 10/04/2026');
    expect(coded).toMatchObject({ code: 'plans.task_due_soon', params: { count: 2, due: '2026-04-10' } });
    const plain = items.find((n) => n.title === 'Không có tham số');
    expect(plain).toMatchObject({ code: null, params: null });
    const [row] = await env.database.query<{ message_code: string; message_params: unknown }>(
      `select message_code, message_params from notifications where dedupe_key = $1`,
      [key],
    );
    expect(row).toEqual({
      message_code: 'plans.task_due_soon',
      message_params: { count: 2, due: '2026-04-10' },
    });
  });
});
