import { describe, expect, it } from 'vitest';
import { synthesizeCompilation, type SynthesisInput } from './synthesis.ts';

const base: SynthesisInput = {
  sections: [{ code: 'I' }, { code: 'II' }],
  indicators: [
    { code: 'received', name: 'Số đơn tiếp nhận', unit: 'đơn', sectionCode: 'II', aggregation: 'sum' },
    { code: 'rate', name: 'Tỷ lệ giải quyết', unit: '%', sectionCode: 'II', aggregation: 'ratio' },
  ],
  totals: { received: 1234.5, rate: 76.47 },
  reportsCounted: 2,
  units: [
    {
      name: 'Xã A',
      groups: ['xa'],
      status: 'accepted',
      timeliness: 'on_time',
      counted: true,
      values: { received: 1000, rate: 80 },
    },
    {
      name: 'Sở B',
      groups: ['so'],
      status: 'accepted',
      timeliness: 'late',
      counted: true,
      values: { received: 234.5, rate: 50 },
    },
    {
      name: 'Xã C',
      groups: ['xa'],
      status: 'not_started',
      timeliness: 'missing',
      counted: false,
      values: {},
    },
  ],
  groups: [
    { key: 'so', name: 'Khối sở, ngành', totals: { received: 234.5, rate: 50 } },
    { key: 'xa', name: 'Khối xã', totals: { received: 1000, rate: 80 } },
  ],
  includeSubmitted: false,
  totalLabel: 'Toàn tỉnh',
};

describe('synthesizeCompilation', () => {
  it('opens with counts and shares by group, the late and the missing units, in the Vietnamese format', () => {
    const s = synthesizeCompilation(base);
    expect(s.overview.paragraphs[0]).toBe(
      'Kỳ báo cáo có 3 đơn vị phải báo cáo; đã có 2 đơn vị gửi báo cáo (đạt 66,7%), trong đó 1 đơn vị gửi đúng hạn (33,3%) và 1 đơn vị gửi chậm; 1 đơn vị quá hạn chưa gửi báo cáo.',
    );
    expect(s.overview.paragraphs).toContain('Đơn vị gửi báo cáo chậm: Sở B.');
    expect(s.overview.paragraphs).toContain('Đơn vị quá hạn chưa gửi báo cáo: Xã C.');
    expect(s.overview.tables[0].rows).toEqual([
      ['Khối sở, ngành', 1, 1, '100%', 0, 1, 0],
      ['Khối xã', 2, 1, '50%', 1, 0, 1],
      ['Toàn tỉnh', 3, 2, '66,7%', 1, 1, 1],
    ]);
  });

  it('gives each section with indicators its figures by group with shares and its standout units', () => {
    const s = synthesizeCompilation(base);
    expect(s.sections.map((x) => x.code)).toEqual(['II']); // I has no indicators
    const [ii] = s.sections;
    expect(ii.paragraphs[0]).toBe(
      '- Số đơn tiếp nhận: 1.234,5 đơn, trong đó Khối sở, ngành 234,5 đơn (19%); Khối xã 1.000 đơn (81%); cao nhất: Xã A (1.000 đơn), Sở B (234,5 đơn).',
    );
    expect(ii.paragraphs[1]).toContain('Tỷ lệ giải quyết: 76,47% (Khối sở, ngành: 50%; Khối xã: 80%)');
    const [groups, standout] = ii.tables;
    expect(groups.columns).toEqual(['Chỉ tiêu', 'Đơn vị tính', 'Toàn tỉnh', 'Khối sở, ngành', 'Khối xã']);
    expect(groups.rows[0]).toEqual(['Số đơn tiếp nhận', 'đơn', 1234.5, '234,5 (19%)', '1.000 (81%)']);
    expect(standout.rows[0]).toEqual(['Số đơn tiếp nhận', 'Xã A: 1.000 đơn; Sở B: 234,5 đơn']);
  });

  it('says so when a section has no figures yet, and lists no groups when there are none', () => {
    const s = synthesizeCompilation({ ...base, totals: {}, groups: [], units: [], reportsCounted: 0 });
    expect(s.sections[0]).toEqual({
      code: 'II',
      paragraphs: ['Chưa có số liệu của các đơn vị cho mục này.'],
      tables: [],
    });
    expect(s.overview.tables).toEqual([]);
  });
});
