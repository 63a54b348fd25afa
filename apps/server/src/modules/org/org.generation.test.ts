import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { sys, unitMaker } from '../../../test/factories.ts';
import * as org from './index.ts';

/**
 * The tree's generation names its committed state: it moves with every change to the tree, made by
 * a verb or by SQL by hand, and with nothing else; a change rolled back leaves it where it was.
 */
let env: TestEnv;
let mk: Awaited<ReturnType<typeof unitMaker>>['mk'];

beforeAll(async () => {
  env = await testEnv();
  ({ mk } = await unitMaker(env));
});

const generation = () => org.orgGeneration(env.database.db);

describe('the org tree generation', () => {
  it('moves with a unit created, renamed by hand or regrouped, and not with a read', async () => {
    const g0 = await generation();
    const p = await mk('GEN', 'Tỉnh thế hệ', 'province', null);
    const g1 = await generation();
    expect(g1).not.toBe(g0);
    await org.getUnitById(sys(env), p.id);
    expect(await generation()).toBe(g1);
    await env.database.db.execute(sql`update org_units set name = name || ' (đổi tên)' where id = ${p.id}`);
    const g2 = await generation();
    expect(g2).not.toBe(g1);
    const c = await mk('GENX', 'Xã thế hệ', 'commune', p.id, ['khoi_xa']);
    const g3 = await generation();
    await env.database.db.execute(sql`delete from org_unit_groups where unit_id = ${c.id}`);
    expect(await generation()).not.toBe(g3);
  });

  it('stays where it was when the change is rolled back', async () => {
    const before = await generation();
    await expect(
      env.database.db.transaction(async (tx) => {
        await tx.execute(sql`update org_units set name = name where id = (select min(id) from org_units)`);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await generation()).toBe(before);
  });
});
