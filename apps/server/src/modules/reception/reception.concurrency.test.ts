/**
 * Concurrent corrections of one log entry and one schedule on PostgreSQL (PGlite serialises
 * everything): N edits sent at once with the same expectedVersion; exactly one wins, the others get
 * 409, the version moves by one and the audit trail holds one update.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';

let env: TestEnv;
let p: Province;
let officer: TestUser;
let head: TestUser;
const N = 5;
const B = '/api/v1/reception';

const send = (u: TestUser, method: 'POST' | 'PATCH' | 'GET', url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: u.headers,
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });

async function auditCount(entity: string, id: number) {
  const r = (await env.database.db.execute(
    sql`select count(*)::int as n from audit_log where entity = ${entity} and entity_id = ${String(id)} and action = 'update'`,
  )) as unknown as { rows: { n: number }[] };
  return Number(r.rows[0].n);
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('reception: concurrent writes on PostgreSQL', () => {
  beforeAll(async () => {
    env = await testEnv();
    env.clock.set('2026-12-01T03:00:00Z');
    p = await makeProvince(env);
    officer = await makeUser(env, 'reception_officer', p.communeA.id);
    head = await makeUser(env, 'unit_head', p.communeA.id);
  });
  afterAll(() => env.clock.reset());

  it(`${N} concurrent corrections of one log entry at the same version: one wins, the others get 409`, async () => {
    const v = json(
      await send(officer, 'POST', `${B}/visits`, {
        unitId: p.communeA.id,
        kind: 'regular',
        receivedOn: '2026-11-24',
        receivedTime: '08:30',
        place: 'Phòng tiếp công dân',
        receiverName: 'Ngô Văn Bình',
        visitorsCount: 2,
        representativeName: 'Trần Văn Dũng',
        content: 'Khiếu nại về bồi thường đất.',
        field: 'dat_dai',
        outcome: 'petition_received',
      }),
    );
    const res = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        send(i % 2 ? head : officer, 'PATCH', `${B}/visits/${v.id}`, {
          visitorsCount: 5 + i,
          expectedVersion: v.version,
        }),
      ),
    );
    const codes = res.map((r) => r.statusCode).sort();
    expect(codes, res.map((r) => r.body).join('\n')).toEqual([200, ...Array(N - 1).fill(409)]);
    const winner = json(res.find((r) => r.statusCode === 200)!);
    const now = json(await send(officer, 'GET', `${B}/visits/${v.id}`));
    expect(now.version).toBe(2);
    expect(now.visitorsCount).toBe(winner.visitorsCount);
    expect(now.massDelegation).toBe(true);
    expect(await auditCount('reception_visit', v.id)).toBe(1);
  });

  it(`${N} concurrent edits of one schedule at the same version: one wins`, async () => {
    const s = json(
      await send(officer, 'POST', `${B}/schedules`, {
        unitId: p.communeA.id,
        kind: 'regular',
        title: 'Lịch tiếp công dân',
        weekdays: [2],
        startTime: '07:30',
        endTime: '11:00',
        place: 'Phòng tiếp công dân',
        receiverName: 'Ngô Văn Bình',
        validFrom: '2026-01-01',
      }),
    );
    const res = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        send(officer, 'PATCH', `${B}/schedules/${s.id}`, { place: `Phòng số ${i + 1}`, expectedVersion: 1 }),
      ),
    );
    expect(res.map((r) => r.statusCode).sort()).toEqual([200, ...Array(N - 1).fill(409)]);
    expect(await auditCount('reception_schedule', s.id)).toBe(1);
  });
});
