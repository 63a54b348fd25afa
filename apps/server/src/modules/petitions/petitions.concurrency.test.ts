import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { B, petitionsWorld, type PetitionsWorld } from './petitions.test-helpers.ts';

let w: PetitionsWorld;

beforeAll(async () => {
  w = await petitionsWorld();
  w.env.clock.set('2026-10-20T03:00:00Z');
});
afterAll(() => w.env.clock.reset());

const codes = (rs: { statusCode: number }[]) => rs.map((r) => r.statusCode).sort();

describe.skipIf(process.env.TEST_DB !== 'postgres')('petition steps under concurrency (PostgreSQL)', () => {
  it('two parallel accepts: one wins, one is refused', async () => {
    const [p] = await w.create(w.officer);
    const rs = await Promise.all([1, 2].map(() => w.step(w.officer, p.id, 'accept', { on: '2026-06-30' })));
    expect(codes(rs)).toEqual([200, 409]);
    const steps = (await w.send(w.officer, 'GET', `${B}/${p.id}`))
      .json()
      .timeline.filter((t: any) => t.step === 'accept');
    expect(steps).toHaveLength(1);
  });

  it('every read-check-write step lets exactly one of two parallel requests through', async () => {
    const cases: [string, string, Record<string, unknown>, string[]][] = [
      ['received', 'screen', { on: '2026-06-26', competence: 'own' }, []],
      ['received', 'transfer', { on: '2026-06-26', toBody: 'UBND tỉnh' }, []],
      ['received', 'guide', { on: '2026-06-26', toBody: 'Tòa án' }, []],
      ['received', 'file', { on: '2026-06-26', reason: 'Đơn nặc danh' }, []],
      ['accepted', 'extend', { on: '2026-07-01', reason: 'Phức tạp' }, ['accept']],
      ['accepted', 'suspend', { on: '2026-07-01', reason: 'Chờ giám định' }, ['accept']],
      ['accepted', 'decide', { on: '2026-07-01', number: '1/QĐ', summary: 'x' }, ['accept']],
    ];
    for (const [, stepName, body, before] of cases) {
      const [p] = await w.create(w.officer, { subject: `Song song ${stepName}` });
      for (const b of before) await w.step(w.officer, p.id, b, { on: '2026-06-30' });
      const rs = await Promise.all([1, 2].map(() => w.step(w.head, p.id, stepName, body)));
      const ok = rs.filter((r) => r.statusCode === 200).length;
      expect(ok, `${stepName}: ${rs.map((r) => r.body.slice(0, 120)).join(' | ')}`).toBe(
        stepName === 'extend' ? 1 : 1,
      );
      expect(rs.every((r) => [200, 409, 422].includes(r.statusCode))).toBe(true);
    }
  });

  it('a duplicate is linked or dismissed once', async () => {
    const name = `Trùng song song ${Date.now()}`;
    const [a] = await w.create(w.officer, { representativeName: name, idNumber: null });
    const [b] = await w.create(w.officer, { representativeName: name, idNumber: null });
    const rs = await Promise.all(
      (['link', 'dismiss'] as const).map((d) =>
        w.send(w.officer, 'POST', `${B}/${b.id}/duplicates/${a.id}`, { decision: d }),
      ),
    );
    expect(codes(rs)).toEqual([200, 409]);
  });
});
