import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import {
  json,
  makeProvince,
  makeUser,
  sys,
  uid,
  type Province,
  type TestUser,
} from '../../../test/factories.ts';
import * as templates from './template/create-template.ts';
import * as periods from './period/create-period.ts';
import * as reports from './report/open-report.ts';
import { acceptReport } from './report/accept-report.ts';
import { submitReport } from './report/submit-report.ts';
import * as repo from './report/report.repository.ts';

/**
 * Read-check-write verbs of reporting under real concurrency. PGlite has one connection and runs
 * requests one after another, so these only mean something on PostgreSQL: N requests carrying the
 * same expected version (or aimed at the same state) are fired at once; exactly one may win.
 */
const N = 5;
const B = '/api/v1/reporting';

let env: TestEnv;
let p: Province;
let coord: TestUser;
let head: TestUser;
let templateId: number;

function templateBody(code: string, ownerUnitId: number) {
  return {
    code,
    name: 'Đề cương kiểm tra ghi đồng thời',
    legalBasis: '',
    description: '',
    ownerUnitId,
    sections: [
      { code: 'I', number: 'I', title: 'KHÁI QUÁT CHUNG', guidance: '', hasNarrative: true, children: [] },
    ],
    indicators: [
      {
        code: 'received',
        sectionCode: 'I',
        name: 'Số đơn tiếp nhận',
        unit: 'đơn',
        type: 'integer' as const,
        aggregation: 'sum' as const,
      },
    ],
    rules: [],
  };
}

async function newPeriod() {
  return periods.createPeriod(sys(env), {
    templateId,
    rootUnitId: p.root.id,
    kind: 'ad_hoc',
    year: 2026,
    deadlines: [
      { level: 'unit', deadline: '2026-12-10', remindDaysBefore: 5 },
      { level: 'province', deadline: '2026-12-20', remindDaysBefore: 5 },
    ],
    requiredGroups: ['khoi_xa'],
    requiredKinds: [],
  });
}

/** A fresh report of communeA in the given state, made by the system. */
async function reportIn(status: 'draft' | 'submitted' | 'accepted') {
  const ctx = sys(env);
  const per = await newPeriod();
  const r = await reports.openReport(ctx, per.id, p.communeA.id);
  if (status !== 'draft') await submitReport(ctx, r.id, {});
  if (status === 'accepted') await acceptReport(ctx, r.id, {});
  const row = (await repo.getReport(env.database.db, r.id))!;
  return { id: r.id, periodId: per.id, version: row.r.version };
}

/** Fires the same request N times at once; returns the status codes. */
async function parallel(u: TestUser, method: 'POST' | 'PATCH', url: string, payload: (n: number) => unknown) {
  const res = await Promise.all(
    Array.from({ length: N }, (_, n) =>
      env.app.inject({ method, url, headers: u.headers, payload: payload(n) as never }),
    ),
  );
  return res.map((r) => ({ status: r.statusCode, body: r.body }));
}

async function eventsOf(reportId: number, action: string) {
  const r = (await env.database.db.execute(
    sql`select count(*)::int as n from reporting_events where report_id = ${reportId} and action = ${action}`,
  )) as unknown as { rows: { n: number }[] };
  return Number(r.rows[0].n);
}

async function versionOf(reportId: number) {
  return (await repo.getReport(env.database.db, reportId))!.r.version;
}

function expectOneWinner(results: { status: number; body: string }[], label: string) {
  const codes = results.map((r) => r.status);
  const won = codes.filter((s) => s === 200).length;
  const lost = results.filter((r) => r.status === 409);
  // Printed so the figures before and after the fix can be read off the test log.
  console.log(`${label}: ${won} of ${N} parallel requests answered 200 (${codes.join(', ')})`);
  expect(won, `${label}: ${codes.join(', ')}`).toBe(1);
  expect(lost.length, `${label}: ${codes.join(', ')}`).toBe(N - 1);
  for (const r of lost) {
    expect(['conflict', 'state_invalid', 'locked']).toContain(json(r).code);
    expect(json(r).detail).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/);
  }
}

