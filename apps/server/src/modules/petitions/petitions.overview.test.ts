import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineWindow, DUE_SOON_DAYS } from '@danvan/domain';
import { json, makeUser, uid } from '../../../test/factories.ts';
import { B, petitionsWorld, type PetitionsWorld } from './petitions.test-helpers.ts';

/**
 * The province's deadline overview (GET /petitions/deadlines): per unit in scope, the running cases,
 * those due within 7 days and those overdue, by kind; checked against the register's own running
 * deadlines counted with the domain's deadlineWindow, per reader (the coordinator over the province,
 * the head of one commune, an officer of the sibling commune).
 */
let w: PetitionsWorld;
const TODAY = '2026-10-20';

interface Row {
  unitId: number;
  unitName: string;
  running: number;
  dueSoon: number;
  overdue: number;
  byKind: { kind: string; running: number; dueSoon: number; overdue: number }[];
}
interface Overview {
  items: Row[];
  total: number;
  asOf: string;
  soonDays: number;
  totals: Omit<Row, 'unitId' | 'unitName'>;
}

beforeAll(async () => {
  w = await petitionsWorld();
  w.env.clock.set(`${TODAY}T03:00:00Z`);
  const mk = async (unitId: number, kind: string, receivedOn: string, acceptOn?: string) => {
    const u = unitId === w.p.communeA.id ? w.officer : w.siblingOfficer;
    const [p] = await w.create(u, {
      unitId,
      kinds: [kind],
      receivedOn,
      representativeName: kind === 'to_cao' ? null : `Người gửi ${uid()}`,
      idNumber: null,
      subject: `Đơn ${kind} ${uid()}`,
      content: `Nội dung riêng ${uid()} về việc ${kind}`,
    });
    if (acceptOn) {
      const s = await w.step(u, p.id, 'screen', { on: acceptOn, competence: 'own' });
      expect(s.statusCode, s.body).toBe(200);
      const a = await w.step(u, p.id, 'accept', { on: acceptOn });
      expect(a.statusCode, a.body).toBe(200);
    }
    return p.id as number;
  };
  const A = w.p.communeA.id;
  const Bu = w.p.communeB.id;
  // communeA: screening overdue, screening due soon, resolution overdue, resolution later, one closed-out
  await mk(A, 'khieu_nai', '2026-08-03');
  await mk(A, 'khieu_nai', '2026-10-15');
  await mk(A, 'to_cao', '2026-10-19');
  await mk(A, 'khieu_nai', '2026-07-01', '2026-07-06');
  await mk(A, 'kien_nghi', '2026-10-14', '2026-10-16');
  const filed = await mk(A, 'phan_anh', '2026-10-01');
  expect(
    (await w.step(w.officer, filed, 'file', { on: '2026-10-02', reason: 'Đơn nặc danh' })).statusCode,
  ).toBe(200);
  // communeB: two
  await mk(Bu, 'khieu_nai', '2026-08-10');
  await mk(Bu, 'phan_anh', '2026-10-18');
});
afterAll(() => w.env.clock.reset());

/** What the register says, counted with the domain's rule. */
async function expectedFrom(u: PetitionsWorld['officer'], unitId: number) {
  const list = json<{ items: { kind: string; dueDate: string | null }[] }>(
    await w.send(u, 'GET', `${B}?unitId=${unitId}&pageSize=500`),
  );
  const running = list.items.filter((i) => i.dueDate);
  const count = (xs: typeof running) => ({
    running: xs.length,
    dueSoon: xs.filter((i) => deadlineWindow(i.dueDate!, TODAY) === 'due_soon').length,
    overdue: xs.filter((i) => deadlineWindow(i.dueDate!, TODAY) === 'overdue').length,
  });
  const kinds = [...new Set(running.map((i) => i.kind))];
  return {
    ...count(running),
    byKind: Object.fromEntries(kinds.map((k) => [k, count(running.filter((i) => i.kind === k))])),
  };
}

