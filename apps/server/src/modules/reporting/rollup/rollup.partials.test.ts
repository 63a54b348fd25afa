import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testEnv, type TestEnv } from '../../../../test/harness.ts';
import { sys, uid, unitMaker } from '../../../../test/factories.ts';
import * as org from '../../org/index.ts';
import { createTemplate } from '../template/create-template.ts';
import { createPeriod } from '../period/create-period.ts';
import * as periods from '../period/period.repository.ts';
import * as reports from '../report/report.repository.ts';
import { templateIndicators } from '../template/template.repository.ts';
import { rollupSlicesValues } from './rollup-values.ts';
import { settleStoredParts, storePartsAfterAnswer, storingAfterAnswer } from './rollup.partials.ts';
import { expectedFor } from '../period/read-period.ts';
import type { PeriodView } from '../period/period.repository.ts';
import { rows } from '../shared/sql.ts';
import { today } from '../../../core/context.ts';
import { acceptReport } from '../report/accept-report.ts';
import { returnReport } from '../report/return-report.ts';
import { reopenReport } from '../report/reopen-report.ts';
import { submitReport } from '../report/submit-report.ts';
import { saveReport } from '../report/save-report.ts';

/**
 * Partial roll-ups are a cache: whatever changes under a subtree (a report submitted, returned,
 * accepted, its values rewritten, a report added, a unit merged into another province, a unit
 * regrouped), the roll-up from stored parts equals the live one from the values, for every slice and
 * both sets of counted statuses; and a read with nothing changed recomputes nothing.
 */

let env: TestEnv;
let nation: { id: number; path: string };
let provinces: { id: number; path: string }[];
let communes: { id: number; provinceIndex: number }[];
let view: PeriodView;
let ind: Map<string, number>;
const AS_OF = '2026-06-01';

const SLICES = [
  { key: 'x', group: 'khoi_xa' },
  { key: 's', group: 'khoi_so_nganh' },
  { key: 'c', kind: 'commune' },
  { key: 'd', kind: 'department' },
];

beforeAll(async () => {
  env = await testEnv();
  const ctx = sys(env);
  const { mk } = await unitMaker(env);
  nation = await mk('TW', 'Trung ương thử nghiệm', 'province', null);
  provinces = [];
  communes = [];
  for (let k = 0; k < 3; k++) {
    const p = await mk(`T${k}`, `Tỉnh thử ${k}`, 'province', nation.id);
    provinces.push(p);
    const d = await mk(`S${k}`, `Sở thử ${k}`, 'department', p.id, ['khoi_so_nganh']);
    communes.push({ id: d.id, provinceIndex: k });
    for (let n = 0; n < 4; n++)
      communes.push({
        id: (await mk(`X${k}_${n}`, `Xã thử ${k}.${n}`, 'commune', p.id, ['khoi_xa'])).id,
        provinceIndex: k,
      });
  }
  const template = await createTemplate(ctx, {
    code: `PARTS_${uid()}`,
    name: 'Đề cương kiểm tra tổng hợp từng phần',
    legalBasis: '',
    description: '',
    ownerUnitId: nation.id,
    sections: [{ code: 'I', number: 'I', title: 'SỐ LIỆU', guidance: '', hasNarrative: false, children: [] }],
    indicators: [
      { code: 's', aggregation: 'sum' as const, type: 'decimal' as const },
      { code: 'a', aggregation: 'avg' as const, type: 'decimal' as const },
      { code: 'lo', aggregation: 'min' as const, type: 'integer' as const },
      { code: 'hi', aggregation: 'max' as const, type: 'integer' as const },
      { code: 'l', aggregation: 'last' as const, type: 'integer' as const },
    ].map((i) => ({ ...i, sectionCode: 'I', name: `Chỉ tiêu ${i.code}`, unit: 'đơn vị' })),
    rules: [],
  });
  const period = await createPeriod(ctx, {
    templateId: template.id,
    rootUnitId: nation.id,
    kind: 'ad_hoc',
    year: 2026,
    deadlines: [{ level: 'unit', deadline: '2026-12-10', remindDaysBefore: 5 }],
    requiredGroups: ['khoi_xa'],
    requiredKinds: [],
  });
  view = (await periods.getPeriod(env.database.db, period.id, null))!;
  ind = new Map((await templateIndicators(env.database.db, template.id)).map((i) => [i.code, i.id]));
  const statuses = ['draft', 'submitted', 'accepted', 'accepted'];
  for (const [n, c] of communes.entries()) {
    const status = statuses[n % statuses.length];
    const at = status === 'draft' ? null : new Date(Date.UTC(2026, 4, 1) + ((n * 7919) % 97) * 60_000);
    const r = (await reports.insertReport(env.database.db, {
      periodId: period.id,
      unitId: c.id,
      level: 'unit',
      status,
      submittedAt: at,
      firstSubmittedAt: at,
    }))!;
    await writeValues(r.id, n);
  }
});

