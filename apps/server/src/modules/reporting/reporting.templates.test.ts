import { describe, expect, it } from 'vitest';
import { json, makeUser } from '../../../test/factories.ts';
import {
  B,
  coord,
  env,
  get,
  headA,
  makePeriod,
  officerA,
  ownTemplate,
  p,
  send,
  setupReporting,
  templateId,
} from './reporting.fixture.ts';

setupReporting();

describe('templates', () => {
  it('ships the 1432/BNV-CTTN outline as a frozen built-in template', async () => {
    const list = json(await get(officerA, `${B}/templates`)).items;
    const t = list.find((x: { code: string }) => x.code === 'BNV-1432-2023');
    expect(t).toMatchObject({
      builtin: true,
      frozen: true,
      indicatorCount: 48,
      ruleCount: 29,
      sectionCount: 19,
    });
    expect(t.can.edit).toBe(false);
    const d = json(await get(officerA, `${B}/templates/${t.id}`));
    expect(d.sections.map((s: { title: string }) => s.title)).toEqual([
      'KHÁI QUÁT CHUNG',
      'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
      'KẾT QUẢ THỰC HIỆN',
      'ĐÁNH GIÁ CHUNG',
      'NHIỆM VỤ, GIẢI PHÁP',
      'KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    expect(d.sections[2].children).toHaveLength(9);
    expect(d.indicators.find((i: { code: string }) => i.code === 'petitions_resolved_rate')).toMatchObject({
      aggregation: 'ratio',
      numerator: 'petitions_resolved',
      denominator: 'petitions_received',
    });
  });

  it('refuses a template with Vietnamese messages for unknown codes and bad expressions', async () => {
    const bad = ownTemplate(`BAD_${p.suffix}`, p.root.id);
    bad.rules.push({ code: 'x', expression: 'unknown_code <= received', message: 'x', severity: 'error' });
    bad.rules.push({ code: 'y', expression: 'received <=', message: 'y', severity: 'error' });
    bad.indicators.push({
      code: 'r2',
      sectionCode: 'IX',
      name: 'Tỷ lệ',
      unit: '%',
      aggregation: 'ratio',
      numerator: 'resolved',
    } as never);
    const res = await send(coord, 'POST', `${B}/templates`, bad);
    expect(res.statusCode).toBe(400);
    const msg = json(res).detail as string;
    expect(msg).toContain('unknown_code');
    expect(msg).toContain('Biểu thức không hợp lệ');
    expect(msg).toContain('không có trong đề cương');
    expect(msg).toContain('phải có mẫu số');
    // a commune officer may not create templates
    expect(
      (await send(officerA, 'POST', `${B}/templates`, ownTemplate(`NO_${p.suffix}`, p.communeA.id)))
        .statusCode,
    ).toBe(403);
  });

  it('refuses a template whose indicator names an unknown figure provider, naming the indicator', async () => {
    const bad = ownTemplate(`PK_${p.suffix}`, p.root.id);
    bad.indicators[1] = { ...bad.indicators[1], providerKey: 'plans.task_done' } as never; // typo of tasks_done
    const res = await send(coord, 'POST', `${B}/templates`, bad);
    expect(res.statusCode, res.body).toBe(400);
    const body = json(res);
    expect(body.detail).toContain('Số đơn đã giải quyết');
    expect(body.detail).toContain('plans.task_done');
    expect(body.detail).toContain('không có trong hệ thống');
    expect(body.errors.map((e: { path: string }) => e.path)).toContain('indicators.1.providerKey');
    // a registered provider, and a key of the domain's list whose module is not built yet, are accepted
    const good = ownTemplate(`PK2_${p.suffix}`, p.root.id);
    good.indicators[1] = { ...good.indicators[1], providerKey: 'petitions.resolved' } as never;
    expect((await send(coord, 'POST', `${B}/templates`, good)).statusCode).toBe(200);
    // the same on edit
    const created = json(
      await send(coord, 'POST', `${B}/templates`, ownTemplate(`PK3_${p.suffix}`, p.root.id)),
    );
    const { code: _c, ownerUnitId: _o, ...body2 } = bad;
    const upd = await send(coord, 'PUT', `${B}/templates/${created.id}`, body2);
    expect(upd.statusCode, upd.body).toBe(400);
    expect(json(upd).detail).toContain('Số đơn đã giải quyết');
  });

  it('edits a template in place until a period uses it, then makes a new version', async () => {
    const created = json(
      await send(coord, 'POST', `${B}/templates`, ownTemplate(`V_${p.suffix}`, p.root.id)),
    );
    const { code: _c, ownerUnitId: _o, ...body } = ownTemplate(`V_${p.suffix}`, p.root.id);
    const edited = json(
      await send(coord, 'PUT', `${B}/templates/${created.id}`, { ...body, name: 'Đề cương đã sửa lần một' }),
    );
    expect(edited).toMatchObject({
      id: created.id,
      version: 1,
      frozen: false,
      name: 'Đề cương đã sửa lần một',
    });
    await send(coord, 'POST', `${B}/periods`, {
      templateId: created.id,
      rootUnitId: p.root.id,
      kind: 'thematic',
      year: 2026,
      deadlines: [{ level: 'unit', deadline: '2026-12-01' }],
      requiredGroups: ['khoi_xa'],
    });
    const frozen = json(await get(coord, `${B}/templates/${created.id}`));
    expect(frozen.frozen).toBe(true);
    const v2 = json(
      await send(coord, 'PUT', `${B}/templates/${created.id}`, { ...body, name: 'Đề cương phiên bản hai' }),
    );
    expect(v2.id).not.toBe(created.id);
    expect(v2).toMatchObject({ version: 2, frozen: false, latest: true });
    expect(v2.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(json(await get(coord, `${B}/templates/${created.id}`)).name).toBe('Đề cương đã sửa lần một');
    // only the latest version is editable
    expect((await send(coord, 'PUT', `${B}/templates/${created.id}`, body)).statusCode).toBe(409);
  });
});

describe('periods', () => {
  it('refuses on update, as on create, a data cut-off after the period end (400, in Vietnamese)', async () => {
    const per = await makePeriod();
    const res = await send(coord, 'PATCH', `${B}/periods/${per.id}`, { cutoffDate: '2026-07-15' });
    expect(res.statusCode, res.body).toBe(400);
    expect(json(res).detail).toContain('Ngày chốt số liệu không được sau ngày kết thúc kỳ báo cáo');
    expect(json(await get(coord, `${B}/periods/${per.id}`)).cutoffDate).toBe(per.cutoffDate);
    // on the last day of the period it is accepted
    const ok = await send(coord, 'PATCH', `${B}/periods/${per.id}`, { cutoffDate: '2026-06-30' });
    expect(ok.statusCode, ok.body).toBe(200);
    // create with a default end date (6 months: 30/06) and a cut-off after it is refused the same way
    const created = await send(coord, 'POST', `${B}/periods`, {
      templateId,
      rootUnitId: p.root.id,
      kind: 'six_month',
      year: 2026,
      cutoffDate: '2026-07-10',
      deadlines: [{ level: 'unit', deadline: '2026-07-20' }],
      requiredGroups: ['khoi_xa'],
    });
    expect(created.statusCode, created.body).toBe(400);
    expect(json(created).detail).toContain('Ngày chốt số liệu không được sau ngày kết thúc kỳ báo cáo');
  });

  it('creates a period with defaults and deadlines per level, and validates dates', async () => {
    const per = await makePeriod({ cutoffDate: '2026-04-30' });
    expect(per).toMatchObject({
      name: 'Báo cáo 6 tháng đầu năm 2026',
      fromDate: '2026-01-01',
      toDate: '2026-06-30',
      cutoffDate: '2026-04-30',
    });
    expect(per.deadlines).toEqual([
      { level: 'unit', deadline: '2026-05-10', remindDaysBefore: 5 },
      { level: 'province', deadline: '2026-05-30', remindDaysBefore: 5 },
    ]);
    const bad = await send(coord, 'POST', `${B}/periods`, {
      templateId,
      rootUnitId: p.root.id,
      kind: 'annual',
      year: 2026,
      deadlines: [
        { level: 'unit', deadline: '2026-12-20' },
        { level: 'province', deadline: '2026-12-15' },
      ],
      requiredGroups: ['khoi_xa'],
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).detail).toContain('Hạn đơn vị nộp về tỉnh phải trước hạn tỉnh gửi Bộ');
    // communes see the period they must report in; a unit of another province does not
    expect((await get(officerA, `${B}/periods/${per.id}`)).statusCode).toBe(200);
    const other = await makeUser(env, 'unit_head', p.otherCommune.id);
    expect((await get(other, `${B}/periods/${per.id}`)).statusCode).toBe(404);
    // a period only for departments is not shown to a commune
    const depts = await makePeriod({ requiredGroups: ['khoi_so_nganh'] });
    expect((await get(officerA, `${B}/periods/${depts.id}`)).statusCode).toBe(404);
    expect(json(await get(officerA, `${B}/periods`)).items.map((x: { id: number }) => x.id)).toContain(
      per.id,
    );
    // a commune may not create periods
    expect(
      (
        await send(headA, 'POST', `${B}/periods`, {
          templateId,
          rootUnitId: p.communeA.id,
          kind: 'annual',
          year: 2026,
          deadlines: [{ level: 'unit', deadline: '2026-12-01' }],
          requiredKinds: ['commune'],
        })
      ).statusCode,
    ).toBe(403);
  });
});
