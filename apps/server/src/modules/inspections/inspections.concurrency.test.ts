/**
 * Concurrent writes of the inspections module on PostgreSQL (PGlite serialises everything): requests
 * sent at once on the same version let exactly one win (row lock and version condition), and a
 * planned item is carried out by one inspection only (unique index).
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';

let env: TestEnv;
let p: Province;
let inspector: TestUser;

const N = 4;
const B = '/api/v1/inspections';
const send = (method: 'POST' | 'PATCH', url: string, payload: unknown) =>
  env.app.inject({ method, url, headers: inspector.headers, payload: payload as never });
const statuses = (res: { statusCode: number }[]) => res.map((r) => r.statusCode).sort();
async function count(q: ReturnType<typeof sql>): Promise<number> {
  return ((await env.database.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0].n;
}
async function inspection() {
  const res = await send('POST', B, {
    unitId: p.communeA.id,
    conductorUnitId: p.dept2.id,
    mode: 'unplanned',
    title: 'Kiểm tra thử đồng thời',
    startOn: '2026-03-02',
  });
  expect(res.statusCode, res.body).toBe(201);
  return json<{ id: number; version: number }>(res);
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('inspections: concurrent writes on PostgreSQL', () => {
  beforeAll(async () => {
    env = await testEnv();
    p = await makeProvince(env);
    inspector = await makeUser(env, 'inspector', p.root.id);
  });

  it(`${N} conclusions on the same version: one wins, one audit row`, async () => {
    const i = await inspection();
    const res = await Promise.all(
      Array.from({ length: N }, (_, k) =>
        send('POST', `${B}/${i.id}/conclude`, {
          expectedVersion: i.version,
          conclusionNumber: `${k + 1}/KL`,
          conclusionDate: '2026-03-20',
          conclusionText: 'Kết luận.',
          signerName: 'Hồ Văn Hà',
          signerPosition: 'Chánh Thanh tra',
        }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where entity = 'inspection' and entity_id = ${String(i.id)} and action = 'conclude'`,
      ),
    ).toBe(1);
  });

  it(`${N} updates of a recommendation on the same version: one wins`, async () => {
    const i = await inspection();
    const made = json(
      await send('POST', `${B}/${i.id}/recommendations`, { content: 'Kiến nghị.', dueOn: '2026-04-01' }),
    );
    const r = made.recommendationList[0];
    const res = await Promise.all(
      Array.from({ length: N }, (_, k) =>
        send('PATCH', `${B}/recommendations/${r.id}`, {
          state: 'done',
          doneOn: '2026-03-30',
          evidence: `Minh chứng ${k}`,
          expectedVersion: r.version,
        }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
    expect(await count(sql`select version as n from inspections_recommendations where id = ${r.id}`)).toBe(
      r.version + 1,
    );
  });

  it(`${N} inspections of the same planned item at once: one is recorded`, async () => {
    const plan = json(
      await send('POST', `${B}/plans`, { unitId: p.dept2.id, year: 2026, title: 'KH đồng thời' }),
    );
    const withItem = json(
      await send('POST', `${B}/plans/${plan.id}/items`, {
        expectedVersion: plan.version,
        unitId: p.communeA.id,
        month: 3,
      }),
    );
    const itemId = withItem.planItems[0].id;
    const res = await Promise.all(
      Array.from({ length: N }, () =>
        send('POST', B, {
          unitId: p.communeA.id,
          conductorUnitId: p.dept2.id,
          planItemId: itemId,
          title: 'Kiểm tra theo kế hoạch',
          startOn: '2026-03-02',
        }),
      ),
    );
    expect(statuses(res)).toEqual([201, ...Array(N - 1).fill(409)]);
    expect(await count(sql`select count(*)::int as n from inspections where plan_item_id = ${itemId}`)).toBe(
      1,
    );
  });

  it(`${N} items added to a plan on the same version: one is added`, async () => {
    const plan = json(
      await send('POST', `${B}/plans`, { unitId: p.dept2.id, year: 2026, title: 'KH thêm mục' }),
    );
    const res = await Promise.all(
      Array.from({ length: N }, (_, k) =>
        send('POST', `${B}/plans/${plan.id}/items`, {
          expectedVersion: plan.version,
          unitId: p.communeA.id,
          month: k + 1,
        }),
      ),
    );
    expect(statuses(res)).toEqual([201, ...Array(N - 1).fill(409)]);
    expect(
      await count(sql`select count(*)::int as n from inspections_plan_items where plan_id = ${plan.id}`),
    ).toBe(1);
  });
});
