import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACTIVE_MODEL_STATES,
  COMMENDATION_FORM_CODES,
  COMMENDATION_FORM_LABELS,
  MODEL_ACTION_CODES,
  MODEL_CRITERIA_SEED,
  MODEL_FIELD_CODES,
  MODEL_FIELD_LABELS,
  MODEL_LEVEL_CODES,
  MODEL_LEVEL_LABELS,
  MODEL_REGISTRATION_KEYS,
  MODEL_REGISTRATION_LABELS,
  MODEL_SETTINGS_SEED,
  MODEL_STATE_CODES,
  MODEL_STATE_LABELS,
  MODEL_TRANSITIONS,
  evaluationPassed,
  modelActionsFrom,
  modelComplianceStatus,
  modelTransition,
  recognitionProblem,
  scoreEvaluation,
  type ModelAction,
  type ModelState,
} from './index.ts';

describe('models: vocabularies', () => {
  it('the four fields of the movement, with their Vietnamese names', () => {
    expect(MODEL_FIELD_CODES.map((c) => MODEL_FIELD_LABELS[c].vi)).toEqual([
      'Kinh tế',
      'Văn hóa - xã hội',
      'Quốc phòng - an ninh',
      'Xây dựng hệ thống chính trị',
    ]);
  });
  it('every code has a Vietnamese and an English label', () => {
    const tables: [readonly string[], Record<string, { vi: string; en: string }>][] = [
      [MODEL_STATE_CODES, MODEL_STATE_LABELS],
      [MODEL_LEVEL_CODES, MODEL_LEVEL_LABELS],
      [COMMENDATION_FORM_CODES, COMMENDATION_FORM_LABELS],
      [MODEL_REGISTRATION_KEYS, MODEL_REGISTRATION_LABELS],
    ];
    for (const [codes, labels] of tables)
      for (const c of codes) {
        expect(labels[c].vi.length, c).toBeGreaterThan(0);
        expect(labels[c].en.length, c).toBeGreaterThan(0);
      }
    expect(COMMENDATION_FORM_LABELS.certificate_of_merit.vi).toBe('Giấy khen');
    expect(COMMENDATION_FORM_LABELS.certificate.vi).toBe('Bằng khen');
    expect(MODEL_LEVEL_CODES.map((c) => MODEL_LEVEL_LABELS[c].vi)).toEqual([
      'Cấp xã',
      'Cấp huyện',
      'Cấp tỉnh',
      'Trung ương',
    ]);
  });
});

describe('models: state machine', () => {
  it('the path registered → running → evaluated → recognised → replicated', () => {
    const path: [ModelState, ModelAction, ModelState][] = [
      ['registered', 'start', 'running'],
      ['running', 'evaluate', 'evaluated'],
      ['evaluated', 'recognise', 'recognised'],
      ['recognised', 'replicate', 'replicated'],
    ];
    for (const [from, action, to] of path) expect(modelTransition(from, action)).toEqual({ ok: true, to });
  });
  it('an evaluated model may be evaluated again or sent back to running; a model stops before recognition only', () => {
    expect(modelTransition('evaluated', 'evaluate')).toEqual({ ok: true, to: 'evaluated' });
    expect(modelTransition('evaluated', 'resume')).toEqual({ ok: true, to: 'running' });
    for (const s of ['registered', 'running', 'evaluated'] as const)
      expect(modelTransition(s, 'stop')).toEqual({ ok: true, to: 'stopped' });
    for (const s of ['recognised', 'replicated', 'stopped'] as const)
      expect(modelTransition(s, 'stop').ok).toBe(false);
  });
  it('refusals say the state in Vietnamese', () => {
    const r = modelTransition('registered', 'recognise');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('“Đã đăng ký”');
  });
  it('no transition leaves a stopped or replicated model, and every allowed one lands in a known state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MODEL_STATE_CODES), fc.constantFrom(...MODEL_ACTION_CODES), (s, a) => {
        const r = modelTransition(s, a);
        if (s === 'stopped' || s === 'replicated') expect(r.ok).toBe(false);
        if (r.ok) expect(MODEL_STATE_CODES).toContain(r.to);
        expect(r.ok).toBe(MODEL_TRANSITIONS[a].from.includes(s));
      }),
    );
  });
  it('actions offered to the unit and to the evaluator', () => {
    expect(modelActionsFrom('registered', ['unit'])).toEqual(['start', 'stop']);
    expect(modelActionsFrom('evaluated', ['evaluator'])).toEqual(['evaluate', 'resume', 'recognise', 'stop']);
    expect(modelActionsFrom('evaluated', ['unit'])).toEqual(['stop']);
    expect(modelActionsFrom('replicated', ['unit', 'evaluator'])).toEqual([]);
  });
});