async function writeValues(reportId: number, n: number) {
  await reports.upsertValues(
    env.database.db,
    [
      ['s', ((n * 37) % 101) / 10],
      ['a', (n * 13) % 17],
      ['lo', ((n * 7) % 23) - 11],
      ['hi', (n * 11) % 29],
      ['l', n === 3 ? null : 1000 + n],
    ].map(([code, v]) => ({
      reportId,
      indicatorId: ind.get(code as string)!,
      value: v as number | null,
      source: 'entered',
      updatedAt: new Date(),
    })),
  );
}

const read = (
  mode: 'live' | 'whole' | 'parts',
  includeSubmitted: boolean,
  asOf = AS_OF,
  path = nation.path,
) =>
  rollupSlicesValues(env.database.db, [view], path, { includeSubmitted, asOf, mode, slices: SLICES }).then(
    (r) => r.get(view.p.id)!,
  );

/** From stored parts (whole and by child), the same as from the values, for both sets of statuses. */
async function expectSameAsLive(asOf = AS_OF, path = nation.path) {
  for (const includeSubmitted of [false, true]) {
    const live = await read('live', includeSubmitted, asOf, path);
    expect(await read('parts', includeSubmitted, asOf, path)).toEqual(live);
    expect(await read('whole', includeSubmitted, asOf, path)).toEqual(live);
  }
}

const reportOf = async (unitId: number) =>
  (
    await rows<{ id: number; version: number }>(
      env.database.db,
      sql`select id, version from reporting_reports where period_id = ${view.p.id} and unit_id = ${unitId}`,
    )
  )[0];

const computedAt = async () =>
  (
    await rows<{ part_id: number; computed_at: string }>(
      env.database.db,
      sql`select part_id, computed_at::text from reporting_rollup_parts where period_id = ${view.p.id} order by part_id, statuses`,
    )
  ).map((x) => `${x.part_id}@${x.computed_at}`);

describe('partial roll-ups', () => {
  it('store one part per province and one for the nation itself (by child), or one in all (whole)', async () => {
    await expectSameAsLive();
    const parts = await rows<{ part_id: number }>(
      env.database.db,
      sql`select distinct part_id from reporting_rollup_parts where period_id = ${view.p.id} order by part_id`,
    );
    expect(parts.map((x) => Number(x.part_id)).sort((a, b) => a - b)).toEqual(
      [-nation.id, nation.id, ...provinces.map((p) => p.id)].sort((a, b) => a - b),
    );
    const live = await read('live', true);
    expect(live.get('')!.reports).toBe(communes.filter((_, n) => n % 4 !== 0).length); // drafts left out
    expect(live.get('x')!.rows.find((r) => r.code === 'l')!.value).not.toBeNull();
  });

  it('recompute nothing when nothing changed', async () => {
    await expectSameAsLive();
    const before = await computedAt();
    await expectSameAsLive();
    expect(await computedAt()).toEqual(before);
  });

  it('follow a submission, a return, an acceptance and rewritten values', async () => {
    const draft = await reportOf(communes[0].id);
    await reports.updateReport(env.database.db, draft.id, draft.version, {
      status: 'submitted',
      submittedAt: new Date(),
    });
    await expectSameAsLive();
    const sent = await reportOf(communes[1].id);
    await reports.updateReport(env.database.db, sent.id, sent.version, { status: 'returned' });
    await expectSameAsLive();
    const accepted = await reportOf(communes[2].id);
    await writeValues(accepted.id, 40);
    await reports.updateReport(env.database.db, accepted.id, accepted.version, { status: 'accepted' });
    await expectSameAsLive();
    // only the province whose report changed is recomputed (and the whole, read as one part)
    const before = await computedAt();
    const other = await reportOf(communes[7].id);
    await reports.updateReport(env.database.db, other.id, other.version, {
      status: 'submitted',
      submittedAt: new Date(),
    });
    await expectSameAsLive();
    const after = await computedAt();
    const changed = after.filter((x) => !before.includes(x)).map((x) => Number(x.split('@')[0]));
    expect([...new Set(changed)].sort((a, b) => a - b)).toEqual([
      nation.id,
      provinces[communes[7].provinceIndex].id,
    ]);
  });

  it('follow a new report, a merger across provinces and a unit regrouped', async () => {
    const ctx = sys(env);
    const fresh = await org.createUnit(ctx, {
      code: `XM_${uid()}`,
      name: `Xã mới thử ${uid()}`,
      kind: 'commune',
      parentId: provinces[0].id,
      validFrom: '2015-01-01',
      groups: ['khoi_xa'],
    });
    const r = (await reports.insertReport(env.database.db, {
      periodId: view.p.id,
      unitId: fresh.id,
      level: 'unit',
      status: 'accepted',
      submittedAt: new Date(Date.UTC(2026, 4, 20)),
      firstSubmittedAt: new Date(Date.UTC(2026, 4, 20)),
    }))!;
    await writeValues(r.id, 77);
    await expectSameAsLive();
    // merged into a commune of another province: its report counts there from the merger's date
    await org.mergeUnits(ctx, {
      sourceIds: [fresh.id],
      targetId: communes[12].id,
      effectiveDate: '2026-05-01',
    });
    await expectSameAsLive();
    await expectSameAsLive('2026-04-01'); // before the merger: under its own province
    await expectSameAsLive(AS_OF, provinces[2].path); // a province read on its own
    // a commune moved from one group to the other
    await env.database.db
      .execute(sql`update org_unit_groups set group_id = (select id from org_groups where code = 'khoi_so_nganh')
      where unit_id = ${communes[8].id}`);
    await expectSameAsLive();
  });
});

