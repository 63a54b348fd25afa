import { describe, expect, it } from 'vitest';
import { json, makeUser, sys } from '../../../test/factories.ts';
import * as org from '../org/index.ts';
import { sendReminders } from './reporting.jobs.ts';
import {
  acceptedReport,
  B,
  coord,
  env,
  FIGURES,
  get,
  headA,
  headB,
  headC,
  makePeriod,
  openReport,
  p,
  send,
  setupReporting,
  supervisor,
} from './reporting.fixture.ts';

setupReporting();

describe('roll-up', () => {
  it('rolls up each indicator by its rule, ratios from their numerator and denominator', async () => {
    const per = await makePeriod();
    env.clock.set('2026-05-05T03:00:00Z');
    await acceptedReport(per.id, p.communeA.id, headA, { resolved: 9, score: 90, lo: 4, hi: 4, latest: 100 });
    env.clock.set('2026-05-06T03:00:00Z');
    await acceptedReport(per.id, p.communeB.id, headB, { resolved: 3, score: 80, lo: 2, hi: 9, latest: 200 });
    env.clock.set('2026-05-07T03:00:00Z');
    const c = await openReport(headC, per.id, p.communeC.id);
    await send(headC, 'PATCH', `${B}/reports/${c.id}`, {
      values: [
        { code: 'resolved', value: 5 },
        { code: 'latest', value: 300 },
      ],
    });
    await send(headC, 'POST', `${B}/reports/${c.id}/submit`);
    env.clock.reset();

    const r = json(await get(supervisor, `${B}/periods/${per.id}/rollup?unitId=${p.root.id}`));
    const v = (code: string) => r.indicators.find((i: { code: string }) => i.code === code).value;
    expect(r.reportsCounted).toBe(2);
    expect(v('received')).toBe(17);
    expect(v('resolved')).toBe(12);
    expect(v('rate')).toBe(70.59); // 12 / 17, not the mean of 90% and 42.86%
    expect(v('score')).toBe(85);
    expect(v('lo')).toBe(2);
    expect(v('hi')).toBe(9);
    expect(v('latest')).toBe(200); // the most recently submitted accepted report
    const withSubmitted = json(
      await get(supervisor, `${B}/periods/${per.id}/rollup?unitId=${p.root.id}&includeSubmitted=true`),
    );
    const w = (code: string) => withSubmitted.indicators.find((i: { code: string }) => i.code === code).value;
    expect(withSubmitted.reportsCounted).toBe(3);
    expect(w('received')).toBe(22);
    expect(w('latest')).toBe(300);
    // a commune sees its own subtree's totals
    const own = json(await get(headA, `${B}/periods/${per.id}/rollup`));
    expect(own.unitId).toBe(p.communeA.id);
    expect(own.indicators.find((i: { code: string }) => i.code === 'received').value).toBe(10);
    // drill-down to units
    const dd = json(await get(coord, `${B}/periods/${per.id}/rollup/units?indicator=received`)).items;
    expect(dd.map((x: { unitId: number; value: number }) => [x.unitId, x.value])).toEqual([
      [p.communeA.id, 10],
      [p.communeB.id, 7],
    ]);
  });

  it('counts a unit merged in July 2025 once, under its successor’s ancestors', async () => {
    const ctx = sys(env);
    const district = await org.createUnit(ctx, {
      code: `H_${p.suffix}`,
      name: `Huyện Cũ ${p.suffix}`,
      kind: 'district',
      parentId: p.root.id,
      validFrom: '2015-01-01',
      groups: [],
    });
    const old = await org.createUnit(ctx, {
      code: `XC_${p.suffix}`,
      name: `Xã Cũ Sáp Nhập ${p.suffix}`,
      kind: 'commune',
      parentId: district.id,
      validFrom: '2015-01-01',
      groups: ['khoi_xa'],
    });
    const oldHead = await makeUser(env, 'unit_head', old.id);
    const per = await makePeriod({
      year: 2025,
      cutoffDate: '2025-04-30',
      deadlines: [
        { level: 'unit', deadline: '2025-05-10' },
        { level: 'province', deadline: '2025-05-30' },
      ],
    });
    FIGURES.set(old.id, 4);
    await acceptedReport(per.id, old.id, oldHead, { resolved: 4 });
    await org.mergeUnits(ctx, { sourceIds: [old.id], targetId: p.communeC.id, effectiveDate: '2025-07-01' });
    await org.deactivateUnit(ctx, district.id, { validTo: '2025-06-30', reason: 'Kết thúc cấp huyện' });

    const value = async (unitId: number) =>
      json(await get(coord, `${B}/periods/${per.id}/rollup?unitId=${unitId}`)).indicators.find(
        (i: { code: string }) => i.code === 'received',
      ).value;
    expect(await value(p.root.id)).toBe(4); // once, not twice
    expect(await value(p.communeC.id)).toBe(4); // under the successor
    expect(await value(district.id)).toBe(null); // no longer under the former district
    const dd = json(
      await get(coord, `${B}/periods/${per.id}/rollup/units?indicator=received&unitId=${p.root.id}`),
    ).items;
    expect(dd).toHaveLength(1);
    expect(dd[0]).toMatchObject({ unitId: old.id, countedUnder: p.communeC.name, value: 4 });
    // the successor's head sees it in its own subtree
    const c = json(await get(headC, `${B}/periods/${per.id}/rollup`));
    expect(c.indicators.find((i: { code: string }) => i.code === 'received').value).toBe(4);
  });
});

