import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { json } from '../../../../test/factories.ts';
import {
  acceptedReport,
  B,
  coord,
  env,
  get,
  headA,
  headB,
  makePeriod,
  p,
  setupReporting,
} from '../reporting.fixture.ts';
import * as repo from './rollup.repository.ts';
import type { Db } from '../../../db/client.ts';

// What keeps the roll-ups, the report list and the dashboard fast as the nation grows (issue 13):
// the list paged by the server, a subtree reading only its own reports, JIT kept out of roll-ups.

setupReporting();

type Ref = { unitId: number; unitName: string; timeliness: string };

describe('the units of a period, at national scale', () => {
  it('pages the list on the server, filtered by where each report stands against the deadline', async () => {
    const per = await makePeriod({ requiredGroups: ['khoi_xa', 'khoi_so_nganh'] });
    env.clock.set('2026-05-05T03:00:00Z');
    await acceptedReport(per.id, p.communeA.id, headA, { resolved: 1 });
    env.clock.set('2026-05-12T03:00:00Z'); // after the unit deadline of 10/5
    await acceptedReport(per.id, p.communeB.id, headB, { resolved: 1 });
    env.clock.set('2026-05-20T03:00:00Z');

    const list = async (q: string) => {
      const res = await get(coord, `${B}/periods/${per.id}/reports?${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return json(res) as { items: Ref[]; total: number; page: number; pageSize: number };
    };
    // 2 departments and 3 communes must report; two a page
    const first = await list('pageSize=2');
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.items).toHaveLength(2);
    const last = await list('pageSize=2&page=3');
    expect(last.items).toHaveLength(1);
    const all = [...first.items, ...(await list('pageSize=2&page=2')).items, ...last.items];
    expect(new Set(all.map((r) => r.unitId)).size).toBe(5);

    const ids = async (q: string) => (await list(q)).items.map((r) => r.unitId).sort();
    expect(await ids('deadline=on_time')).toEqual([p.communeA.id]);
    expect(await ids('deadline=late')).toEqual([p.communeB.id]);
    expect(await ids('deadline=missing')).toEqual([p.dept.id, p.dept2.id, p.communeC.id].sort());
    expect((await list('deadline=missing&pageSize=1')).total).toBe(3);

    // sorted by the server before the page is cut
    const names = (await list('sort=-unit&pageSize=5')).items.map((r) => r.unitName);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'vi')));
    expect((await list('sort=-unit&pageSize=1')).items[0].unitName).toBe(names[0]);
    // a bad bucket is refused with a Vietnamese message, not a 500
    const bad = await get(coord, `${B}/periods/${per.id}/reports?deadline=soon`);
    expect(bad.statusCode).toBe(400);
  });

  it('reads the reports of one subtree only, and never their narratives', async () => {
    const per = await makePeriod();
    await acceptedReport(per.id, p.communeA.id, headA, { resolved: 1 });
    await acceptedReport(per.id, p.communeB.id, headB, { resolved: 2 });
    const mine = await repo.subtreeReportStatuses(env.database.db, {
      periodId: per.id,
      unitPath: p.communeA.path,
    });
    expect(mine.map((r) => r.unitId)).toEqual([p.communeA.id]);
    expect(Object.keys(mine[0]).sort()).toEqual(
      ['acceptedAt', 'firstSubmittedAt', 'id', 'status', 'submittedAt', 'unitId'].sort(),
    );
    const province = await repo.subtreeReportStatuses(env.database.db, {
      periodId: per.id,
      unitPath: p.root.path,
    });
    expect(province.map((r) => r.unitId).sort()).toEqual([p.communeA.id, p.communeB.id].sort());
  });
});

describe('roll-ups and JIT', () => {
  const jit = async (db: Db) =>
    ((await db.execute(sql`show jit`)) as unknown as { rows: { jit: string }[] }).rows[0].jit;

  it('runs the roll-up with JIT off inside its transaction, and leaves the setting as it was', async () => {
    const per = await makePeriod();
    await acceptedReport(per.id, p.communeA.id, headA, { resolved: 4 });
    const before = await jit(env.database.db);
    const q = {
      periodId: per.id,
      templateId: per.templateId,
      unitPath: p.root.path,
      asOf: '2026-12-31',
      statuses: ['accepted'],
    };
    const seen = await env.database.db.transaction(async (tx) => {
      const r = await repo.rollup(tx as unknown as Db, q);
      expect(r.reports).toBe(1);
      expect(r.rows.find((x) => x.code === 'resolved')?.value).toBe(4);
      return jit(tx as unknown as Db);
    });
    expect(seen).toBe('off');
    expect(await jit(env.database.db)).toBe(before);
    // on its own (no caller's transaction) it opens one, so the setting never outlives the roll-up
    await repo.rollup(env.database.db, q);
    expect(await jit(env.database.db)).toBe(before);
  });

  it('resolves the counted units first, exactly (the array the roll-up filters on)', async () => {
    const ids = await repo.countedUnitIds(env.database.db, { unitPath: p.root.path, asOf: '2026-12-31' });
    expect(ids).toEqual(expect.arrayContaining([p.root.id, p.communeA.id, p.communeB.id, p.dept.id]));
    expect(ids).not.toContain(p.otherCommune.id);
  });
});
