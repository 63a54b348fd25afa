import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';
import { auditLog } from '../../db/schema/audit.ts';

let env: TestEnv;
let p: Province;
let coord: TestUser;
let headA: TestUser;
let officerA: TestUser;
let headB: TestUser;
let headC: TestUser;
let templateId: number;
const B = '/api/v1/reporting';

const get = (u: TestUser, url: string) => env.app.inject({ method: 'GET', url, headers: u.headers });
const send = (u: TestUser, method: 'POST' | 'PATCH', url: string, payload?: unknown) =>
  env.app.inject({ method, url, headers: u.headers, payload: payload as never });

/** The notifications of a user that point at this period or one of its reports. */
async function inbox(u: TestUser, links: string[]) {
  const res = await get(u, '/api/v1/notifications?pageSize=200');
  expect(res.statusCode, res.body).toBe(200);
  return json(res).items.filter((n: { link: string }) => links.includes(n.link)) as {
    title: string;
    body: string;
    link: string;
    code: string | null;
    params: Record<string, string | number> | null;
  }[];
}

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  coord = await makeUser(env, 'coordinator', p.root.id);
  headA = await makeUser(env, 'unit_head', p.communeA.id);
  officerA = await makeUser(env, 'focal_officer', p.communeA.id);
  headB = await makeUser(env, 'unit_head', p.communeB.id);
  headC = await makeUser(env, 'unit_head', p.communeC.id);
  const res = await send(coord, 'POST', `${B}/templates`, {
    code: `NHAC_${p.suffix}`,
    name: 'Đề cương thử nghiệm nhắc nộp báo cáo',
    legalBasis: '',
    description: '',
    ownerUnitId: p.root.id,
    sections: [
      { code: 'I', number: 'I', title: 'KHÁI QUÁT CHUNG', guidance: '', hasNarrative: true, children: [] },
    ],
    indicators: [
      {
        code: 'received',
        sectionCode: 'I',
        name: 'Số đơn tiếp nhận',
        unit: 'đơn',
        type: 'integer',
        aggregation: 'sum',
      },
    ],
    rules: [],
  });
  expect(res.statusCode, res.body).toBe(200);
  templateId = json(res).id;
});

afterEach(() => env.clock.reset());

async function makePeriod() {
  const res = await send(coord, 'POST', `${B}/periods`, {
    templateId,
    rootUnitId: p.root.id,
    kind: 'ad_hoc',
    year: 2026,
    deadlines: [{ level: 'unit', deadline: '2026-05-10' }],
    requiredGroups: ['khoi_xa'],
  });
  expect(res.statusCode, res.body).toBe(200);
  return json(res) as { id: number; can: { remind: boolean } };
}

async function openReport(u: TestUser, periodId: number, unitId: number) {
  const res = await send(u, 'POST', `${B}/periods/${periodId}/reports`, { unitId });
  expect(res.statusCode, res.body).toBe(200);
  return json(res).id as number;
}

describe('reminding the late units of a period', () => {
  it('reminds each unit that has not sent its report once a day, and only the coordinator may', async () => {
    env.clock.set('2026-05-12T03:00:00Z'); // 12/05/2026 in Vietnam: the unit deadline has passed
    const per = await makePeriod();
    expect(per.can.remind).toBe(true);
    // communeA sent its report, communeB has a draft, communeC has none.
    const reportA = await openReport(headA, per.id, p.communeA.id);
    const sub = await send(headA, 'POST', `${B}/reports/${reportA}/submit`, {});
    expect(sub.statusCode, sub.body).toBe(200);
    const reportB = await openReport(headB, per.id, p.communeB.id);
    const links = [`/bao-cao/ky/${per.id}`, `/bao-cao/${reportA}`, `/bao-cao/${reportB}`];

    const res = await send(coord, 'POST', `${B}/periods/${per.id}/remind`);
    expect(res.statusCode, res.body).toBe(200);
    const out = json(res);
    expect(out.reminded).toBe(2);
    expect(out.units.map((u: { id: number }) => u.id).sort()).toEqual([p.communeB.id, p.communeC.id].sort());

    const b = await inbox(headB, links);
    expect(b).toHaveLength(1);
    expect(b[0].link).toBe(`/bao-cao/${reportB}`);
    expect(b[0].title).toContain('quá hạn');
    expect(b[0].body).toContain('10/05/2026');
    expect(b[0]).toMatchObject({ code: 'reporting.remind_overdue', params: { deadline: '2026-05-10' } });
    const c = await inbox(headC, links);
    expect(c).toHaveLength(1);
    expect(c[0].link).toBe(`/bao-cao/ky/${per.id}`);
    expect(await inbox(headA, links)).toHaveLength(0);

    // A second click the same day sends nothing new.
    const again = await send(coord, 'POST', `${B}/periods/${per.id}/remind`);
    expect(again.statusCode, again.body).toBe(200);
    expect(json(again)).toEqual({ reminded: 0, units: [] });
    expect(await inbox(headB, links)).toHaveLength(1);
    expect(await inbox(headC, links)).toHaveLength(1);

    // One audit row, for the click that sent something.
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'report_period'),
          eq(auditLog.entityId, String(per.id)),
          eq(auditLog.action, 'remind'),
        ),
      );
    expect(rows).toHaveLength(1);
    expect(rows[0].after).toEqual({ units: 2 });

    // A commune officer may not remind.
    const denied = await send(officerA, 'POST', `${B}/periods/${per.id}/remind`);
    expect([403, 404]).toContain(denied.statusCode);
    const seen = json(await get(officerA, `${B}/periods/${per.id}`));
    expect(seen.can.remind).toBe(false);
  });

  it('refuses in a closed period', async () => {
    const per = await makePeriod();
    const close = await send(coord, 'PATCH', `${B}/periods/${per.id}`, { status: 'closed' });
    expect(close.statusCode, close.body).toBe(200);
    expect(json(close).can.remind).toBe(false);
    const res = await send(coord, 'POST', `${B}/periods/${per.id}/remind`);
    expect(res.statusCode).toBe(409);
    expect(json(res).detail ?? json(res).title).toMatch(/đã đóng/);
  });
});
