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

describe('a unit’s register', () => {
  it('lists the unit’s petitions within the reader’s scope, with the same total and counts whoever asks', async () => {
    const tag = uid();
    await w.create(w.officer, { subject: `Đơn của sổ đơn vị ${tag} một` });
    await w.create(w.officer, { subject: `Đơn của sổ đơn vị ${tag} hai` });
    await w.create(w.siblingOfficer, { unitId: w.p.communeB.id, subject: `Đơn của sổ đơn vị ${tag} ba` });
    const register = async (u: typeof w.officer, query: string) =>
      json(await w.send(u, 'GET', `${B}?${query}`));
    const ids = (l: { items: { id: number }[] }) => l.items.map((i) => i.id);
    const unitA = `unitId=${w.p.communeA.id}`;

    // over the province (the unit inside the coordinator's scope) and at the unit (the officer's own)
    const byCoordinator = await register(w.coordinator, `${unitA}&pageSize=500`);
    const byOfficer = await register(w.officer, `${unitA}&pageSize=500`);
    expect(byCoordinator.total).toBeGreaterThanOrEqual(2);
    expect(byCoordinator.items.every((i: { unitId: number }) => i.unitId === w.p.communeA.id)).toBe(true);
    expect(ids(byOfficer)).toEqual(ids(byCoordinator));
    expect(byOfficer).toMatchObject({ total: byCoordinator.total, counts: byCoordinator.counts });
    const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(sum(byCoordinator.counts)).toBe(byCoordinator.total);
    // the whole register's lines of the unit, in the same order
    const whole = await register(w.coordinator, 'pageSize=500');
    expect(
      whole.items.filter((i: { unitId: number }) => i.unitId === w.p.communeA.id).map((i: any) => i.id),
    ).toEqual(ids(byCoordinator));

    // a unit outside the reader's scope lists nothing; an unknown unit is 404
    expect(await register(w.siblingOfficer, `${unitA}&pageSize=500`)).toMatchObject({ items: [], total: 0 });
    expect((await w.send(w.coordinator, 'GET', `${B}?unitId=999999999`)).statusCode).toBe(404);

    // a page past the end and a status with no petition: no line, the same counts
    const past = await register(w.coordinator, `${unitA}&page=99&pageSize=50`);
    expect(past).toMatchObject({ items: [], total: byCoordinator.total, counts: byCoordinator.counts });
    const closed = await register(w.coordinator, `${unitA}&status=closed`);
    expect(closed).toMatchObject({ items: [], total: 0, counts: byCoordinator.counts });
    const received = await register(w.coordinator, `${unitA}&status=received&pageSize=500`);
    expect(received.total).toBe(byCoordinator.counts.received);
    expect(received.items).toHaveLength(byCoordinator.counts.received);
  });
});

describe('the register’s filters, one after another', () => {
  it('answer, for a unit as for the whole scope, the lines that match each filter', async () => {
    const tag = uid();
    await w.create(w.officer, { subject: `Đơn lọc ${tag} một` });
    await w.create(w.officer, { subject: `Đơn lọc ${tag} hai`, kinds: ['kien_nghi'], field: 'moi_truong' });
    await w.create(w.officer, { subject: `Đơn lọc ${tag} ba`, channel: 'post', petitionersCount: 1 });
    const filters: [string, (i: any) => boolean][] = [
      ['kind=khieu_nai', (i) => i.kind === 'khieu_nai'],
      ['field=moi_truong', (i) => i.field === 'moi_truong'],
      ['status=received', (i) => i.status === 'received'],
      ['channel=post', (i) => i.channel === 'post'],
      ['flag=mass', (i) => i.petitionersCount >= 5],
      [
        'kind=khieu_nai&field=dat_dai&channel=in_person',
        (i) => i.kind === 'khieu_nai' && i.channel === 'in_person',
      ],
      ['from=2026-06-25&to=2026-06-25', (i) => i.receivedOn === '2026-06-25'],
      ['flag=overdue', (i) => i.dueDate !== null && i.dueDate < '2026-10-20'],
      // none is due within 30 days of 20/10/2026 here: the filter still answers the same for both
      ['dueWithin=30', (i) => i.dueDate !== null && i.dueDate >= '2026-10-20' && i.dueDate <= '2026-11-19'],
      ['', () => true],
    ];
    const register = async (query: string) =>
      json(await w.send(w.coordinator, 'GET', `${B}?pageSize=500&${query}`));
    for (const [query, matches] of filters) {
      const unit = await register(`unitId=${w.p.communeA.id}&${query}`);
      const whole = await register(query);
      expect(unit.items.length > 0, query).toBe(!query.startsWith('dueWithin'));
      expect(unit.items.every(matches), query).toBe(true);
      expect(whole.items.every(matches), query).toBe(true);
      const ofUnit = whole.items.filter((i: { unitId: number }) => i.unitId === w.p.communeA.id);
      expect(
        unit.items.map((i: { id: number }) => i.id),
        query,
      ).toEqual(ofUnit.map((i: { id: number }) => i.id));
      expect(unit.total, query).toBe(unit.items.length);
    }
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
