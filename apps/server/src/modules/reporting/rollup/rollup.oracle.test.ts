import { beforeAll, describe, expect, it } from 'vitest';
import { rollupReports, type RollupReport } from '@danvan/domain';
import { testEnv, type TestEnv } from '../../../../test/harness.ts';
import { makeProvince, sys, uid, type Province } from '../../../../test/factories.ts';
import * as org from '../../org/index.ts';
import { createTemplate } from '../template/create-template.ts';
import { createPeriod } from '../period/create-period.ts';
import * as periods from '../period/period.repository.ts';
import * as reports from '../report/report.repository.ts';
import { templateIndicators } from '../template/template.repository.ts';
import { rollupSlicesValues, rollupValues } from './rollup-values.ts';

/**
 * Oracle: the SQL roll-up (one query over the database) equals the domain's rollupReports (plain
 * TypeScript over the same reports) on random data: a few dozen units, random statuses, submission
 * times and values, some missing; a report outside the subtree never counts.
 */

let env: TestEnv;
let p: Province;
let units: { id: number }[];

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDICATORS = [
  { code: 's', aggregation: 'sum' as const, type: 'integer' as const },
  { code: 'd', aggregation: 'sum' as const, type: 'integer' as const },
  { code: 'a', aggregation: 'avg' as const, type: 'decimal' as const },
  { code: 'lo', aggregation: 'min' as const, type: 'integer' as const },
  { code: 'hi', aggregation: 'max' as const, type: 'integer' as const },
  { code: 'l', aggregation: 'last' as const, type: 'integer' as const },
  { code: 'r', aggregation: 'ratio' as const, type: 'percent' as const, numerator: 's', denominator: 'd' },
];

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  const ctx = sys(env);
  units = [p.communeA, p.communeB, p.communeC];
  for (let n = 0; n < 27; n++)
    units.push(
      await org.createUnit(ctx, {
        code: `OX${n}_${p.suffix}`,
        name: `Xã Kiểm Tra ${n} ${p.suffix}`,
        kind: 'commune',
        parentId: n % 3 === 0 ? p.dept.id : p.root.id,
        validFrom: '2015-01-01',
        groups: ['khoi_xa'],
      }),
    );
});

async function scenario(seed: number) {
  const rnd = random(seed);
  const ctx = sys(env);
  const template = await createTemplate(ctx, {
    code: `ORACLE_${uid()}`,
    name: 'Đề cương kiểm tra tổng hợp',
    legalBasis: '',
    description: '',
    ownerUnitId: p.root.id,
    sections: [{ code: 'I', number: 'I', title: 'SỐ LIỆU', guidance: '', hasNarrative: false, children: [] }],
    indicators: INDICATORS.map((i) => ({
      ...i,
      sectionCode: 'I',
      name: `Chỉ tiêu ${i.code}`,
      unit: 'đơn vị',
    })),
    rules: [],
  });
  const period = await createPeriod(ctx, {
    templateId: template.id,
    rootUnitId: p.root.id,
    kind: 'ad_hoc',
    year: 2026,
    deadlines: [{ level: 'unit', deadline: '2026-12-10', remindDaysBefore: 5 }],
    requiredGroups: ['khoi_xa'],
    requiredKinds: [],
  });
  const ids = new Map((await templateIndicators(env.database.db, template.id)).map((i) => [i.code, i.id]));
  const statuses = ['draft', 'submitted', 'returned', 'accepted', 'accepted'];
  const value = (max: number, decimals = false) => {
    if (rnd() < 0.15) return null; // no figure
    const v = Math.floor(rnd() * max);
    return decimals ? v / 4 : v;
  };
  const expected: RollupReport[] = [];
  const all = [...units, p.otherCommune];
  for (const [n, u] of all.entries()) {
    if (rnd() < 0.1) continue; // never opened
    const status = statuses[Math.floor(rnd() * statuses.length)];
    const sent = status === 'submitted' || status === 'accepted';
    // distinct times in a shuffled order, so 'last' is not simply the last unit
    const submittedAt = sent ? new Date(Date.UTC(2026, 4, 1) + ((n * 7919) % 97) * 60_000) : null;
    const row = (await reports.insertReport(env.database.db, {
      periodId: period.id,
      unitId: u.id,
      level: 'unit',
      status,
      submittedAt,
      firstSubmittedAt: submittedAt,
    }))!;
    const values: Record<string, number | null> = {
      s: value(500),
      d: value(1000),
      a: value(400, true),
      lo: value(200) === null ? null : Math.floor(rnd() * 200) - 100,
      hi: value(200),
      l: value(10_000),
    };
    if (rnd() < 0.05) values.d = 0;
    await reports.upsertValues(
      env.database.db,
      Object.entries(values)
        .filter(([, v]) => v !== null || rnd() < 0.5) // a missing figure: no row, or a row with null
        .map(([code, v]) => ({
          reportId: row.id,
          indicatorId: ids.get(code)!,
          value: v,
          source: 'entered',
          updatedAt: new Date(),
        })),
    );
    if (u.id !== p.otherCommune.id)
      expected.push({ status, submittedAt: submittedAt?.toISOString() ?? null, values });
  }
  return { period, expected };
}