const byKind = (r: Row) => Object.fromEntries(r.byKind.map(({ kind, ...c }) => [kind, c]));

describe('the deadline overview', () => {
  it('gives the coordinator every unit of the province, as the register and the domain count them', async () => {
    const res = await w.send(w.coordinator, 'GET', `${B}/deadlines?pageSize=500`);
    expect(res.statusCode, res.body).toBe(200);
    const o = json<Overview>(res);
    expect(o.asOf).toBe(TODAY);
    expect(o.soonDays).toBe(DUE_SOON_DAYS);
    expect(o.total).toBe(2);
    const [a, b] = [w.p.communeA.id, w.p.communeB.id].map((id) => o.items.find((i) => i.unitId === id)!);
    for (const [row, id] of [
      [a, w.p.communeA.id],
      [b, w.p.communeB.id],
    ] as const) {
      const e = await expectedFrom(w.coordinator, id);
      expect({ running: row.running, dueSoon: row.dueSoon, overdue: row.overdue }).toEqual({
        running: e.running,
        dueSoon: e.dueSoon,
        overdue: e.overdue,
      });
      expect(byKind(row)).toEqual(e.byKind);
    }
    // the fixture covers every window; the filed one is not running (nor a kiến nghị without a limit)
    expect(a.running).toBeGreaterThanOrEqual(4);
    expect(a.running).toBeLessThan(6);
    expect(a.overdue).toBeGreaterThanOrEqual(2);
    expect(a.dueSoon).toBeGreaterThanOrEqual(1);
    expect(a.running - a.overdue - a.dueSoon).toBeGreaterThanOrEqual(1);
    // most overdue first; totals over both
    expect(o.items[0].overdue).toBeGreaterThanOrEqual(o.items[1].overdue);
    expect(o.totals.running).toBe(a.running + b.running);
    expect(o.totals.overdue).toBe(a.overdue + b.overdue);
    expect(o.totals.dueSoon).toBe(a.dueSoon + b.dueSoon);
    expect(o.totals.byKind.find((k) => k.kind === 'khieu_nai')!.running).toBe(
      byKind(a).khieu_nai.running + byKind(b).khieu_nai.running,
    );
    expect(o.items.map((i) => i.unitName)).toContain(w.p.communeA.name);
  });

  it('gives a unit head and a sibling officer their own unit only', async () => {
    const head = json<Overview>(await w.send(w.head, 'GET', `${B}/deadlines`));
    expect(head.items.map((i) => i.unitId)).toEqual([w.p.communeA.id]);
    const sib = json<Overview>(await w.send(w.siblingOfficer, 'GET', `${B}/deadlines`));
    expect(sib.items.map((i) => i.unitId)).toEqual([w.p.communeB.id]);
    expect(sib.totals.running).toBe(2);
  });

  it('filters by unit subtree and by kind, and pages', async () => {
    const one = json<Overview>(
      await w.send(w.coordinator, 'GET', `${B}/deadlines?unitId=${w.p.communeB.id}`),
    );
    expect(one.items.map((i) => i.unitId)).toEqual([w.p.communeB.id]);
    const kn = json<Overview>(await w.send(w.coordinator, 'GET', `${B}/deadlines?kind=khieu_nai`));
    for (const r of kn.items) expect(r.byKind.map((k) => k.kind)).toEqual(['khieu_nai']);
    expect(kn.totals.running).toBe(4);
    const p2 = json<Overview>(await w.send(w.coordinator, 'GET', `${B}/deadlines?pageSize=1&page=2`));
    expect(p2.total).toBe(2);
    expect(p2.items).toHaveLength(1);
    expect((await w.send(w.coordinator, 'GET', `${B}/deadlines?unitId=999999999`)).statusCode).toBe(404);
  });

  it('is refused without petitions:read', async () => {
    const front = await makeUser(w.env, 'front', w.p.communeA.id);
    expect((await w.send(front, 'GET', `${B}/deadlines`)).statusCode).toBe(403);
  });
});
