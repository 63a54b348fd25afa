import { describe, expect, it } from 'vitest';
import {
  GUIDING_DOCUMENTS_SEED,
  GUIDING_DOCUMENT_KIND_LABELS,
  findGuidingDocument,
} from './guiding-documents.ts';
import { MOVEMENTS_SEED, PROVINCE_PLAN_SEED, YEAR_THEMES_SEED } from './plan-2023.ts';

const VI = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const docSymbols = new Set(GUIDING_DOCUMENTS_SEED.map((d) => d.numberSymbol));

function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

describe('GUIDING_DOCUMENTS_SEED', () => {
  it('has unique number/symbols, real dates, known kinds and Vietnamese text', () => {
    expect(docSymbols.size).toBe(GUIDING_DOCUMENTS_SEED.length);
    for (const d of GUIDING_DOCUMENTS_SEED) {
      expect(isRealDate(d.issuedOn), d.numberSymbol).toBe(true);
      expect(Object.keys(GUIDING_DOCUMENT_KIND_LABELS), d.numberSymbol).toContain(d.kind);
      expect(d.issuer, d.numberSymbol).toMatch(VI);
      expect(d.title, d.numberSymbol).toMatch(VI);
      expect(d.summary.length, d.numberSymbol).toBeGreaterThan(0);
      expect(d.issuedOn <= '2023-12-31', d.numberSymbol).toBe(true);
    }
  });

  it('records the key documents with the dates the seeds give', () => {
    const expected: [string, string, string][] = [
      ['25-NQ/TW', '2013-06-03', 'nghi_quyet'],
      ['114-KL/TW', '2015-07-14', 'ket_luan'],
      ['43-KL/TW', '2019-01-07', 'ket_luan'],
      ['23-QĐ/TW', '2021-07-30', 'quyet_dinh'],
      ['33/CT-TTg', '2021-11-26', 'chi_thi'],
      ['217-QĐ/TW', '2013-12-12', 'quyet_dinh'],
      ['218-QĐ/TW', '2013-12-12', 'quyet_dinh'],
      ['11-QĐi/TW', '2019-02-18', 'quy_dinh'],
      ['76/NQ-CP', '2021-07-15', 'nghi_quyet'],
      ['10/2022/QH15', '2022-11-10', 'luat'],
      ['03-CTr/BDVTW-BCSDCP', '2021-12-15', 'chuong_trinh'],
      ['28/2018/QĐ-TTg', '2018-07-12', 'quyet_dinh'],
      ['1432/BNV-CTTN', '2023-04-03', 'cong_van'],
      ['30/2020/NĐ-CP', '2020-03-05', 'nghi_dinh'],
      ['27-KH/BDVTU-BCSD', '2023-01-12', 'ke_hoach'],
      ['06-CTr/BDVTU-BCSD', '2022-01-14', 'chuong_trinh'],
      ['10/CT-TTg', '2019-04-22', 'chi_thi'],
      ['35-CT/TU', '2022-11-02', 'chi_thi'],
      ['290-QĐ/TW', '2010-02-25', 'quyet_dinh'],
      ['436/QĐ-UBND', '2019-06-11', 'quyet_dinh'],
    ];
    for (const [symbol, date, kind] of expected) {
      expect(findGuidingDocument(symbol), symbol).toMatchObject({ issuedOn: date, kind });
    }
    expect(findGuidingDocument('25-NQ/TW')!.title).toBe(
      'Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
    );
    expect(findGuidingDocument('23-QĐ/TW')!.title).toContain(
      'Quy chế công tác dân vận của hệ thống chính trị',
    );
    expect(findGuidingDocument('11-QĐi/TW')!.title).toContain('tiếp dân, đối thoại trực tiếp với dân');
    expect(findGuidingDocument('nope')).toBeUndefined();
  });
});