describe.skipIf(process.env.TEST_DB !== 'postgres')(
  'reporting under concurrent requests (PostgreSQL)',
  () => {
    beforeAll(async () => {
      env = await testEnv();
      p = await makeProvince(env);
      coord = await makeUser(env, 'coordinator', p.root.id, { fullName: 'Chuyên viên Sở Nội vụ' });
      head = await makeUser(env, 'unit_head', p.communeA.id, { fullName: 'Chủ tịch xã A' });
      const t = await templates.createTemplate(sys(env), templateBody(`CC_${uid()}`, p.root.id));
      templateId = t.id;
    });

    it('save: one of N saves with the same expectedVersion wins, the others get 409', async () => {
      const r = await reportIn('draft');
      const res = await parallel(head, 'PATCH', `${B}/reports/${r.id}`, (n) => ({
        narratives: { I: `Nội dung lần ${n}` },
        values: [{ code: 'received', value: n + 1 }],
        expectedVersion: r.version,
      }));
      expectOneWinner(res, 'save');
      expect(await versionOf(r.id)).toBe(r.version + 1);
      expect(await eventsOf(r.id, 'save')).toBe(1);
      // the figures and text are those of the one winner
      const winner = res.findIndex((x) => x.status === 200);
      const saved = json(
        await env.app.inject({ method: 'GET', url: `${B}/reports/${r.id}`, headers: head.headers }),
      );
      expect(saved.narratives.I).toBe(`Nội dung lần ${winner}`);
      expect(saved.values.find((v: { code: string }) => v.code === 'received').value).toBe(winner + 1);
    });

    it('submit: one of N submits wins, one submit event, the others get 409', async () => {
      const r = await reportIn('draft');
      const res = await parallel(head, 'POST', `${B}/reports/${r.id}/submit`, () => ({
        expectedVersion: r.version,
      }));
      expectOneWinner(res, 'submit');
      expect(await versionOf(r.id)).toBe(r.version + 1);
      expect(await eventsOf(r.id, 'submit')).toBe(1);
    });

    it('return: one of N returns wins, the others get 409', async () => {
      const r = await reportIn('submitted');
      const res = await parallel(coord, 'POST', `${B}/reports/${r.id}/return`, (n) => ({
        comment: `Đề nghị bổ sung lần ${n}`,
      }));
      expectOneWinner(res, 'return');
      expect(await versionOf(r.id)).toBe(r.version + 1);
      expect(await eventsOf(r.id, 'return')).toBe(1);
    });

    it('accept: one of N accepts wins, the others get 409', async () => {
      const r = await reportIn('submitted');
      const res = await parallel(coord, 'POST', `${B}/reports/${r.id}/accept`, () => ({}));
      expectOneWinner(res, 'accept');
      expect(await versionOf(r.id)).toBe(r.version + 1);
      expect(await eventsOf(r.id, 'accept')).toBe(1);
    });

    it('reopen: one of N reopens wins, the others get 409', async () => {
      const r = await reportIn('accepted');
      const res = await parallel(coord, 'POST', `${B}/reports/${r.id}/reopen`, (n) => ({
        reason: `Điều chỉnh số liệu lần ${n}`,
      }));
      expectOneWinner(res, 'reopen');
      expect(await versionOf(r.id)).toBe(r.version + 1);
      expect(await eventsOf(r.id, 'reopen')).toBe(1);
    });

    it('accept racing return on the same submitted report: exactly one transition happens', async () => {
      const r = await reportIn('submitted');
      const res = await Promise.all([
        env.app.inject({
          method: 'POST',
          url: `${B}/reports/${r.id}/accept`,
          headers: coord.headers,
          payload: {},
        }),
        env.app.inject({
          method: 'POST',
          url: `${B}/reports/${r.id}/return`,
          headers: coord.headers,
          payload: { comment: 'Đề nghị bổ sung' },
        }),
      ]);
      const codes = res.map((x) => x.statusCode).sort();
      expect(codes, res.map((x) => x.body).join('\n')).toEqual([200, 409]);
      expect(await versionOf(r.id)).toBe(r.version + 1);
      expect((await eventsOf(r.id, 'accept')) + (await eventsOf(r.id, 'return'))).toBe(1);
    });

    it('compile: N first compilations of the province report make one report, never a 5xx', async () => {
      const per = await newPeriod();
      const res = await parallel(coord, 'POST', `${B}/periods/${per.id}/compile`, () => ({}));
      const codes = res.map((x) => x.status);
      console.log(
        `compile: ${codes.filter((s) => s === 200).length} of ${N} answered 200 (${codes.join(', ')})`,
      );
      expect(
        codes.filter((s) => s >= 500),
        res.map((x) => x.body).join('\n'),
      ).toEqual([]);
      expect(codes.every((s) => s === 200 || s === 409)).toBe(true);
      const found = (await env.database.db.execute(
        sql`select id from reporting_reports where period_id = ${per.id} and level = 'province'`,
      )) as unknown as { rows: { id: number }[] };
      expect(found.rows).toHaveLength(1);
      expect(await eventsOf(Number(found.rows[0].id), 'create')).toBe(1);
    });
  },
);
