/** The reception register's .xlsx export, checked as Excel users expect (test/xlsx-check.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkXlsxExport, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  // a mass delegation about land, with an identity number (digits, text by design)
  await ok(
    await w.api.post(w.u.headA, '/api/v1/reception/visits', {
      unitId: w.p.communeA.id,
      kind: 'regular',
      receivedOn: '2026-02-24',
      receivedTime: '08:30',
      place: 'Phòng tiếp công dân',
      receiverName: 'Ngô Văn Bình',
      visitorsCount: 6,
      representativeName: 'Trần Văn Dũng',
      idNumber: '075082004512',
      content: 'Khiếu nại việc bồi thường khi thu hồi đất.',
      field: 'dat_dai',
      outcome: 'petition_received',
      online: false,
    }),
  );
}, 600_000);

describe('the reception export, opened as Excel would', () => {
  it('GET /api/v1/reception/visits/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/reception/visits/export.xlsx', {
      user: w.u.headA,
      urls: [`/api/v1/reception/visits/export.xlsx?unitId=${w.p.communeA.id}`],
      dates: true,
      numbers: true,
      shows: ['Đất đai', 'Tiếp nhận đơn', 'Tiếp thường xuyên'],
    }));
});
