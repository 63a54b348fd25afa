import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, OUTLINE_1432, flattenSections } from './outline-1432.ts';
import { INDICATOR_CODE_PATTERN } from './vocabulary.ts';

const SEED_004 = '/work/shared/seeds/004_53c9a83512b58783.txt';

/** Identifiers of a rule expression (the small expression language has no keywords or functions). */
function identifiers(expression: string): string[] {
  return expression.match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? [];
}

const flat = flattenSections(OUTLINE_1432.sections);
const sectionCodes = new Set(flat.map((s) => s.code));
const indicatorCodes = new Set(OUTLINE_1432.indicators.map((i) => i.code));

describe('OUTLINE_1432 structure', () => {
  it('has top-level sections I–VI in order with the seed titles', () => {
    expect(OUTLINE_1432.sections.map((s) => [s.code, s.title])).toEqual([
      ['I', 'KHÁI QUÁT CHUNG'],
      ['II', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'],
      ['III', 'KẾT QUẢ THỰC HIỆN'],
      ['IV', 'ĐÁNH GIÁ CHUNG'],
      ['V', 'NHIỆM VỤ, GIẢI PHÁP'],
      ['VI', 'KIẾN NGHỊ, ĐỀ XUẤT'],
    ]);
  });

  it('has II.1–II.2, III.1–III.9 and IV.1–IV.2 exactly', () => {
    const children = (code: string) =>
      OUTLINE_1432.sections.find((s) => s.code === code)!.children.map((c) => c.code);
    expect(children('II')).toEqual(['II.1', 'II.2']);
    expect(children('III')).toEqual([
      'III.1',
      'III.2',
      'III.3',
      'III.4',
      'III.5',
      'III.6',
      'III.7',
      'III.8',
      'III.9',
    ]);
    expect(children('III').map((_, i) => OUTLINE_1432.sections[2].children[i].number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(children('IV')).toEqual(['IV.1', 'IV.2']);
    expect(OUTLINE_1432.sections[3].children.map((c) => c.title)).toEqual([
      'Ưu điểm',
      'Khó khăn, hạn chế và nguyên nhân',
    ]);
  });

  it('has unique section codes; leaves carry narrative, headings with children do not', () => {
    expect(sectionCodes.size).toBe(flat.length);
    for (const s of flat) expect(s.hasNarrative).toBe(s.children.length === 0);
  });

  it('puts the bullet points of III.4, III.5 and III.7 in guidance', () => {
    const byCode = new Map(flat.map((s) => [s.code, s]));
    for (const code of ['III.4', 'III.5', 'III.7']) {
      expect(byCode.get(code)!.guidance.split('\n')).toHaveLength(3);
    }
    expect(byCode.get('III.5')!.guidance).toContain('Quyết định 28/2018/QĐ-TTg ngày 12/7/2018');
    expect(byCode.get('I')!.guidance).toContain('(có số liệu cụ thể)');
  });

  it.runIf(existsSync(SEED_004))('takes every title and guidance line verbatim from seed 004', () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    // The one deliberate correction of a typo in the source.
    const seed = norm(readFileSync(SEED_004, 'utf8')).replace('sáp xếp', 'sắp xếp');
    for (const s of flat) {
      expect(seed, s.code).toContain(norm(s.title));
      for (const line of s.guidance.split('\n').filter(Boolean)) expect(seed, s.code).toContain(norm(line));
    }
  });
});

describe('flattenSections', () => {
  it('returns sections in document order with depth and parent', () => {
    expect(flat.map((s) => s.code)).toEqual([
      'I',
      'II',
      'II.1',
      'II.2',
      'III',
      'III.1',
      'III.2',
      'III.3',
      'III.4',
      'III.5',
      'III.6',
      'III.7',
      'III.8',
      'III.9',
      'IV',
      'IV.1',
      'IV.2',
      'V',
      'VI',
    ]);
    expect(flat.find((s) => s.code === 'III')).toMatchObject({ depth: 0, parentCode: null });
    expect(flat.find((s) => s.code === 'III.7')).toMatchObject({ depth: 1, parentCode: 'III' });
  });

  it('handles deeper nesting and empty input', () => {
    expect(flattenSections([])).toEqual([]);
    const leaf = { code: 'A.1.a', number: 'a', title: 'a', guidance: '', hasNarrative: true, children: [] };
    const tree = [
      {
        code: 'A',
        number: 'A',
        title: 'A',
        guidance: '',
        hasNarrative: false,
        children: [
          { code: 'A.1', number: '1', title: '1', guidance: '', hasNarrative: false, children: [leaf] },
        ],
      },
    ];
    expect(flattenSections(tree).map((s) => [s.code, s.depth, s.parentCode])).toEqual([
      ['A', 0, null],
      ['A.1', 1, 'A'],
      ['A.1.a', 2, 'A.1'],
    ]);
  });
});

describe('OUTLINE_1432 indicators', () => {
  it('has between 30 and 50 indicators with unique, well-formed codes', () => {
    expect(OUTLINE_1432.indicators.length).toBeGreaterThanOrEqual(30);
    expect(OUTLINE_1432.indicators.length).toBeLessThanOrEqual(50);
    expect(indicatorCodes.size).toBe(OUTLINE_1432.indicators.length);
    for (const i of OUTLINE_1432.indicators) expect(i.code).toMatch(INDICATOR_CODE_PATTERN);
  });

  it('attaches every indicator to an existing narrative section', () => {
    const byCode = new Map(flat.map((s) => [s.code, s]));
    for (const i of OUTLINE_1432.indicators) {
      expect(byCode.has(i.sectionCode), i.code).toBe(true);
      expect(byCode.get(i.sectionCode)!.hasNarrative, i.code).toBe(true);
    }
  });

  it('covers the quantities the outline asks for, in the right sections', () => {
    const sectionOf = (code: string) => OUTLINE_1432.indicators.find((i) => i.code === code)?.sectionCode;
    const expected: Record<string, string> = {
      docs_issued: 'II.1',
      plans_issued: 'II.1',
      tasks_assigned: 'II.1',
      tasks_done: 'II.1',
      tasks_overdue: 'II.1',
      leader_assigned: 'II.1',
      training_courses: 'II.2',
      training_attendees: 'II.2',
      propaganda_sessions: 'III.3',
      dvk_models_registered: 'III.4',
      dvk_models_recognised: 'III.4',
      dvk_commendations_collective: 'III.4',
      dvk_commendations_individual: 'III.4',
      tthc_reviewed: 'III.5',
      tthc_simplified: 'III.5',
      tthc_posted: 'III.5',
      online_public_services: 'III.5',
      satisfaction_index: 'III.5',
      public_duty_inspections: 'III.6',
      officials_disciplined: 'III.6',
      petitions_received: 'III.7',
      complaints_received: 'III.7',
      denunciations_received: 'III.7',
      recommendations_received: 'III.7',
      petitions_resolved: 'III.7',
      petitions_resolved_rate: 'III.7',
      reception_sessions: 'III.7',
      reception_visitors: 'III.7',
      head_reception_sessions: 'III.7',
      dialogues_held: 'III.7',
      front_supervision_docs: 'III.8',
      front_recommendations_received: 'III.8',
      front_recommendations_answered: 'III.8',
      dv_inspections: 'III.9',
    };
    for (const [code, section] of Object.entries(expected)) expect(sectionOf(code), code).toBe(section);
  });

  it('defines ratio indicators from existing numerator and denominator indicators', () => {
    const ratios = OUTLINE_1432.indicators.filter((i) => i.aggregation === 'ratio');
    expect(ratios.length).toBeGreaterThanOrEqual(2);
    for (const r of ratios) {
      expect(r.type, r.code).toBe('percent');
      expect(r.unit, r.code).toBe('%');
      expect(indicatorCodes.has(r.numerator!), r.code).toBe(true);
      expect(indicatorCodes.has(r.denominator!), r.code).toBe(true);
      expect(r.numerator).not.toBe(r.code);
      expect(r.denominator).not.toBe(r.code);
    }
    for (const i of OUTLINE_1432.indicators.filter((x) => x.aggregation !== 'ratio')) {
      expect(i.numerator, i.code).toBeUndefined();
      expect(i.denominator, i.code).toBeUndefined();
    }
  });

  it('uses avg for the satisfaction index and sum for counts', () => {
    const sat = OUTLINE_1432.indicators.find((i) => i.code === 'satisfaction_index')!;
    expect(sat).toMatchObject({ aggregation: 'avg', type: 'percent', unit: '%', min: 0, max: 100 });
    for (const i of OUTLINE_1432.indicators.filter((x) => x.type === 'integer')) {
      expect(i.aggregation, i.code).toBe('sum');
      expect(i.min, i.code).toBe(0);
    }
  });

  it('uses only the agreed provider keys, each at most once', () => {
    const allowed = new Set([
      'plans.plans_issued',
      'plans.tasks_assigned',
      'plans.tasks_done',
      'plans.tasks_overdue',
      'plans.leader_assigned',
      'org.units_in_scope',
      'training.courses',
      'training.attendees',
      'models.registered',
      'models.recognised',
      'models.commendations',
      'reception.sessions',
      'reception.visitors',
      'reception.head_sessions',
      'petitions.received',
      'petitions.resolved',
      'petitions.resolved_on_time',
      'petitions.complaints',
      'petitions.denunciations',
      'petitions.recommendations',
      'dialogues.held',
      'dialogues.commitments',
      'dialogues.commitments_done',
      'front.recommendations_received',
      'front.recommendations_answered',
      'voters.petitions_received',
      'voters.petitions_answered',
      'inspections.held',
      'inspections.violations',
      'inspections.sanctioned',
      'satisfaction.index',
    ]);
    const used = OUTLINE_1432.indicators.flatMap((i) => (i.providerKey ? [i.providerKey] : []));
    for (const k of used) expect(allowed.has(k), k).toBe(true);
    expect(new Set(used).size).toBe(used.length);
    expect(OUTLINE_1432.indicators.find((i) => i.code === 'petitions_received')!.providerKey).toBe(
      'petitions.received',
    );
    expect(OUTLINE_1432.indicators.find((i) => i.code === 'plans_issued')!.providerKey).toBe(
      'plans.plans_issued',
    );
    expect(OUTLINE_1432.indicators.find((i) => i.code === 'officials_disciplined')!.providerKey).toBe(
      'inspections.sanctioned',
    );
  });

  it('writes names and units in Vietnamese', () => {
    for (const i of OUTLINE_1432.indicators) {
      expect(i.name, i.code).toMatch(
        /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i,
      );
      expect(i.unit.length, i.code).toBeGreaterThan(0);
    }
  });
});

describe('OUTLINE_1432 validation rules', () => {
  it('has unique codes and references only existing indicators', () => {
    const codes = OUTLINE_1432.rules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of OUTLINE_1432.rules) {
      const ids = identifiers(r.expression);
      expect(ids.length, r.code).toBeGreaterThan(0);
      for (const id of ids) expect(indicatorCodes.has(id), `${r.code}: ${id}`).toBe(true);
    }
  });

  it('uses only the tokens of the expression language', () => {
    const token = /\s*(?:[A-Za-z_][A-Za-z0-9_.]*|\d+(?:\.\d+)?|<=|>=|==|!=|&&|\|\||[-+*/()<>!])\s*/y;
    for (const r of OUTLINE_1432.rules) {
      token.lastIndex = 0;
      let pos = 0;
      while (pos < r.expression.length) {
        token.lastIndex = pos;
        const m = token.exec(r.expression);
        expect(m, `${r.code} at ${pos}`).not.toBeNull();
        pos = token.lastIndex;
      }
      const opens = (r.expression.match(/\(/g) ?? []).length;
      expect((r.expression.match(/\)/g) ?? []).length, r.code).toBe(opens);
    }
  });

  it('includes the key consistency checks', () => {
    const exprs = OUTLINE_1432.rules.map((r) => r.expression);
    expect(exprs).toContain('petitions_resolved <= petitions_received');
    expect(exprs).toContain('dvk_models_recognised <= dvk_models_registered');
    expect(exprs).toContain('front_recommendations_answered <= front_recommendations_received');
    expect(exprs).toContain('tasks_done + tasks_overdue <= tasks_assigned');
    expect(exprs).toContain('training_attendees >= 0');
    for (const r of OUTLINE_1432.rules) expect(['error', 'warning']).toContain(r.severity);
  });
});

describe('BUILTIN_TEMPLATES', () => {
  it('ships the 1432 outline with its legal basis', () => {
    expect(BUILTIN_TEMPLATES).toEqual([OUTLINE_1432]);
    expect(OUTLINE_1432.legalBasis).toContain('1432/BNV-CTTN ngày 03/4/2023');
    expect(OUTLINE_1432.name).toContain('03-CTr/BDVTW-BCSDCP');
  });
});