describe('what is derived from the tree, kept in memory under its generation', () => {
  it('the counted units follow a unit regrouped by hand: its report moves to the other slice', async () => {
    const slice = async (key: string) => (await read('live', false)).get(key)!.reports;
    const accepted = communes.find((c, n) => n % 4 === 3 && c.provinceIndex === 0)!;
    const [x, s] = [await slice('x'), await slice('s')];
    await env.database.db.execute(sql`update org_unit_groups
      set group_id = (select id from org_groups where code = 'khoi_so_nganh') where unit_id = ${accepted.id}`);
    expect([await slice('x'), await slice('s')]).toEqual([x - 1, s + 1]);
    await env.database.db.execute(sql`update org_unit_groups
      set group_id = (select id from org_groups where code = 'khoi_xa') where unit_id = ${accepted.id}`);
    expect([await slice('x'), await slice('s')]).toEqual([x, s]);
  });

  it('the expected units follow a unit created, and one taken out of the required group', async () => {
    const ctx = sys(env);
    const expected = async () =>
      (await expectedFor(ctx, view, { path: nation.path }, null)).map((u) => u.id).sort((a, b) => a - b);
    const before = await expected();
    const fresh = await org.createUnit(ctx, {
      code: `XE_${uid()}`,
      name: `Xã mới phải báo cáo ${uid()}`,
      kind: 'commune',
      parentId: provinces[1].id,
      validFrom: '2015-01-01',
      groups: ['khoi_xa'],
    });
    expect(await expected()).toEqual([...before, fresh.id].sort((a, b) => a - b));
    await env.database.db.execute(sql`delete from org_unit_groups where unit_id = ${fresh.id}`);
    expect(await expected()).toEqual(before);
  });
});

/** The reports of the period in a status, in unit order, with the index of their province. */
const inStatus = async (status: string) =>
  (
    await rows<{ id: number; unit_id: number }>(
      env.database.db,
      sql`select id, unit_id from reporting_reports where period_id = ${view.p.id} and status = ${status}
        and level = 'unit' order by unit_id`,
    )
  )
    .map((r) => ({
      id: Number(r.id),
      province: communes.find((c) => c.id === Number(r.unit_id))?.provinceIndex,
    }))
    .filter((r) => r.province !== undefined);

/** The parts recomputed since `before` (computedAt), as their ids. */
const recomputedSince = async (before: string[]) =>
  [
    ...new Set((await computedAt()).filter((x) => !before.includes(x)).map((x) => Number(x.split('@')[0]))),
  ].sort((a, b) => a - b);

describe('partial roll-ups kept up to date by the report verbs, in their transaction', () => {
  const now = () => today(sys(env));
  const province = (k: number) => provinces[k].id;

  it('an acceptance, a return, a reopening and a resubmission leave the next read nothing to recompute', async () => {
    const ctx = sys(env);
    await expectSameAsLive(now()); // every part stored, at today's tree
    const verbs: [string, (id: number) => Promise<unknown>][] = [
      ['submitted', (id) => acceptReport(ctx, id, { comment: 'Đạt yêu cầu' })],
      ['submitted', (id) => returnReport(ctx, id, { comment: 'Bổ sung số liệu', sectionComments: {} })],
      ['accepted', (id) => reopenReport(ctx, id, { reason: 'Rà soát lại số liệu' })],
      ['returned', (id) => submitReport(ctx, id, {})],
    ];
    for (const [status, verb] of verbs) {
      const [r] = await inStatus(status);
      expect(r, `a report ${status}`).toBeDefined();
      const before = await computedAt();
      await verb(r.id);
      // the verb recomputed its province's part and the nation's part read whole, nothing else
      expect(await recomputedSince(before)).toEqual([nation.id, province(r.province!)].sort((a, b) => a - b));
      const afterVerb = await computedAt();
      await expectSameAsLive(now());
      expect(await computedAt()).toEqual(afterVerb);
    }
  });

  it('a draft saved touches no stored part', async () => {
    const [d] = await inStatus('draft');
    const before = await computedAt();
    await saveReport(sys(env), d.id, { values: [{ code: 's', value: 4.5 }] });
    expect(await computedAt()).toEqual(before);
    await expectSameAsLive(now());
  });
});

