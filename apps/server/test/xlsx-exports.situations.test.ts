/** The situations register's .xlsx export, checked as Excel users expect (test/xlsx-check.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkXlsxExport, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  // a complex note about land clearance, with a follow-up action
  await ok(
    await w.api.post(w.u.headA, '/api/v1/situations', {
      unitId: w.p.communeA.id,
      place: 'Ấp 3, dự án đường vành đai',
      topic: 'land_clearance',
      level: 'complex',
      summary: 'Mười hai hộ dân chưa đồng thuận phương án bồi thường giải phóng mặt bằng.',
      source: 'Tổ dân vận ấp 3',
      notedOn: '2026-02-25',
      followUps: [
        { action: 'Đối thoại với các hộ dân', assignee: 'Chủ tịch UBND xã', dueDate: '2026-03-10' },
      ],
    }),
  );
}, 600_000);

describe('the situations export, opened as Excel would', () => {
  it('GET /api/v1/situations/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/situations/export.xlsx', {
      user: w.u.headA,
      urls: [`/api/v1/situations/export.xlsx?unitId=${w.p.communeA.id}`],
      dates: true,
      numbers: true,
      shows: ['Giải phóng mặt bằng', 'Phức tạp', 'Đang theo dõi', 'Chưa thực hiện'],
    }));
});
