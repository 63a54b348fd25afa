import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';

/**
 * The read-check-write verbs of situation notes under real concurrency (PostgreSQL only: PGlite runs
 * requests one after another). Requests carrying the same expected version are fired at once: exactly
 * one may win, the others get 409; a note cannot be settled while a follow-up is being added.
 */
const B = '/api/v1/situations';
const N = 5;
let env: TestEnv;
let p: Province;
let head: TestUser;
let officer: TestUser;

const send = (method: string, u: TestUser, url: string, payload?: unknown) =>
  env.app.inject({ method: method as never, url, headers: u.headers, payload: payload as never });

async function newNote(followUps: unknown[] = []) {
  const r = await send('POST', head, B, {
    unitId: p.communeA.id,
    place: 'Khu phố 4',
    topic: 'hot_spot',
    summary: 'Người dân tụ tập phản đối ô nhiễm.',
    notedOn: '2026-01-05',
    followUps,
  });
  expect(r.statusCode, r.body).toBe(200);
  return json(r);
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('situations under concurrency', () => {
  beforeAll(async () => {
    env = await testEnv();
    p = await makeProvince(env);
    head = await makeUser(env, 'unit_head', p.communeA.id);
    officer = await makeUser(env, 'reception_officer', p.communeA.id);
  });

  it('two parallel updates with the same expectedVersion: one 200, one 409', async () => {
    const s = await newNote();
    const res = await Promise.all([
      send('PATCH', head, `${B}/${s.id}`, { level: 'complex', expectedVersion: s.version }),
      send('PATCH', officer, `${B}/${s.id}`, { level: 'watch', expectedVersion: s.version }),
    ]);
    expect(res.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const after = json(await send('GET', head, `${B}/${s.id}`));
    expect(after.version).toBe(s.version + 1);
    expect(after.level).toBe(json(res.find((r) => r.statusCode === 200)!).level);
  });

  it(`${N} parallel updates of one follow-up at the same version: exactly one wins`, async () => {
    const s = await newNote([{ action: 'Kiểm tra', assignee: 'Công an xã', dueDate: '2026-01-20' }]);
    const f = s.followUps[0];
    const res = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        send('PATCH', i % 2 ? head : officer, `${B}/follow-ups/${f.id}`, {
          note: `Lần ${i}`,
          expectedVersion: f.version,
        }),
      ),
    );
    expect(res.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(res.filter((r) => r.statusCode === 409)).toHaveLength(N - 1);
  });

  it('settling and adding a follow-up at once: never a settled note with an open action', async () => {
    for (let round = 0; round < 3; round++) {
      const s = await newNote();
      const [settle, add] = await Promise.all([
        send('PATCH', head, `${B}/${s.id}`, { state: 'stabilized', expectedVersion: s.version }),
        send('POST', officer, `${B}/${s.id}/follow-ups`, {
          action: 'Đối thoại',
          assignee: 'Chủ tịch xã',
          dueDate: '2026-02-01',
        }),
      ]);
      expect([settle.statusCode, add.statusCode].filter((c) => c === 200).length).toBe(1);
      const after = json(await send('GET', head, `${B}/${s.id}`));
      expect(after.state === 'stabilized' && after.openFollowUps > 0).toBe(false);
    }
  });
});