describe('a stale part read whole on the server handle: answered from the values, stored after the answer', () => {
  const now = () => today(sys(env));
  afterEach(() => storePartsAfterAnswer(null));
  /**
   * Every part stored and fresh, reads on the server's handle set to store after the answer, then a
   * change that goes around the verbs: a report's values rewritten by hand, its version bumped.
   */
  const staleOnTheHandle = async () => {
    await expectSameAsLive(now());
    storePartsAfterAnswer(env.database.db);
    const [r] = await inStatus('accepted');
    await env.database.query(`update reporting_values set value = value + 1 where report_id = $1`, [r.id]);
    await env.database.query(`update reporting_reports set version = version + 1 where id = $1`, [r.id]);
  };

  it('the live figures at once, the part stored after, the next read from it with nothing recomputed', async () => {
    await staleOnTheHandle();
    const before = await computedAt();
    const live = await read('live', false, now());
    expect(await read('whole', false, now())).toEqual(live);
    // answered before its part was stored: the refresh is under way, not done
    expect(storingAfterAnswer()).toBe(1);
    await settleStoredParts();
    expect(storingAfterAnswer()).toBe(0);
    expect(await recomputedSince(before)).toEqual([nation.id]);
    const stored = await computedAt();
    expect(await read('whole', false, now())).toEqual(live);
    await settleStoredParts();
    expect(await computedAt()).toEqual(stored);
  });

  it("inside a caller's transaction the part is recomputed before the answer, as without the handle", async () => {
    await staleOnTheHandle();
    const before = await computedAt();
    const live = await read('live', false, now());
    const inTx = await env.database.db.transaction((tx) =>
      rollupSlicesValues(tx as never, [view], nation.path, {
        includeSubmitted: false,
        asOf: now(),
        mode: 'whole',
        slices: SLICES,
      }),
    );
    expect(inTx.get(view.p.id)).toEqual(live);
    expect(storingAfterAnswer()).toBe(0);
    expect(await recomputedSince(before)).toEqual([nation.id]);
  });

  it('readers of the same stale part at once: each answered right, the part stored once and fresh', async () => {
    await staleOnTheHandle();
    const live = await read('live', true, now());
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => read('whole', true, now())));
    for (const a of answers) expect(a).toEqual(live);
    expect(storingAfterAnswer()).toBeLessThanOrEqual(1); // one refresh for the five
    await settleStoredParts();
    const stored = await computedAt();
    expect(await read('whole', true, now())).toEqual(live);
    expect(await computedAt()).toEqual(stored);
    await expectSameAsLive(now());
  });
});

describe('partial roll-ups under concurrency (meaningful on PostgreSQL: PGlite runs one at a time)', () => {
  const now = () => today(sys(env));
  it('readers recomputing the same parts while reports change: no error, no stale part kept', async () => {
    const targets = communes.slice(0, 6);
    const before = await Promise.all(targets.map((c) => reportOf(c.id)));
    const work: Promise<unknown>[] = [];
    for (let k = 0; k < 6; k++) {
      work.push(read('parts', k % 2 === 0), read('whole', k % 2 === 1));
      const r = before[k];
      work.push(
        reports.updateReport(env.database.db, r.id, r.version, {
          status: k % 2 ? 'accepted' : 'submitted',
          submittedAt: new Date(),
        }),
      );
    }
    const settled = await Promise.allSettled(work);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    await expectSameAsLive();
  });

  it('verbs accepting reports of one province at once: each commits, the parts end fresh', async () => {
    const ctx = sys(env);
    await expectSameAsLive(now());
    const sent = await inStatus('submitted');
    const draftsLeft = await inStatus('returned');
    expect(sent.length + draftsLeft.length).toBeGreaterThan(1);
    const settled = await Promise.allSettled([
      ...sent.map((r) => acceptReport(ctx, r.id, {})),
      ...draftsLeft.map((r) => submitReport(ctx, r.id, {})),
      read('parts', true, now()),
      read('whole', false, now()),
    ]);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    const before = await computedAt();
    await expectSameAsLive(now());
    expect(await computedAt()).toEqual(before);
  });
});
