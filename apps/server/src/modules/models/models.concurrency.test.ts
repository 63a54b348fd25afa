/**
 * Concurrent transitions of a model on PostgreSQL (PGlite serialises everything): requests sent at
 * once with the same version must let exactly one win (the row lock and the version condition), and
 * the model moves once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';

let env: TestEnv;
let p: Province;
let focal: TestUser;
let coordinator: TestUser;

const N = 4;
const B = '/api/v1/models';
const post = (u: TestUser, url: string, payload: unknown) =>
  env.app.inject({ method: 'POST', url, headers: u.headers, payload: payload as never });

async function model() {
  const res = await post(focal, B, {
    unitId: p.dept.id,
    name: 'Mô hình thử đồng thời',
    field: 'economy',
    registration: { situation: 'Thực trạng.', goals: 'Mục tiêu.', contentMethod: 'Cách làm.' },
    registeredOn: '2025-02-01',
  });
  expect(res.statusCode, res.body).toBe(201);
  return json<{ id: number; version: number }>(res);
}

async function count(q: ReturnType<typeof sql>): Promise<number> {
  return ((await env.database.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0].n;
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('models: concurrent transitions on PostgreSQL', () => {
  beforeAll(async () => {
    env = await testEnv();
    p = await makeProvince(env);
    focal = await makeUser(env, 'focal_officer', p.dept.id);
    coordinator = await makeUser(env, 'coordinator', p.root.id);
  });

  it(`${N} starts with the same version: one wins, the others get 409, one audit row`, async () => {
    const m = await model();
    const res = await Promise.all(
      Array.from({ length: N }, () =>
        post(focal, `${B}/${m.id}/start`, { expectedVersion: m.version, on: '2025-02-10' }),
      ),
    );
    const codes = res.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, ...Array(N - 1).fill(409)]);
    expect(await count(sql`select version as n from models where id = ${m.id}`)).toBe(2);
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where entity = 'model' and entity_id = ${String(m.id)} and action = 'start'`,
      ),
    ).toBe(1);
  });

  it(`${N} evaluations and a stop at once with the same version: exactly one changes the model`, async () => {
    const m = await model();
    const started = json<{ version: number }>(
      await post(focal, `${B}/${m.id}/start`, { expectedVersion: m.version, on: '2025-02-10' }),
    );
    const crit = json<{ items: { id: number; maxPoints: number }[] }>(
      await env.app.inject({ method: 'GET', url: `${B}/criteria`, headers: coordinator.headers }),
    ).items;
    const scores = crit.map((c) => ({ criterionId: c.id, points: c.maxPoints }));
    const res = await Promise.all([
      ...Array.from({ length: N }, () =>
        post(coordinator, `${B}/${m.id}/evaluations`, {
          expectedVersion: started.version,
          evaluatedOn: '2025-06-01',
          scores,
        }),
      ),
      post(focal, `${B}/${m.id}/stop`, { expectedVersion: started.version, reason: 'Thử đồng thời' }),
    ]);
    const won = res.filter((r) => r.statusCode < 300);
    expect(won).toHaveLength(1);
    expect(res.filter((r) => r.statusCode === 409)).toHaveLength(N);
    expect(await count(sql`select version as n from models where id = ${m.id}`)).toBe(started.version + 1);
    const evals = await count(
      sql`select count(*)::int as n from models_evaluations where model_id = ${m.id}`,
    );
    expect(evals).toBe(won[0].statusCode === 201 ? 1 : 0);
  });
});