describe('completeness, timeliness, reminders', () => {
  it('counts on-time, late and missing units per group, like DHIS2 reporting rates', async () => {
    const per = await makePeriod({ requiredGroups: ['khoi_xa', 'khoi_so_nganh'] });
    const headDept = await makeUser(env, 'unit_head', p.dept.id);
    env.clock.set('2026-05-08T03:00:00Z');
    await acceptedReport(per.id, p.communeA.id, headA, { resolved: 1 });
    await acceptedReport(per.id, p.dept.id, headDept, { resolved: 1 });
    env.clock.set('2026-05-12T03:00:00Z');
    const rb = await openReport(headB, per.id, p.communeB.id);
    await send(headB, 'POST', `${B}/reports/${rb.id}/submit`);
    env.clock.set('2026-05-20T03:00:00Z');

    const d = json(await get(coord, `${B}/periods/${per.id}/dashboard`));
    expect(d.overall).toMatchObject({
      expected: 5,
      submitted: 3,
      accepted: 2,
      onTime: 2,
      late: 1,
      missing: 2,
      completeness: 60,
      timeliness: 40,
    });
    const xa = d.byGroup.find((g: { group: string }) => g.group === 'khoi_xa');
    expect(xa).toMatchObject({
      expected: 3,
      onTime: 1,
      late: 1,
      missing: 1,
      completeness: 66.7,
      timeliness: 33.3,
    });
    expect(d.missing.map((m: { unitId: number }) => m.unitId).sort()).toEqual(
      [p.dept2.id, p.communeC.id].sort(),
    );
    expect(d.late.map((m: { unitId: number }) => m.unitId)).toEqual([p.communeB.id]);
    expect(d.provinceLevel).toMatchObject({ status: 'not_started', deadline: '2026-05-30' });
    const missing = json(await get(coord, `${B}/periods/${per.id}/reports?status=missing`)).items;
    expect(missing.map((m: { unitId: number }) => m.unitId).sort()).toEqual(
      [p.dept2.id, p.communeC.id].sort(),
    );

    // reminders: once per unit, before the deadline and after it
    const ctx = sys(env);
    await sendReminders(ctx, '2026-05-20');
    await sendReminders(ctx, '2026-05-20');
    const inbox = json(await get(headC, '/api/v1/notifications'));
    const overdue = inbox.items.filter(
      (n: { title: string }) => n.title.startsWith('Quá hạn nộp') && n.title.includes('6 tháng'),
    );
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const keys = new Set(overdue.map((n: { link: string }) => n.link));
    expect(keys.has(`/bao-cao/ky/${per.id}`)).toBe(true);
    expect(overdue.filter((n: { link: string }) => n.link === `/bao-cao/ky/${per.id}`)).toHaveLength(1);
    const coordInbox = json(await get(coord, '/api/v1/notifications?pageSize=200'));
    expect(
      coordInbox.items.some(
        (n: { title: string; link: string }) =>
          n.link === `/bao-cao/ky/${per.id}` && n.title.startsWith('2 đơn vị chưa nộp'),
      ),
    ).toBe(true);
  });

  it('reminds before the deadline', async () => {
    const per = await makePeriod({
      kind: 'annual',
      deadlines: [{ level: 'unit', deadline: '2026-11-10', remindDaysBefore: 3 }],
    });
    await sendReminders(sys(env), '2026-11-06'); // 4 days before: nothing yet
    const before = json(await get(headB, '/api/v1/notifications?pageSize=200')).items.filter(
      (n: { link: string }) => n.link === `/bao-cao/ky/${per.id}`,
    );
    expect(before).toHaveLength(0);
    await sendReminders(sys(env), '2026-11-08');
    const after = json(await get(headB, '/api/v1/notifications?pageSize=200')).items.filter(
      (n: { link: string }) => n.link === `/bao-cao/ky/${per.id}`,
    );
    expect(after.map((n: { body: string }) => n.body)).toEqual([
      'Hạn gửi báo cáo về ' + p.root.name + ' là ngày 10/11/2026 (còn 2 ngày).',
    ]);
  });
});
