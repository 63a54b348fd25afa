/** The training module's .xlsx exports (courses, figures), checked as Excel users expect. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkXlsxExport, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  const { api, p, u, env } = w;
  // a commune's course with its attendees, and the commune's headcount
  const course = await ok(
    await api.post(u.focalA, '/api/v1/training/courses', {
      unitId: p.communeA.id,
      topic: 'Bồi dưỡng kỹ năng vận động Nhân dân',
      kind: 'refresher',
      format: 'online',
      startOn: '2026-02-10',
      endOn: '2026-02-11',
    }),
  );
  await ok(
    await env.app.inject({
      method: 'PUT',
      url: `/api/v1/training/courses/${course.id}/attendance`,
      headers: u.focalA.headers,
      payload: { expectedVersion: course.version, units: [{ unitId: p.communeA.id, count: 12 }] },
    }),
  );
  await ok(
    await env.app.inject({
      method: 'PUT',
      url: '/api/v1/training/headcounts',
      headers: u.focalA.headers,
      payload: { unitId: p.communeA.id, year: 2026, civilServants: 40 },
    }),
  );
}, 600_000);

describe('the training exports, opened as Excel would', () => {
  it('GET /api/v1/training/courses/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/training/courses/export.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/training/courses/export.xlsx?unitId=${w.p.communeA.id}`],
      dates: true,
      numbers: true,
      shows: ['Lớp bồi dưỡng kỹ năng', 'Trực tuyến'],
    }));
  it('GET /api/v1/training/figures/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/training/figures/export.xlsx', {
      user: w.u.coordinator,
      urls: [`/api/v1/training/figures/export.xlsx?unitId=${w.p.communeA.id}&year=2026`],
      numbers: true,
      shows: [],
    }));
});
