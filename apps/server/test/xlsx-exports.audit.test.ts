/** The audit trail's .xlsx export, checked as Excel users expect (test/xlsx-check.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkXlsxExport, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  const { api, p, u, env } = w;
  // an update at the province (a unit's short name), a failed login, creations at the province and a commune
  await ok(await api.patch(u.admin, `/api/v1/org/units/${p.communeC.id}`, { shortName: 'Tân Tiến' }));
  await env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: '127.9.9.9',
    payload: { username: u.focalB.username, password: 'sai-mat-khau' },
  });
  await ok(
    await api.post(u.coordinator, '/api/v1/plans/guiding-documents', {
      unitId: p.root.id,
      numberSymbol: `33/CT-TTg-${p.suffix}`,
      issuedOn: '2021-11-26',
      issuer: 'Thủ tướng Chính phủ',
      kind: 'chi_thi',
      title: 'Về tiếp tục tăng cường và đổi mới công tác dân vận',
    }),
  );
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
}, 600_000);

describe('the audit export, opened as Excel would', () => {
  it('GET /api/v1/audit/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/audit/export.xlsx', {
      user: w.u.admin,
      urls: [
        `/api/v1/audit/export.xlsx?unitId=${w.p.communeA.id}`,
        `/api/v1/audit/export.xlsx?entity=user&action=login_failed`,
        `/api/v1/audit/export.xlsx?unitId=${w.p.root.id}`,
      ],
      dates: true,
      shows: ['Đăng nhập sai', 'Tạo mới'],
    }));
});