describe('the SQL roll-up equals the domain roll-up', () => {
  for (const seed of [1, 20260505, 424242]) {
    it(`on random reports (seed ${seed})`, async () => {
      const { period, expected } = await scenario(seed);
      const view = (await periods.getPeriod(env.database.db, period.id, null))!;
      const indicators = INDICATORS.map((i) => ({ ...i, name: i.code }));
      // live from the values, and from stored partial aggregates (the subtree as one part, and by child)
      for (const [includeSubmitted, mode] of [false, true].flatMap((x) =>
        (['live', 'whole', 'parts'] as const).map((m) => [x, m] as const),
      )) {
        const sql = await rollupValues(env.database.db, view, p.root.path, {
          includeSubmitted,
          asOf: '2026-06-01',
          mode,
        });
        const ref = rollupReports(indicators, expected, { includeSubmitted });
        expect(sql.reports).toBe(ref.reports);
        expect(ref.reports).toBeGreaterThan(3);
        for (const want of ref.figures) {
          const got = sql.rows.find((x) => x.code === want.code)!;
          expect({ code: got.code, n: got.n }).toEqual({ code: want.code, n: want.n });
          if (want.value === null || got.value === null) expect(got.value).toBe(want.value);
          // averages: SQL numeric against JavaScript floats, both rounded to 2 decimals
          else if (want.aggregation === 'avg')
            expect(Math.abs(got.value - want.value)).toBeLessThanOrEqual(0.01);
          else expect(got.value).toBe(want.value);
        }
        // the one-scan roll-up of the subtree and its slices (a group, a kind) gives each slice
        // exactly what the roll-up of that group or kind alone gives
        const scan = (
          await rollupSlicesValues(env.database.db, [view], p.root.path, {
            includeSubmitted,
            asOf: '2026-06-01',
            mode,
            slices: [
              { key: 'g', group: 'khoi_xa' },
              { key: 'n', group: 'khoi_so_nganh' },
              { key: 'k', kind: 'commune' },
            ],
          })
        ).get(view.p.id)!;
        expect(scan.get('')).toEqual(sql);
        for (const [key, only] of [
          ['g', { group: 'khoi_xa' }],
          ['n', { group: 'khoi_so_nganh' }],
          ['k', { kind: 'commune' }],
        ] as const) {
          const alone = await rollupValues(env.database.db, view, p.root.path, {
            includeSubmitted,
            asOf: '2026-06-01',
            mode,
            ...only,
          });
          expect(scan.get(key)).toEqual(alone);
        }
      }
    });
  }
});
