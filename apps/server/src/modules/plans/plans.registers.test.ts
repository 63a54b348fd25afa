import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { type TestEnv } from '../../../test/harness.ts';
import { type Province } from '../../../test/factories.ts';
import { type Api, json, PDF, type People, plansWorld, provincePlan } from './plans.test-helpers.ts';

let env: TestEnv, p: Province, u: People, api: Api;

beforeAll(async () => {
  ({ env, p, u, api } = await plansWorld());
});
afterAll(() => env.clock.reset());

const doc = (p: Province, over: Record<string, unknown> = {}) => ({
  unitId: p.root.id,
  numberSymbol: `33/CT-TTg-${p.suffix}`,
  issuedOn: '2021-11-26',
  issuer: 'Thủ tướng Chính phủ',
  kind: 'chi_thi',
  title:
    'Về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới',
  summary: 'Chỉ thị trọng tâm về dân vận chính quyền.',
  ...over,
});

describe('guiding documents', () => {
  let shared: number;
  let internal: number;

  it('registers documents, refuses duplicates, and finds them without diacritics', async () => {
    const res = await api.post(u.coordinator, '/api/v1/plans/guiding-documents', doc(p));
    expect(res.statusCode, res.body).toBe(200);
    shared = json(res).id;
    expect(json(res).can).toMatchObject({ update: true, delete: true, attach: true });
    const dup = await api.post(u.coordinator, '/api/v1/plans/guiding-documents', doc(p));
    expect(dup.statusCode).toBe(409);
    expect(json(dup).detail).toContain('đã có trong sổ');
    const future = await api.post(
      u.coordinator,
      '/api/v1/plans/guiding-documents',
      doc(p, { numberSymbol: 'X', issuedOn: '2027-01-01' }),
    );
    expect(json(future).detail).toContain('không được sau ngày hôm nay');
    const noKind = await api.post(
      u.coordinator,
      '/api/v1/plans/guiding-documents',
      doc(p, { numberSymbol: 'Y', kind: 'thu_tay' }),
    );
    expect(json(noKind).detail).toContain('Loại văn bản: không hợp lệ');
    internal = json(
      await api.post(
        u.coordinator,
        '/api/v1/plans/guiding-documents',
        doc(p, {
          numberSymbol: `12/TB-UBND-${p.suffix}`,
          kind: 'thong_bao',
          issuedOn: '2026-02-01',
          title: 'Thông báo nội bộ về lịch họp giao ban',
          sharedWithSubunits: false,
        }),
      ),
    ).id;

    for (const q of [
      'doi moi cong tac dan van',
      'ĐỔI MỚI CÔNG TÁC DÂN VẬN',
      'đổi mới công tác'.normalize('NFD'),
      `33/ct-ttg-${p.suffix.toLowerCase()}`,
    ]) {
      const found = json(
        await api.get(
          u.coordinator,
          `/api/v1/plans/guiding-documents?q=${encodeURIComponent(q)}&unitId=${p.root.id}`,
        ),
      );
      expect(
        found.items.map((d: { id: number }) => d.id),
        q,
      ).toEqual([shared]);
    }
    const byKind = json(
      await api.get(u.coordinator, `/api/v1/plans/guiding-documents?kind=thong_bao&unitId=${p.root.id}`),
    );
    expect(byKind.items.map((d: { id: number }) => d.id)).toEqual([internal]);
    const byYear = json(
      await api.get(u.coordinator, `/api/v1/plans/guiding-documents?year=2021&unitId=${p.root.id}`),
    );
    expect(byYear.total).toBe(1);
  });

  it('shares the documents marked shared with the units below; the others stay invisible there', async () => {
    const list = json(await api.get(u.focalA, `/api/v1/plans/guiding-documents?unitId=${p.communeA.id}`));
    expect(list.items.map((d: { id: number }) => d.id)).toEqual([shared]);
    expect(list.items[0].can).toMatchObject({ update: false, delete: false });
    expect((await api.get(u.focalA, `/api/v1/plans/guiding-documents/${shared}`)).statusCode).toBe(200);
    expect((await api.get(u.focalA, `/api/v1/plans/guiding-documents/${internal}`)).statusCode).toBe(404);
    expect((await api.get(u.otherCoordinator, `/api/v1/plans/guiding-documents/${shared}`)).statusCode).toBe(
      404,
    );
    expect(
      (await api.patch(u.focalA, `/api/v1/plans/guiding-documents/${shared}`, { title: 'Sửa trộm' }))
        .statusCode,
    ).toBe(403);
    // the file of a shared document can be read below, not added to
    const up = await api.upload(u.coordinator, `/api/v1/files?entity=guiding_document&entityId=${shared}`, {
      name: 'chi-thi-33.pdf',
      content: PDF,
    });
    expect(up.statusCode, up.body).toBe(201);
    const files = json(
      await api.get(u.focalA, `/api/v1/files?entity=guiding_document&entityId=${shared}`),
    ).items;
    expect(files.map((f: { originalName: string }) => f.originalName)).toEqual(['chi-thi-33.pdf']);
    expect((await api.get(u.focalA, `/api/v1/files/${files[0].id}/content`)).statusCode).toBe(200);
    const denied = await api.upload(u.focalA, `/api/v1/files?entity=guiding_document&entityId=${shared}`, {
      name: 'x.pdf',
      content: PDF,
    });
    expect([403, 409]).toContain(denied.statusCode);
    expect(
      (await api.get(u.focalA, `/api/v1/files?entity=guiding_document&entityId=${internal}`)).statusCode,
    ).toBe(404);
  });

  it('a commune registers its own; a cited document cannot be deleted; the register exports', async () => {
    const own = await api.post(
      u.focalA,
      '/api/v1/plans/guiding-documents',
      doc(p, {
        unitId: p.communeA.id,
        numberSymbol: '01/CV-UBND',
        kind: 'cong_van',
        title: 'Về triển khai công tác dân vận năm 2026',
      }),
    );
    expect(own.statusCode, own.body).toBe(200);
    expect((await api.get(u.focalB, `/api/v1/plans/guiding-documents/${json(own).id}`)).statusCode).toBe(404);
    expect(
      (
        await api.post(
          u.focalA,
          '/api/v1/plans/guiding-documents',
          doc(p, { unitId: p.communeB.id, numberSymbol: 'Z' }),
        )
      ).statusCode,
    ).toBe(404);

    const plan = json(
      await api.post(u.coordinator, '/api/v1/plans', provincePlan(p, { guidingDocumentIds: [shared] })),
    );
    expect(plan.guidingDocuments.map((d: { id: number }) => d.id)).toEqual([shared]);
    const del = await api.del(u.coordinator, `/api/v1/plans/guiding-documents/${shared}`);
    expect(del.statusCode).toBe(409);
    expect(json(del).detail).toContain('đang được 1 kế hoạch');
    // a commune's plan cannot cite the province's unshared document
    const cite = await api.post(u.focalA, '/api/v1/plans', {
      unitId: p.communeA.id,
      year: 2026,
      title: 'Kế hoạch xã',
      guidingDocumentIds: [internal],
    });
    expect(cite.statusCode).toBe(400);
    expect((await api.del(u.coordinator, `/api/v1/plans/guiding-documents/${internal}`)).statusCode).toBe(
      204,
    );

    const x = await api.get(u.coordinator, `/api/v1/plans/guiding-documents/export.xlsx?unitId=${p.root.id}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('SỔ VĂN BẢN CHỈ ĐẠO');
    expect(wb.worksheets[0].getRow(3).getCell(2).value).toBe(`33/CT-TTg-${p.suffix}`);
  });
});

describe('leaders in charge (phân công lãnh đạo phụ trách, bằng văn bản)', () => {
  it('registers who, from when, by which decision; lists the units without one', async () => {
    const bad = await api.post(u.focalA, '/api/v1/plans/leaders', {
      unitId: p.communeA.id,
      leaderName: 'Phạm Văn Hòa',
      position: 'Phó Chủ tịch UBND xã',
      fromDate: '2026-01-01',
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2026-01-10',
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).detail).toContain('không được trước ngày văn bản phân công');
    const ok = await api.post(u.focalA, '/api/v1/plans/leaders', {
      unitId: p.communeA.id,
      leaderName: 'Phạm Văn Hòa',
      position: 'Phó Chủ tịch UBND xã',
      fromDate: '2026-01-15',
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2026-01-10',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const leader = json(ok);
    expect(leader).toMatchObject({ active: true, can: { update: true, attach: true } });
    expect(
      (
        await api.upload(u.focalA, `/api/v1/files?entity=leader_assignment&entityId=${leader.id}`, {
          name: 'qd-15.pdf',
          content: PDF,
        })
      ).statusCode,
    ).toBe(201);
    expect((await api.get(u.focalB, `/api/v1/plans/leaders/${leader.id}`)).statusCode).toBe(404);
    expect(
      (
        await api.post(u.focalB, '/api/v1/plans/leaders', {
          ...leader,
          unitId: p.communeA.id,
          id: undefined,
          can: undefined,
          active: undefined,
          isDemo: undefined,
          unitName: undefined,
        })
      ).statusCode,
    ).toBe(404);

    const c = json(await api.get(u.coordinator, `/api/v1/plans/leaders/compliance?unitId=${p.root.id}`));
    const missing = c.rows.map((r: { unitId: number }) => r.unitId);
    expect(missing).toEqual(
      expect.arrayContaining([p.root.id, p.dept.id, p.dept2.id, p.communeB.id, p.communeC.id]),
    );
    expect(missing).not.toContain(p.communeA.id);
    expect(c).toMatchObject({ total: 6, withLeader: 1, without: 5 });
    const communes = json(
      await api.get(
        u.coordinator,
        `/api/v1/plans/leaders/compliance?unitId=${p.root.id}&group=khoi_xa&missingOnly=false`,
      ),
    );
    expect(communes.rows.find((r: { unitId: number }) => r.unitId === p.communeA.id)).toMatchObject({
      leaderName: 'Phạm Văn Hòa',
      decisionNumber: '15/QĐ-UBND',
    });
    // before the decision took effect the unit had none
    const earlier = json(
      await api.get(u.coordinator, `/api/v1/plans/leaders/compliance?unitId=${p.root.id}&asOf=2026-01-12`),
    );
    expect(earlier.without).toBe(6);

    const ended = await api.patch(u.headA, `/api/v1/plans/leaders/${leader.id}`, { toDate: '2026-02-28' });
    expect(json(ended)).toMatchObject({ active: false, toDate: '2026-02-28' });
    expect(
      (await api.patch(u.headA, `/api/v1/plans/leaders/${leader.id}`, { toDate: '2025-12-31' })).statusCode,
    ).toBe(400);
    expect(
      json(await api.get(u.coordinator, `/api/v1/plans/leaders/compliance?unitId=${p.root.id}`)).without,
    ).toBe(6);

    const x = await api.get(u.coordinator, `/api/v1/plans/leaders/compliance.xlsx?unitId=${p.root.id}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    expect(String(wb.worksheets[0].getRow(1).getCell(1).value)).toContain(
      'ĐƠN VỊ CHƯA PHÂN CÔNG LÃNH ĐẠO PHỤ TRÁCH',
    );
    expect(wb.worksheets[0].rowCount).toBe(2 + 6);
    const audit = json(
      await api.get(u.coordinator, `/api/v1/audit?entity=leader_assignment&unitId=${p.communeA.id}`),
    );
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual(['create', 'update']);
  });
});

describe('year themes and movements', () => {
  it('the coordinator sets them for the province; the communes see and cite them; others may not set them', async () => {
    const theme = await api.post(u.coordinator, '/api/v1/plans/themes', {
      unitId: p.root.id,
      year: 2026,
      name: 'Năm dân vận chính quyền 2026',
      contents: ['Tăng cường lãnh đạo, chỉ đạo công tác dân vận.'],
    });
    expect(theme.statusCode, theme.body).toBe(200);
    expect(
      (
        await api.post(u.coordinator, '/api/v1/plans/themes', {
          unitId: p.root.id,
          year: 2026,
          name: 'Trùng năm',
        })
      ).statusCode,
    ).toBe(409);
    const mv = await api.post(u.coordinator, '/api/v1/plans/movements', {
      unitId: p.root.id,
      code: 'dan_van_kheo',
      name: 'Phong trào thi đua “Dân vận khéo”',
      kind: 'phong_trao_thi_dua',
      fields: ['kinh tế', 'văn hóa'],
    });
    expect(mv.statusCode, mv.body).toBe(200);
    expect(
      (
        await api.post(u.coordinator, '/api/v1/plans/movements', {
          unitId: p.root.id,
          code: 'Dân vận',
          name: 'x',
          kind: 'phong_trao',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await api.post(u.headA, '/api/v1/plans/themes', {
          unitId: p.communeA.id,
          year: 2026,
          name: 'Chủ đề xã',
        })
      ).statusCode,
    ).toBe(403);

    const themes = json(
      await api.get(u.focalA, `/api/v1/plans/themes?unitId=${p.communeA.id}&year=2026`),
    ).items;
    expect(themes.map((t: { name: string }) => t.name)).toEqual(['Năm dân vận chính quyền 2026']);
    expect(themes[0].can.update).toBe(false);
    const movements = json(await api.get(u.focalA, `/api/v1/plans/movements?unitId=${p.communeA.id}`)).items;
    expect(movements.map((m: { code: string }) => m.code)).toEqual(['dan_van_kheo']);
    expect(
      json(await api.get(u.otherCoordinator, `/api/v1/plans/movements?unitId=${p.other.id}`)).items,
    ).toEqual([]);

    const plan = await api.post(u.focalA, '/api/v1/plans', {
      unitId: p.communeA.id,
      year: 2026,
      title: 'Kế hoạch xã',
      themeId: json(theme).id,
      movementIds: [json(mv).id],
    });
    expect(plan.statusCode, plan.body).toBe(200);
    expect(json(plan)).toMatchObject({
      themeName: 'Năm dân vận chính quyền 2026',
      movements: [{ name: 'Phong trào thi đua “Dân vận khéo”' }],
    });
    const off = await api.patch(u.coordinator, `/api/v1/plans/movements/${json(mv).id}`, { active: false });
    expect(json(off).active).toBe(false);
    expect(
      json(await api.get(u.focalA, `/api/v1/plans/movements?unitId=${p.communeA.id}&activeOnly=true`)).items,
    ).toEqual([]);
    expect(
      (await api.patch(u.headA, `/api/v1/plans/themes/${json(theme).id}`, { name: 'Sửa' })).statusCode,
    ).toBe(403);
    expect(
      (await api.patch(u.otherCoordinator, `/api/v1/plans/themes/${json(theme).id}`, { name: 'Sửa' }))
        .statusCode,
    ).toBe(404);
  });
});
