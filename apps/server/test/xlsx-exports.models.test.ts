/** The models module's .xlsx exports (models, commendations), checked as Excel users expect. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkXlsxExport, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  const { api, p, u } = w;
  // a commune's collective model, and a province-level commendation linked to it
  const model = await ok(
    await api.post(u.focalA, '/api/v1/models', {
      unitId: p.communeA.id,
      name: 'Một lần hướng dẫn, trọn vẹn hồ sơ',
      field: 'political_system',
      subject: 'collective',
      registration: {
        situation: 'Thủ tục hành chính lĩnh vực đất đai còn chậm, người dân phải đi lại nhiều lần.',
        goals: '100% hồ sơ được hướng dẫn một lần, đầy đủ; giảm 30% số lượt đi lại.',
        contentMethod: 'Tổ hướng dẫn tại Bộ phận một cửa, nhóm Zalo hỗ trợ người dân.',
      },
      registeredOn: '2026-01-15',
    }),
  );
  await ok(
    await api.post(u.coordinator, '/api/v1/models/commendations', {
      unitId: p.communeA.id,
      recipientKind: 'collective',
      recipientName: 'Bộ phận một cửa UBND xã',
      achievement: 'Có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2025',
      level: 'province',
      form: 'certificate',
      decisionNumber: '2150/QĐ-UBND',
      decisionDate: '2026-02-20',
      issuerName: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
      signerName: 'Nguyễn Văn An',
      signerPosition: 'Chủ tịch',
      modelId: model.id,
    }),
  );
}, 600_000);

describe('the models exports, opened as Excel would', () => {
  it('GET /api/v1/models/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/models/export.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/models/export.xlsx?unitId=${w.p.communeA.id}`],
      dates: true,
      numbers: true,
      shows: ['Xây dựng hệ thống chính trị', 'Tập thể', 'Đã đăng ký'],
    }));
  it('GET /api/v1/models/commendations/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/models/commendations/export.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/models/commendations/export.xlsx?unitId=${w.p.communeA.id}`],
      dates: true,
      numbers: true,
      shows: ['Bằng khen', 'Cấp tỉnh', 'Tập thể'],
    }));
});
