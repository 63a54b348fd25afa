/** The petitions module's .xlsx files (the register, the import template), checked as Excel users expect. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkXlsxExport, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  // a group land complaint
  await ok(
    await w.api.post(w.u.headA, '/api/v1/petitions', {
      unitId: w.p.communeA.id,
      receivedOn: '2026-02-24',
      channel: 'in_person',
      kinds: ['khieu_nai'],
      field: 'dat_dai',
      petitionersCount: 6,
      representativeName: 'Trần Văn Dũng',
      subject: 'Khiếu nại việc bồi thường khi thu hồi đất',
      content: 'Khiếu nại việc bồi thường khi thu hồi đất.',
    }),
  );
}, 600_000);

describe('the petitions exports, opened as Excel would', () => {
  it('GET /api/v1/petitions/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/petitions/export.xlsx', {
      user: w.u.headA,
      urls: [`/api/v1/petitions/export.xlsx?unitId=${w.p.communeA.id}`],
      dates: true,
      numbers: true,
      shows: ['Khiếu nại', 'Đất đai', 'Đã tiếp nhận'],
    }));
  it('GET /api/v1/petitions/import/template.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/petitions/import/template.xlsx', {
      user: w.u.headA,
      urls: ['/api/v1/petitions/import/template.xlsx'],
      dates: true,
      numbers: true,
      shows: ['Khiếu nại', 'Đất đai', 'Trực tiếp'],
    }));
});
