/**
 * Concurrent merges on PostgreSQL (PGlite serialises everything): two merges of the same unit sent at
 * once must not both succeed, and the database shows one succession.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TestEnv } from '../../../test/harness.ts';
import { json, type Province, type TestUser } from '../../../test/factories.ts';
import { orgRequests, orgWorld } from './org.test-helpers.ts';

let env: TestEnv;
let p: Province;
let admin: TestUser;

const N = 4;

const requests = orgRequests(() => env);
const post = (url: string, payload: unknown) => requests.post(admin, url, payload);

async function commune(code: string, name: string) {
  const res = await post('/api/v1/org/units', {
    code: `${code}_${p.suffix}`,
    name,
    kind: 'commune',
    parentId: p.root.id,
    validFrom: '2020-01-01',
    groups: ['khoi_xa'],
  });
  expect(res.statusCode, res.body).toBe(200);
  return json<{ id: number }>(res);
}

async function count(q: ReturnType<typeof sql>): Promise<number> {
  return ((await env.database.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0].n;
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('org: concurrent merges on PostgreSQL', () => {
  beforeAll(async () => {
    ({ env, p, admin } = await orgWorld());
  });

  it(`${N} concurrent merges of one unit into new successors: one wins, one succession`, async () => {
    const a = await commune('CC_A', 'Xã Đồng Thời Một');
    const res = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        post('/api/v1/org/merge', {
          sourceIds: [a.id],
          newTarget: {
            code: `CC_N${i}_${p.suffix}`,
            name: `Xã Kế Thừa ${i + 1}`,
            kind: 'commune',
            parentId: p.root.id,
            groups: ['khoi_xa'],
          },
          effectiveDate: '2025-07-01',
        }),
      ),
    );
    const codes = res.map((r) => r.statusCode).sort();
    expect(codes, res.map((r) => r.body).join('\n')).toEqual([200, ...Array(N - 1).fill(422)]);
    expect(
      await count(sql`select count(*)::int as n from org_successions where predecessor_id = ${a.id}`),
    ).toBe(1);
    expect(
      await count(
        sql`select count(*)::int as n from org_events where kind = 'merged' and ${a.id} = any(related_unit_ids)`,
      ),
    ).toBe(1);
    // the losers left no successor behind
    expect(
      await count(sql`select count(*)::int as n from org_units where code like ${`CC_N%_${p.suffix}`}`),
    ).toBe(1);
  });

  it('two concurrent merges of one unit into two existing units: one wins', async () => {
    const a = await commune('CC_B', 'Xã Tranh Chấp');
    const t1 = await commune('CC_T1', 'Xã Nhận Một');
    const t2 = await commune('CC_T2', 'Xã Nhận Hai');
    const res = await Promise.all(
      [t1, t2, t1, t2].map((t) =>
        post('/api/v1/org/merge', { sourceIds: [a.id], targetId: t.id, effectiveDate: '2025-07-01' }),
      ),
    );
    const codes = res.map((r) => r.statusCode).sort();
    expect(codes, res.map((r) => r.body).join('\n')).toEqual([200, 422, 422, 422]);
    expect(
      await count(sql`select count(*)::int as n from org_successions where predecessor_id = ${a.id}`),
    ).toBe(1);
  });
});
