/** The org tree's .xlsx export, checked as Excel users expect (test/xlsx-check.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkXlsxExport, ok, xlsxWorld, type XlsxWorld } from './xlsx-check.ts';

let w: XlsxWorld;

afterAll(() => w.env.clock.reset());

beforeAll(async () => {
  w = await xlsxWorld();
  // a unit with an administrative code (leading zeros: a code, text by design) and a short name
  await ok(await w.api.patch(w.u.admin, `/api/v1/org/units/${w.p.communeC.id}`, { shortName: 'Tân Tiến' }));
}, 600_000);

describe('the org export, opened as Excel would', () => {
  it('GET /api/v1/org/export.xlsx', () =>
    checkXlsxExport(w, 'GET /api/v1/org/export.xlsx', {
      user: w.u.admin,
      urls: [`/api/v1/org/export.xlsx?q=${w.p.suffix}`],
      dates: true,
      shows: ['Khối xã, phường', 'Khối sở, ban, ngành', 'Sở, ban, ngành'],
    }));
});
