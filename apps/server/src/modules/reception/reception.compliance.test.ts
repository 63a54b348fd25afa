/**
 * The reception module through HTTP: the heads' compliance with the minimum reception days, and the
 * figures for the reports.
 */
import { describe, expect, it } from 'vitest';
import { json, makeProvince, makeUser, sys } from '../../../test/factories.ts';
import { computeFigures } from '../../core/figures.ts';
import {
  B,
  created,
  env,
  headA,
  headDept,
  inspector,
  p,
  send,
  setupReception,
  visitBody,
} from './reception.fixture.ts';

setupReception();

describe('compliance of the heads with the minimum reception days', () => {
  it('a deputy counts for June 2026 and no longer for July 2026 (Luật 136/2025/QH15)', async () => {
    for (const [day, deputy] of [
      ['2026-06-16', true],
      ['2026-07-14', true],
      ['2026-08-11', false],
    ] as const)
      await created(
        await send(
          headDept,
          'POST',
          `${B}/visits`,
          visitBody({
            unitId: p.dept.id,
            kind: 'periodic_head',
            receivedOn: day,
            headInPerson: !deputy,
            deputyOnBehalf: deputy,
            receiverName: deputy ? 'Lê Thị Ngọc' : 'Hoàng Văn Nam',
            receiverTitle: deputy ? 'Phó Giám đốc' : 'Giám đốc',
          }),
        ),
      );
    const res = await send(inspector, 'GET', `${B}/compliance?unitId=${p.root.id}&from=2026-06&to=2026-08`);
    expect(res.statusCode, res.body).toBe(200);
    const c = json(res);
    expect(c.deputyCountsUntil).toBe('2026-06-30');
    const dept = c.rows.find((r: { unitId: number }) => r.unitId === p.dept.id);
    expect(dept.ruleCode).toBe('tiep_cong_dan.thu_truong_co_quan');
    expect(dept.months.map((m: { state: string }) => m.state)).toEqual(['met', 'not_met', 'met']);
    expect(dept.months[1]).toMatchObject({
      deputyDaysNotCounted: 1,
      counted: 0,
      required: 1,
      ruleText: '1 ngày/tháng',
    });
    expect(dept.period).toMatchObject({
      state: 'not_met',
      monthsMet: 2,
      monthsNotMet: 1,
      required: 3,
      counted: 2,
    });
    // the province and the communes are listed with their own rules; the Front would not be
    const root = c.rows.find((r: { unitId: number }) => r.unitId === p.root.id);
    expect(root.ruleCode).toBe('tiep_cong_dan.chu_tich_tinh');
    const commune = c.rows.find((r: { unitId: number }) => r.unitId === p.communeA.id);
    expect(commune.ruleCode).toBe('tiep_cong_dan.chu_tich_xa');
    expect(commune.months[0].ruleText).toBe('1 ngày/tuần');
    // another province is never listed
    expect(c.rows.some((r: { unitId: number }) => r.unitId === p.otherCommune.id)).toBe(false);
  });

  it('a commune chair: one day each week of the month', async () => {
    // November 2026: the weeks of Mondays 2, 9, 16, 23/11 (and 30/11, whose Thursday is in December)
    for (const day of ['2026-11-03', '2026-11-10', '2026-11-17'])
      await created(
        await send(
          headA,
          'POST',
          `${B}/visits`,
          visitBody({ kind: 'periodic_head', receivedOn: day, headInPerson: true }),
        ),
      );
    const c = json(await send(headA, 'GET', `${B}/compliance?from=2026-11&to=2026-11`));
    const row = c.rows.find((r: { unitId: number }) => r.unitId === p.communeA.id);
    expect(row.months[0]).toMatchObject({ state: 'not_met', required: 4, counted: 3, weeksShort: 1 });
    await created(
      await send(
        headA,
        'POST',
        `${B}/visits`,
        visitBody({ kind: 'ad_hoc', receivedOn: '2026-11-26', headInPerson: true }),
      ),
    );
    const after = json(await send(headA, 'GET', `${B}/compliance?from=2026-11&to=2026-11`));
    expect(after.rows.find((r: { unitId: number }) => r.unitId === p.communeA.id).months[0].state).toBe(
      'met',
    );
    expect((await send(headA, 'GET', `${B}/compliance?from=2024-01&to=2026-11`)).statusCode).toBe(400);
  });
});

describe('figures for the reports', () => {
  it('counts sessions, visitors, the head’s sessions and mass delegations of a unit and period', async () => {
    const unit = await makeProvince(env);
    const mk = (over: Record<string, unknown>) =>
      send(headA, 'POST', `${B}/visits`, visitBody({ unitId: unit.communeA.id, ...over }));
    const head = await makeUser(env, 'unit_head', unit.communeA.id);
    const as = (over: Record<string, unknown>) =>
      send(head, 'POST', `${B}/visits`, visitBody({ unitId: unit.communeA.id, ...over }));
    expect((await mk({})).statusCode).toBe(404); // another province's head
    for (const over of [
      { receivedOn: '2026-03-03', kind: 'periodic_head', headInPerson: true, visitorsCount: 6 },
      { receivedOn: '2026-03-03', kind: 'periodic_head', headInPerson: true, visitorsCount: 1 },
      { receivedOn: '2026-03-05', kind: 'regular', visitorsCount: 2 },
      { receivedOn: '2026-03-05', kind: 'regular', visitorsCount: 7 },
      { receivedOn: '2026-04-02', kind: 'regular', visitorsCount: 1 },
    ])
      await created(await as(over));
    const f = await computeFigures(
      sys(env),
      ['reception.sessions', 'reception.visitors', 'reception.head_sessions', 'reception.mass_delegations'],
      { unitId: unit.communeA.id, from: '2026-01-01', to: '2026-03-31' },
    );
    expect(f).toEqual({
      'reception.sessions': 2,
      'reception.visitors': 16,
      'reception.head_sessions': 1,
      'reception.mass_delegations': 2,
    });
    const province = await computeFigures(sys(env), ['reception.visitors'], {
      unitId: unit.root.id,
      from: '2026-01-01',
      to: '2026-06-30',
      subtree: true,
    });
    expect(province['reception.visitors']).toBe(17);
  });
});
