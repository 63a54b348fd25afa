/** The reporting module's .xlsx exports, checked as Excel users expect (test/xlsx-check.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { uid } from './factories.ts';
import { checkXlsxExport, INDICATORS, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;
const ids: Record<string, number> = {};
const R = '/api/v1/reporting';

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  const { api, p, u, coordinator } = w;
  // a template with snake_case indicator codes, a period, an accepted report with decimals
  const template = await ok(
    await api.post(coordinator, `${R}/templates`, {
      code: `XLSX_${uid()}`,
      name: 'Đề cương thử nghiệm xuất Excel',
      legalBasis: 'Kế hoạch thử nghiệm',
      ownerUnitId: p.root.id,
      sections: [
        { code: 'I', number: 'I', title: 'KHÁI QUÁT CHUNG', guidance: '', hasNarrative: true, children: [] },
        { code: 'II', number: 'II', title: 'KẾT QUẢ', guidance: '', hasNarrative: true, children: [] },
      ],
      indicators: [
        {
          code: 'so_don_tiep_nhan',
          sectionCode: 'II',
          name: INDICATORS.so_don_tiep_nhan,
          unit: 'đơn',
          aggregation: 'sum',
        },
        {
          code: 'so_don_giai_quyet',
          sectionCode: 'II',
          name: INDICATORS.so_don_giai_quyet,
          unit: 'đơn',
          aggregation: 'sum',
        },
        {
          code: 'ty_le_giai_quyet',
          sectionCode: 'II',
          name: INDICATORS.ty_le_giai_quyet,
          unit: '%',
          type: 'percent',
          aggregation: 'ratio',
          numerator: 'so_don_giai_quyet',
          denominator: 'so_don_tiep_nhan',
        },
        {
          code: 'diem_hai_long',
          sectionCode: 'II',
          name: INDICATORS.diem_hai_long,
          unit: 'điểm',
          type: 'decimal',
          aggregation: 'avg',
        },
      ],
      rules: [],
    }),
  );
  ids.period = (
    await ok(
      await api.post(coordinator, `${R}/periods`, {
        templateId: template.id,
        rootUnitId: p.root.id,
        kind: 'six_month',
        year: 2026,
        deadlines: [
          { level: 'unit', deadline: '2026-05-10' },
          { level: 'province', deadline: '2026-05-30' },
        ],
        requiredGroups: ['khoi_xa'],
      }),
    )
  ).id;
  const report = await ok(
    await api.post(u.headA, `${R}/periods/${ids.period}/reports`, { unitId: p.communeA.id }),
  );
  ids.report = report.id;
  await ok(
    await api.patch(u.headA, `${R}/reports/${report.id}`, {
      narratives: { I: 'Tình hình chung của đơn vị.' },
      values: [
        { code: 'so_don_tiep_nhan', value: 1250 },
        { code: 'so_don_giai_quyet', value: 1000 },
        { code: 'diem_hai_long', value: 8.5 },
      ],
    }),
  );
  await ok(await api.post(u.headA, `${R}/reports/${report.id}/submit`, {}));
  await ok(await api.post(coordinator, `${R}/reports/${report.id}/accept`, {}));
}, 600_000);

describe('the reporting exports, opened as Excel would', () => {
  it('GET /api/v1/reporting/periods/:id/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/reporting/periods/:id/export.xlsx', {
      user: w.coordinator,
      urls: [`${R}/periods/${ids.period}/export.xlsx`],
      numbers: true,
      shows: [INDICATORS.so_don_tiep_nhan],
    }));
  it('GET /api/v1/reporting/reports/:id/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/reporting/reports/:id/export.xlsx', {
      user: w.u.headA,
      urls: [`${R}/reports/${ids.report}/export.xlsx`],
      numbers: true,
      shows: [INDICATORS.diem_hai_long],
    }));
});
