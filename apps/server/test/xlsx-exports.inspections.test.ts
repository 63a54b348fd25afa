/** The inspections register's .xlsx export, checked as Excel users expect (test/xlsx-check.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { makeUser } from './factories.ts';
import { checkXlsxExport, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  const { api, p, env } = w;
  // a check of a commune with a violation and a recommendation
  const inspector = await makeUser(env, 'inspector', p.root.id, { fullName: 'Đặng Văn Lực' });
  const insp = await ok(
    await api.post(inspector, '/api/v1/inspections', {
      unitId: p.communeA.id,
      conductorUnitId: p.root.id,
      mode: 'unplanned',
      title: 'Kiểm tra công vụ tại xã',
      startOn: '2026-02-02',
    }),
  );
  await ok(
    await api.post(inspector, `/api/v1/inspections/${insp.id}/violations`, {
      personName: 'Nguyễn Văn Tâm',
      rule: 'communication',
      description: 'To tiếng với người dân.',
      sanction: 'reprimand',
      sanctionOn: '2026-02-20',
    }),
  );
  await ok(
    await api.post(inspector, `/api/v1/inspections/${insp.id}/recommendations`, {
      content: 'Kiểm điểm, rút kinh nghiệm.',
      dueOn: '2026-02-25',
    }),
  );
}, 600_000);

describe('the inspections export, opened as Excel would', () => {
  it('GET /api/v1/inspections/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/inspections/export.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/inspections/export.xlsx?unitId=${w.p.communeA.id}`],
      dates: true,
      numbers: true,
      shows: ['Kiểm tra công vụ', 'Đột xuất', 'Khiển trách', 'Chưa thực hiện', 'Quá hạn'],
    }));
});