describe('models: evaluation against the criteria', () => {
  const criteria = MODEL_CRITERIA_SEED.map((c, i) => ({
    id: i + 1,
    code: c.code,
    name: c.name,
    maxPoints: c.maxPoints,
  }));
  it('the seeded criteria total 100 points and cite their basis', () => {
    expect(criteria.reduce((a, c) => a + c.maxPoints, 0)).toBe(100);
    for (const c of MODEL_CRITERIA_SEED) expect(c.basis).toMatch(/Dân vận khéo/);
    expect(MODEL_SETTINGS_SEED.find((s) => s.key === 'min_models_per_body')?.basis).toMatch(
      /01 đến 02 mô hình/,
    );
  });
  it('sums the scores and gives the percentage', () => {
    const r = scoreEvaluation(
      criteria,
      criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints * 0.75 })),
    );
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ total: 75, maxTotal: 100, percent: 75 });
  });
  it('refuses a missing, doubled, unknown or out-of-range score, naming it', () => {
    const scores = criteria.slice(1).map((c) => ({ criterionId: c.id, points: 1 }));
    scores.push({ criterionId: criteria[1].id, points: 1 });
    scores.push({ criterionId: 999, points: 1 });
    scores[0] = { criterionId: criteria[1].id, points: 10.3 };
    const r = scoreEvaluation(criteria, scores);
    const text = r.problems.map((p) => p.message).join('\n');
    expect(text).toContain('Chưa chấm tiêu chí');
    expect(text).toContain('hai lần');
    expect(text).toContain('không thuộc bộ tiêu chí');
    expect(text).toContain('bước 0,25 điểm');
  });
  it('the total never exceeds the maximum and the problems are empty exactly for valid scores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 80 }), { minLength: criteria.length, maxLength: criteria.length }),
        (q) => {
          const scores = criteria.map((c, i) => ({ criterionId: c.id, points: q[i] / 4 }));
          const r = scoreEvaluation(criteria, scores);
          const valid = scores.every((s, i) => s.points <= criteria[i].maxPoints);
          expect(r.problems.length === 0).toBe(valid);
          if (valid) expect(r.total).toBeLessThanOrEqual(r.maxTotal);
        },
      ),
    );
  });
  it('recognition needs an evaluation reaching the pass mark', () => {
    expect(recognitionProblem(null, 70)).toMatch(/chưa được đánh giá/);
    expect(recognitionProblem({ total: 69.75, maxTotal: 100 }, 70)).toMatch(
      /69,75\/100 điểm chưa đạt ngưỡng công nhận \(70%/,
    );
    expect(recognitionProblem({ total: 70, maxTotal: 100 }, 70)).toBeNull();
    expect(evaluationPassed(35, 50, 70)).toBe(true);
    expect(evaluationPassed(0, 0, 70)).toBe(false);
  });
});

describe('models: the one-to-two rule', () => {
  it('no active model, fewer than the minimum, or meeting it', () => {
    expect(modelComplianceStatus(0, 1)).toBe('none');
    expect(modelComplianceStatus(1, 2)).toBe('below');
    expect(modelComplianceStatus(2, 2)).toBe('meets');
    expect(modelComplianceStatus(1, 1)).toBe('meets');
    expect(ACTIVE_MODEL_STATES).not.toContain('registered');
    expect(ACTIVE_MODEL_STATES).not.toContain('stopped');
  });
});
