/** The scoring module's .xlsx exports (ranking, one assessment), checked as Excel users expect. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { decidedAssessment, roundAt } from '../src/modules/scoring/scoring.test-helpers.ts';
import { checkXlsxExport, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;
const ids: Record<string, number> = {};

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  // the communes' year round, decided, with the cap applied
  const round = await roundAt(w.env, w.p.root.id);
  ids.assessment = (await decidedAssessment(w.env, round.id, w.p.communeA.id, 1)).id;
  ids.round = round.id;
}, 600_000);

describe('the scoring exports, opened as Excel would', () => {
  it('GET /api/v1/scoring/rounds/:id/ranking.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/scoring/rounds/:id/ranking.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/scoring/rounds/${ids.round}/ranking.xlsx`],
      numbers: true,
      shows: ['Hoàn thành xuất sắc nhiệm vụ', 'KHỐI XÃ, PHƯỜNG'],
    }));
  it('GET /api/v1/scoring/assessments/:id/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/scoring/assessments/:id/export.xlsx', {
      user: w.u.focalA,
      urls: [`/api/v1/scoring/assessments/${ids.assessment}/export.xlsx`],
      numbers: true,
      shows: ['Điểm thưởng', 'Cấp trên chấm', 'TỔNG ĐIỂM'],
    }));
});
