/**
 * Every .xlsx route is checked as Excel users expect: each module's exports are tested in
 * test/xlsx-exports.<module>.test.ts with the one checker of test/xlsx-check.ts, one test per route
 * named by it (`it('GET /api/v1/…/export.xlsx', () => checkXlsxExport(w, 'GET /api/v1/…', {…}))`).
 * This file fails when a registered GET route ending in `.xlsx` has no such test, when a test names a
 * route that does not exist, or when a route is tested twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from './harness.ts';
import { XLSX_TEST_FILE } from './xlsx-check.ts';

let env: TestEnv;

beforeAll(async () => {
  env = await testEnv();
}, 600_000);

const here = dirname(fileURLToPath(import.meta.url));

/** The routes checked by the per-module files: each `checkXlsxExport(w, '<route>', …)` call. */
function checkedRoutes(): { route: string; file: string }[] {
  const found: { route: string; file: string }[] = [];
  for (const file of readdirSync(here).filter((f) => XLSX_TEST_FILE.test(f))) {
    const text = readFileSync(join(here, file), 'utf8');
    for (const m of text.matchAll(/checkXlsxExport\(\s*w\s*,\s*'(GET [^']+)'/g))
      found.push({ route: m[1]!, file });
  }
  return found;
}

describe('every .xlsx export has its check', () => {
  it('has a test in a test/xlsx-exports.<module>.test.ts for every registered .xlsx route', () => {
    const routes = (env.app as unknown as { routeTable: { method: string; url: string }[] }).routeTable
      .filter((r) => r.method === 'GET' && /\.xlsx$/.test(r.url))
      .map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThan(0);
    const checked = checkedRoutes();
    const names = checked.map((c) => c.route);
    expect(
      routes.filter((r) => !names.includes(r)),
      'export routes without a check',
    ).toEqual([]);
    expect(
      checked.filter((c) => !routes.includes(c.route)),
      'checks of no route',
    ).toEqual([]);
    expect(
      checked.filter((c, i) => names.indexOf(c.route) !== i),
      'routes checked twice',
    ).toEqual([]);
  });
});