describe('PROVINCE_PLAN_SEED', () => {
  const plan = PROVINCE_PLAN_SEED;

  it('has purposes, requirements, recipients and non-empty sections', () => {
    expect(plan.purposes.length).toBeGreaterThan(0);
    expect(plan.requirements.length).toBeGreaterThan(0);
    expect(plan.recipients).toContain('Ban Dân vận Tỉnh ủy');
    expect(plan.sections.length).toBeGreaterThan(0);
    for (const s of plan.sections) {
      expect(s.title.length, s.number).toBeGreaterThan(0);
      expect(s.body.length, s.number).toBeGreaterThan(0);
    }
    const numbers = plan.sections.map((s) => s.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of [
      'I',
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
      'II.6',
      'II.7',
      'III.1',
      'III.2',
      'III.3',
    ]) {
      expect(numbers).toContain(n);
    }
  });

  it('has unique task codes, each from an existing section, citing registered guiding documents', () => {
    const codes = plan.tasks.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    const sectionNumbers = new Set(plan.sections.map((s) => s.number));
    for (const t of plan.tasks) {
      expect(sectionNumbers.has(t.sectionNumber), t.code).toBe(true);
      for (const g of t.guidingDocs) expect(docSymbols.has(g), `${t.code}: ${g}`).toBe(true);
      if (t.dueMonthDay !== undefined) {
        expect(isRealDate(`${plan.year}-${t.dueMonthDay}`), t.code).toBe(true);
      }
      expect(t.expectedProduct.length, t.code).toBeGreaterThan(0);
    }
    for (const b of plan.basis) expect(docSymbols.has(b), b).toBe(true);
  });

  it('covers every content section II.1–II.7 with at least one task', () => {
    for (const n of ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7']) {
      expect(
        plan.tasks.some((t) => t.sectionNumber === n),
        n,
      ).toBe(true);
    }
  });

  it('includes the plan-issuing, leader, self-scoring and report tasks with the seed deadlines', () => {
    const find = (re: RegExp) => plan.tasks.filter((t) => re.test(t.title));
    const planTask = find(/ban hành kế hoạch/i);
    expect(planTask).toHaveLength(1);
    expect(planTask[0].assignTo).toBe('all_units');
    expect(find(/phân công lãnh đạo phụ trách/i)).toHaveLength(1);
    expect(find(/^Tự chấm điểm/)[0]).toMatchObject({ dueMonthDay: '11-10', assignTo: 'all_units' });
    expect(find(/^Báo cáo .*06 tháng/)[0]).toMatchObject({ dueMonthDay: '05-10', assignTo: 'all_units' });
    expect(find(/^Báo cáo kết quả thực hiện Kế hoạch năm 2023$/)[0]).toMatchObject({
      dueMonthDay: '11-10',
      assignTo: 'all_units',
    });
    expect(plan.tasks.filter((t) => t.assignTo === 'department_of_home_affairs').length).toBeGreaterThan(0);
    expect(plan.tasks.filter((t) => t.assignTo === 'all_communes').length).toBeGreaterThan(0);
  });

  it('marks the signer name as demo data', () => {
    expect(plan.signerNameIsDemo).toBe(true);
    expect(plan.signerName).not.toBe('Trần Tuyết Minh');
  });

  it('writes its text in Vietnamese with diacritics', () => {
    const strings = [
      plan.title,
      plan.subject,
      plan.theme,
      ...plan.purposes,
      ...plan.requirements,
      ...plan.movements,
      ...plan.sections.flatMap((s) => [s.title, s.body]),
      ...plan.tasks.flatMap((t) => [t.title, t.description, t.expectedProduct]),
    ];
    for (const s of strings) expect(s).toMatch(VI);
  });
});

describe('YEAR_THEMES_SEED and MOVEMENTS_SEED', () => {
  it('has the 2022 theme from seed 002 with its nine contents', () => {
    const t = YEAR_THEMES_SEED.find((x) => x.year === 2022)!;
    expect(t.name).toBe('Năm dân vận chính quyền 2022');
    expect(t.contents).toHaveLength(9);
    expect(docSymbols.has(t.sourceDocument)).toBe(true);
    for (const g of t.guidingDocs) expect(docSymbols.has(g), g).toBe(true);
    for (const c of t.contents) expect(c).toMatch(VI);
  });

  it('has the “Dân vận khéo” movement with its requirements', () => {
    const codes = MOVEMENTS_SEED.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    const dvk = MOVEMENTS_SEED.find((m) => m.code === 'dan_van_kheo')!;
    expect(dvk.name).toContain('“Dân vận khéo”');
    expect(dvk.fields).toEqual(['kinh tế', 'văn hóa', 'xã hội', 'an ninh', 'quốc phòng']);
    expect(dvk.minModelsPerBody).toBe(1);
    expect(dvk.targetModelsPerBody).toBe(2);
    for (const m of MOVEMENTS_SEED) {
      expect(m.description, m.code).toMatch(VI);
      for (const g of m.guidingDocs) expect(docSymbols.has(g), `${m.code}: ${g}`).toBe(true);
    }
  });
});
