/** The answers register's .xlsx export, checked as Excel users expect (test/xlsx-check.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkXlsxExport, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;
let sourceId: number;

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  const { api, p, u } = w;
  // a dialogue held by commune A with two commitments, one answered
  const dlg = await ok(
    await api.post(u.focalA, '/api/v1/answers/dialogues', {
      unitId: p.communeA.id,
      title: 'Đối thoại về giải phóng mặt bằng',
      scheduledOn: '2026-02-10',
      place: 'Hội trường xã',
      chairName: 'Chủ tịch UBND xã',
    }),
  );
  const held = await ok(
    await api.post(u.focalA, `/api/v1/answers/dialogues/${dlg.id}/hold`, {
      expectedVersion: dlg.version,
      heldOn: '2026-02-10',
      participantCount: 40,
      issuesRaised: 'Đề nghị công khai đơn giá bồi thường.',
      commitments: [
        {
          text: 'Công khai đơn giá bồi thường',
          field: 'dat_dai',
          responsibleUnitId: p.communeA.id,
          dueDate: '2026-02-20',
        },
        {
          text: 'Sửa đường tạm',
          field: 'xay_dung_giao_thong',
          responsibleUnitId: p.communeA.id,
          dueDate: '2026-02-25',
        },
      ],
    }),
  );
  await ok(
    await api.post(u.focalA, `/api/v1/answers/items/${held.sourceItems[0].id}/answer`, {
      expectedVersion: held.sourceItems[0].version,
      text: 'Đã niêm yết tại nhà văn hóa thôn.',
      answeredOn: '2026-02-18',
    }),
  );
  sourceId = dlg.id;
}, 600_000);

describe('the answers export, opened as Excel would', () => {
  it('GET /api/v1/answers/items/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/answers/items/export.xlsx', {
      user: w.u.focalA,
      urls: [`/api/v1/answers/items/export.xlsx?sourceId=${sourceId}`],
      dates: true,
      numbers: true,
      shows: ['Đối thoại trực tiếp', 'Đất đai', 'Đã trả lời', 'Trả lời đúng hạn', 'Quá hạn chưa trả lời'],
    }));
});
