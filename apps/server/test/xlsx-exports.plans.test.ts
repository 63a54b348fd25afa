/** The plans module's .xlsx exports, checked as Excel users expect (test/xlsx-check.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { PLAN_PARTS, provincePlan } from '../src/modules/plans/plans.test-helpers.ts';
import { checkXlsxExport, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;
const ids: Record<string, number> = {};

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  const { api, p, u } = w;
  // a guiding document, a leader in charge, an issued plan with tasks, a commune's own plan
  ids.doc = (
    await ok(
      await api.post(u.coordinator, '/api/v1/plans/guiding-documents', {
        unitId: p.root.id,
        numberSymbol: `33/CT-TTg-${p.suffix}`,
        issuedOn: '2021-11-26',
        issuer: 'Thủ tướng Chính phủ',
        kind: 'chi_thi',
        title: 'Về tiếp tục tăng cường và đổi mới công tác dân vận',
        summary: 'Chỉ thị trọng tâm về dân vận chính quyền.',
      }),
    )
  ).id;
  await ok(
    await api.post(u.focalA, '/api/v1/plans/leaders', {
      unitId: p.communeA.id,
      leaderName: 'Phạm Văn Hòa',
      position: 'Phó Chủ tịch UBND xã',
      fromDate: '2026-01-15',
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2026-01-10',
    }),
  );
  ids.plan = (await ok(await api.post(u.coordinator, '/api/v1/plans', provincePlan(p)))).id;
  await ok(
    await api.post(u.coordinator, `/api/v1/plans/${ids.plan}/tasks`, {
      code: 'II.1.1',
      sectionNumber: 'II.1',
      title: 'Quán triệt chủ trương của Đảng về công tác dân vận',
      assignTo: { groups: ['khoi_xa'], kinds: ['commune'] },
      dueDate: '2026-06-30',
      expectedProduct: 'Văn bản quán triệt',
      guidingDocumentIds: [ids.doc],
    }),
  );
  await ok(
    await api.post(u.coordinator, `/api/v1/plans/${ids.plan}/tasks`, {
      code: 'X.1',
      title: 'Báo cáo sơ kết 6 tháng',
      assignTo: { groups: ['khoi_xa', 'khoi_so_nganh'] },
      recurrence: 'six_monthly',
      expectedProduct: 'Báo cáo',
    }),
  );
  await ok(await api.post(u.coordinator, `/api/v1/plans/${ids.plan}/issue`, {}));
  const own = await ok(
    await api.post(u.focalA, '/api/v1/plans', {
      unitId: p.communeA.id,
      year: 2026,
      title: 'Triển khai công tác dân vận chính quyền năm 2026 trên địa bàn xã',
      parentPlanId: ids.plan,
      purposes: ['Cụ thể hóa Kế hoạch của tỉnh.'],
      sections: PLAN_PARTS,
      signerAuthority: 'KT. CHỦ TỊCH',
      signerPosition: 'PHÓ CHỦ TỊCH',
      signerName: 'Phạm Văn Hòa',
    }),
  );
  await ok(await api.post(u.headA, `/api/v1/plans/${own.id}/issue`, { numberSymbol: '05/KH-UBND' }));
  const mine = await ok(await api.get(u.focalA, `/api/v1/plans/my-tasks?unitId=${p.communeA.id}`));
  const first = mine.items[0];
  await ok(
    await api.patch(u.focalA, `/api/v1/plans/assignments/${first.id}`, { progress: 60, note: 'Đã họp.' }),
  );
  await ok(await api.patch(u.focalA, `/api/v1/plans/assignments/${first.id}`, { status: 'done' }));
}, 600_000);

describe('the plans exports, opened as Excel would', () => {
  it('GET /api/v1/plans/guiding-documents/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/plans/guiding-documents/export.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/plans/guiding-documents/export.xlsx?q=${w.p.suffix}`],
      dates: true,
      numbers: true,
      shows: ['Chỉ thị'],
    }));
  it('GET /api/v1/plans/leaders/compliance.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/plans/leaders/compliance.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/plans/leaders/compliance.xlsx?unitId=${w.p.root.id}&missingOnly=false`],
      dates: true,
      numbers: true,
    }));
  it('GET /api/v1/plans/my-tasks.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/plans/my-tasks.xlsx', {
      user: w.u.focalA,
      urls: [`/api/v1/plans/my-tasks.xlsx?unitId=${w.p.communeA.id}`],
      dates: true,
      numbers: true,
      shows: ['Chưa thực hiện'],
    }));
  it('GET /api/v1/plans/:id/compliance.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/plans/:id/compliance.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/plans/${ids.plan}/compliance.xlsx`],
      dates: true,
      numbers: true,
    }));
  it('GET /api/v1/plans/:id/tasks.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/plans/:id/tasks.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/plans/${ids.plan}/tasks.xlsx`],
      dates: true,
      shows: ['Khối xã, phường; Khối sở, ban, ngành', 'UBND cấp xã'],
    }));
  it('GET /api/v1/plans/:id/matrix.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/plans/:id/matrix.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/plans/${ids.plan}/matrix.xlsx`],
      numbers: true,
    }));
});
