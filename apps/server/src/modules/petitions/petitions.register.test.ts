/**
 * The register at scale (issue 8, performance): bounded counts, the stored deadline of the running
 * step and the indexes the register's filters use.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, uid } from '../../../test/factories.ts';
import { COUNT_CAP, listPetitions } from './petition/register.repository.ts';
import { B, petitionsWorld, type PetitionsWorld } from './petitions.test-helpers.ts';

let w: PetitionsWorld;

beforeAll(async () => {
  w = await petitionsWorld();
  w.env.clock.set('2026-10-20T03:00:00Z');
});
afterAll(() => w.env.clock.reset());

const rows = async <T>(q: ReturnType<typeof sql>) =>
  ((await w.env.database.db.execute(q)) as unknown as { rows: T[] }).rows;

describe('the register counts up to a cap', () => {
  it('answers the total as the cap with totalIsLowerBound, and counts per status capped', async () => {
    const tag = uid();
    for (let i = 0; i < 4; i++)
      await w.create(w.officer, { subject: `Khiếu nại đất đai ${tag} số ${i}`, content: `Nội dung ${tag}` });
    const scopes = [{ unitId: w.p.root.id, path: w.p.root.path, subtree: true }];
    const today = '2026-10-20';
    const db = w.env.database.db;

    // under the cap: exact, no flag
    const exact = await listPetitions(db, scopes, { q: tag.toLowerCase(), today }, 1, 2);
    expect(exact).toMatchObject({ total: 4, counts: { received: 4 } });
    expect(exact.items).toHaveLength(2);
    expect(exact.totalIsLowerBound).toBeUndefined();
    expect(exact.countsCapped).toBeUndefined();

    // a search over the cap: the total is the cap (a lower bound), the counts are left out
    const search = await listPetitions(db, scopes, { q: tag.toLowerCase(), today }, 1, 2, 3);
    expect(search).toMatchObject({ total: 3, totalIsLowerBound: true, countsCapped: true, counts: {} });
    expect(search.items).toHaveLength(2);

    // a filter over the cap: the total with its status counted up to the cap, each status capped
    const unit = { unitPath: w.p.communeA.path, status: 'received', today };
    const filtered = await listPetitions(db, scopes, unit, 1, 2, 3);
    expect(filtered).toMatchObject({ total: 3, totalIsLowerBound: true, countsCapped: true });
    expect(filtered.counts.received).toBe(3);
    const none = await listPetitions(db, scopes, { ...unit, status: 'closed' }, 1, 2, 3);
    expect(none).toMatchObject({ total: 0, countsCapped: true });
    expect(none.totalIsLowerBound).toBeUndefined();

    expect(COUNT_CAP).toBe(10_000);
    const api = json(await w.send(w.inspector, 'GET', `${B}?q=${tag.toLowerCase()}`));
    expect(api.total).toBe(4);
    expect(api.totalIsLowerBound).toBeUndefined();
  });
});

describe('the deadline of the running step is stored', () => {
  it('follows the step: the screening deadline while received, the resolution deadline once accepted', async () => {
    const [p] = await w.create(w.officer, { subject: `Khiếu nại ${uid()}` });
    const due = async () =>
      (
        await rows<{ running_due: string | null; screening_due: string; resolution_due: string | null }>(
          sql`select running_due::text, screening_due::text, resolution_due::text from petitions where id = ${p.id}`,
        )
      )[0];
    const r0 = await due();
    expect(r0.running_due).toBe(r0.screening_due);
    expect(r0.running_due).toBe(p.dueDate);
    expect(
      (await w.step(w.officer, p.id, 'screen', { on: '2026-06-26', competence: 'own' })).statusCode,
    ).toBe(200);
    const a = await w.step(w.officer, p.id, 'accept', { on: '2026-06-30' });
    expect(a.statusCode, a.body).toBe(200);
    const r1 = await due();
    expect(r1.running_due).toBe(r1.resolution_due);
    expect(r1.running_due).toBe(json(a).dueDate);
    // overdue on 20/10/2026: the register's flag finds it through the stored column
    const overdue = json(await w.send(w.officer, 'GET', `${B}?flag=overdue&pageSize=500`));
    expect(overdue.items.map((i: any) => i.id)).toContain(p.id);
  });
});

describe.skipIf(process.env.TEST_DB !== 'postgres')('the register’s filters use an index', () => {
  const plan = async (where: ReturnType<typeof sql>) =>
    w.env.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const r = (await tx.execute(sql`explain select id from petitions where ${where}`)) as unknown as {
        rows: { 'QUERY PLAN': string }[];
      };
      return r.rows.map((x) => x['QUERY PLAN']).join('\n');
    });

  it('serves the overdue filter from the partial index on running_due', async () => {
    expect(await plan(sql`running_due < '2026-10-20'::date`)).toContain('petitions_running_due_idx');
  });

  it('serves kind, field and status within a unit from the composite index', async () => {
    expect(
      await plan(
        sql`kind = 'khieu_nai' and field = 'dat_dai' and status = 'accepted' and unit_id = ${w.p.communeA.id}`,
      ),
    ).toContain('petitions_kind_field_status_unit_idx');
  });
});
