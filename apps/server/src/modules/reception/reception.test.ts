import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { makeActor, type Ctx } from '../../core/context.ts';
import { computeFigures } from '../../core/figures.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { markVisitPetition, publicSchedules, readVisitForPetition } from './index.ts';

let env: TestEnv;
let p: Province;
let officerA: TestUser;
let headA: TestUser;
let officerB: TestUser;
let inspector: TestUser;
let coordinator: TestUser;
let council: TestUser;
let focalA: TestUser;
let headDept: TestUser;

const B = '/api/v1/reception';
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const send = (u: TestUser | null, method: Method, url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: u ? u.headers : {},
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });

beforeAll(async () => {
  env = await testEnv();
  env.clock.set('2026-12-01T03:00:00Z');
  p = await makeProvince(env);
  officerA = await makeUser(env, 'reception_officer', p.communeA.id, { fullName: 'Ngô Văn Bình' });
  headA = await makeUser(env, 'unit_head', p.communeA.id, { fullName: 'Phạm Văn Hòa' });
  officerB = await makeUser(env, 'reception_officer', p.communeB.id);
  inspector = await makeUser(env, 'inspector', p.root.id);
  coordinator = await makeUser(env, 'coordinator', p.root.id);
  council = await makeUser(env, 'council_office', p.root.id);
  focalA = await makeUser(env, 'focal_officer', p.communeA.id);
  headDept = await makeUser(env, 'unit_head', p.dept.id);
});
afterAll(() => env.clock.reset());

const scheduleBody = (over: Record<string, unknown> = {}) => ({
  unitId: p.communeA.id,
  kind: 'regular',
  title: 'Lịch tiếp công dân thường xuyên',
  weekdays: [2, 4],
  startTime: '07:30',
  endTime: '11:00',
  place: 'Phòng tiếp công dân, trụ sở UBND xã',
  receiverName: 'Ngô Văn Bình',
  receiverTitle: 'Công chức tiếp công dân',
  validFrom: '2026-01-01',
  ...over,
});

const visitBody = (over: Record<string, unknown> = {}) => ({
  unitId: p.communeA.id,
  kind: 'regular',
  receivedOn: '2026-11-24',
  receivedTime: '08:30',
  place: 'Phòng tiếp công dân, trụ sở UBND xã',
  receiverName: 'Ngô Văn Bình',
  receiverTitle: 'Công chức tiếp công dân',
  visitorsCount: 1,
  representativeName: 'Nguyễn Thị Hoa',
  idNumber: '075186001234',
  address: 'Ấp Trung Tâm',
  content: 'Đề nghị xem xét hồ sơ trợ cấp xã hội.',
  field: 'chinh_sach_xa_hoi',
  outcome: 'answered',
  ...over,
});

async function created(res: { statusCode: number; body: string }) {
  expect(res.statusCode, res.body).toBe(201);
  return json(res);
}

function ctxOf(
  u: TestUser,
  role: 'reception_officer' | 'inspector',
  unit: { id: number; name: string; path: string },
): Ctx {
  return {
    ...sys(env),
    actor: makeActor({ id: u.id, username: u.username, fullName: 'Người thử' }, [
      { id: 1, role, unitId: unit.id, unitName: unit.name, unitPath: unit.path, includeSubtree: true },
    ]),
  };
}

describe('reception schedules', () => {
  it('an officer adds the unit’s schedule; readers in scope see it, others do not', async () => {
    const s = await created(await send(officerA, 'POST', `${B}/schedules`, scheduleBody()));
    expect(s).toMatchObject({ unitId: p.communeA.id, weekdays: [2, 4], version: 1, can: { update: true } });
    // the next sessions from 1/12/2026 (a Tuesday): 1/12, 3/12, 8/12
    expect(s.nextDates).toEqual(['2026-12-01', '2026-12-03', '2026-12-08']);
    for (const u of [inspector, coordinator, council, headA]) {
      const r = await send(u, 'GET', `${B}/schedules/${s.id}`);
      expect(r.statusCode, r.body).toBe(200);
    }
    expect(json(await send(inspector, 'GET', `${B}/schedules/${s.id}`)).can.update).toBe(false);
    expect((await send(officerB, 'GET', `${B}/schedules/${s.id}`)).statusCode).toBe(404);
    expect((await send(focalA, 'GET', `${B}/schedules/${s.id}`)).statusCode).toBe(403);
    expect(
      (await send(inspector, 'PATCH', `${B}/schedules/${s.id}`, { place: 'Hội trường' })).statusCode,
    ).toBe(403);
    expect((await send(officerB, 'POST', `${B}/schedules`, scheduleBody())).statusCode).toBe(404);

    const list = json(await send(officerA, 'GET', `${B}/schedules?unitId=${p.communeA.id}`));
    expect(list.can).toEqual({ create: true });
    expect(list.items.map((x: { id: number }) => x.id)).toContain(s.id);
    expect(json(await send(inspector, 'GET', `${B}/schedules?unitId=${p.communeA.id}`)).can).toEqual({
      create: false,
    });
  });

  it('refuses a schedule without a day, with the field named in Vietnamese', async () => {
    const r = await send(
      officerA,
      'POST',
      `${B}/schedules`,
      scheduleBody({ weekdays: [], endTime: '07:00' }),
    );
    expect(r.statusCode).toBe(400);
    const body = json(r);
    expect(body.detail).toMatch(/ít nhất một ngày tiếp/);
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['endTime', 'weekdays']);
  });

  it('an edit at a stale version is refused (409); a current one bumps the version; delete', async () => {
    const s = await created(
      await send(officerA, 'POST', `${B}/schedules`, scheduleBody({ title: 'Lịch sửa' })),
    );
    const ok = await send(officerA, 'PATCH', `${B}/schedules/${s.id}`, {
      place: 'Hội trường UBND xã',
      expectedVersion: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok)).toMatchObject({ place: 'Hội trường UBND xã', version: 2 });
    const stale = await send(officerA, 'PATCH', `${B}/schedules/${s.id}`, {
      place: 'Khác',
      expectedVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).detail).toMatch(/người khác thay đổi/);
    expect((await send(officerA, 'DELETE', `${B}/schedules/${s.id}`)).statusCode).toBe(204);
    expect((await send(officerA, 'GET', `${B}/schedules/${s.id}`)).statusCode).toBe(404);
  });

  it('plans sessions on working days only; the public portal gets the published ones', async () => {
    const pub = await created(
      await send(
        officerA,
        'POST',
        `${B}/schedules`,
        scheduleBody({ title: `Công khai ${uid()}`, weekdays: [4] }),
      ),
    );
    const hidden = await created(
      await send(
        officerA,
        'POST',
        `${B}/schedules`,
        scheduleBody({ title: 'Nội bộ', weekdays: [4], published: false }),
      ),
    );
    const mine = json(
      await send(officerA, 'GET', `${B}/sessions?unitId=${p.communeA.id}&from=2026-04-27&to=2026-05-08`),
    ).items;
    const ofPub = mine.filter((x: { scheduleId: number }) => x.scheduleId === pub.id);
    // Thursday 30/4/2026 is a holiday
    expect(ofPub.map((x: { date: string }) => x.date)).toEqual(['2026-05-07']);
    expect(mine.some((x: { scheduleId: number }) => x.scheduleId === hidden.id)).toBe(true);

    const open = await publicSchedules(sys(env), { unitId: p.root.id, from: '2026-05-01', to: '2026-05-31' });
    expect(open.some((x) => x.scheduleId === pub.id)).toBe(true);
    expect(open.some((x) => x.scheduleId === hidden.id)).toBe(false);
    expect(Object.keys(open[0]).sort()).not.toContain('receiverUserId');
  });
});

describe('the reception log', () => {
  it('a group of six about land is a mass delegation; filters, search without diacritics', async () => {
    const v = await created(
      await send(
        officerA,
        'POST',
        `${B}/visits`,
        visitBody({
          visitorsCount: 6,
          representativeName: 'Trần Văn Dũng',
          content: 'Khiếu nại việc bồi thường khi thu hồi đất làm đường liên xã.',
          field: 'dat_dai',
          outcome: 'petition_received',
        }),
      ),
    );
    expect(v).toMatchObject({
      massDelegation: true,
      visitorsCount: 6,
      receivedOn: '2026-11-24',
      receivedTime: '08:30',
    });
    expect(v.receivedAt).toBe('2026-11-24T01:30:00.000Z');
    const four = await created(await send(officerA, 'POST', `${B}/visits`, visitBody({ visitorsCount: 4 })));
    expect(four.massDelegation).toBe(false);

    const land = json(
      await send(officerA, 'GET', `${B}/visits?unitId=${p.communeA.id}&field=dat_dai&mass=1`),
    );
    expect(land.items.map((x: { id: number }) => x.id)).toEqual([v.id]);
    expect(land.can).toEqual({ create: true });
    const found = json(
      await send(inspector, 'GET', `${B}/visits?q=${encodeURIComponent('boi thuong thu hoi dat')}`),
    );
    expect(found.items.map((x: { id: number }) => x.id)).toContain(v.id);
    expect(
      json(await send(officerB, 'GET', `${B}/visits?field=dat_dai`)).items.map((x: { id: number }) => x.id),
    ).not.toContain(v.id);

    // a correction recomputes the flag
    const fewer = await send(officerA, 'PATCH', `${B}/visits/${v.id}`, {
      visitorsCount: 3,
      expectedVersion: v.version,
    });
    expect(fewer.statusCode, fewer.body).toBe(200);
    expect(json(fewer)).toMatchObject({ massDelegation: false, version: 2 });
    const audits = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'reception_visit'), eq(auditLog.entityId, String(v.id))))
      .orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('a refusal needs its reason; online only from 1/7/2026; not in the future', async () => {
    const r = await send(officerA, 'POST', `${B}/visits`, visitBody({ outcome: 'refused' }));
    expect(r.statusCode).toBe(400);
    expect(json(r).detail).toMatch(/Từ chối tiếp công dân phải ghi rõ lý do/);
    expect(json(r).errors[0].path).toBe('refusalReason');
    const ok = await send(
      officerA,
      'POST',
      `${B}/visits`,
      visitBody({ outcome: 'refused', refusalReason: 'Người đến say rượu.' }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    const early = await send(
      officerA,
      'POST',
      `${B}/visits`,
      visitBody({ receivedOn: '2026-06-15', online: true }),
    );
    expect(early.statusCode).toBe(400);
    expect(json(early).detail).toMatch(/trực tuyến áp dụng từ ngày 01\/07\/2026/);
    const online = await send(
      officerA,
      'POST',
      `${B}/visits`,
      visitBody({ receivedOn: '2026-11-20', online: true, onlineNoticeSentOn: '2026-11-12' }),
    );
    expect(online.statusCode, online.body).toBe(201);
    expect(
      (await send(officerA, 'POST', `${B}/visits`, visitBody({ receivedOn: '2026-12-02' }))).statusCode,
    ).toBe(400);
    expect((await send(inspector, 'POST', `${B}/visits`, visitBody())).statusCode).toBe(403);
  });

  it('the conclusion notice is a .docx with the visit’s content, without the identity number', async () => {
    const v = await created(
      await send(
        headA,
        'POST',
        `${B}/visits`,
        visitBody({
          kind: 'periodic_head',
          receivedOn: '2026-10-27',
          headInPerson: true,
          receiverName: 'Phạm Văn Hòa',
          receiverTitle: 'Chủ tịch UBND xã',
          visitorsCount: 6,
          representativeName: 'Trần Văn Dũng',
          idNumber: '075082004512',
          content: 'Phản ánh đơn giá bồi thường đất nông nghiệp chưa thỏa đáng.',
          field: 'dat_dai',
          outcome: 'petition_received',
          conclusion: 'Giao Công chức Địa chính rà soát hồ sơ bồi thường, báo cáo trong 10 ngày làm việc.',
        }),
      ),
    );
    const res = await send(inspector, 'GET', `${B}/visits/${v.id}/conclusion.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml
      .split('</w:p>')
      .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .join('\n');
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Kết luận của Chủ tịch UBND xã tại buổi tiếp công dân ngày 27/10/2026');
    expect(text).toContain('đoàn 6 công dân do ông (bà) Trần Văn Dũng làm đại diện');
    expect(text).toContain('Phản ánh đơn giá bồi thường đất nông nghiệp chưa thỏa đáng.');
    expect(text).toContain('Giao Công chức Địa chính rà soát hồ sơ bồi thường');
    expect(text).toContain('Phạm Văn Hòa');
    expect(text).not.toContain('075082004512');
    // without a conclusion there is no notice
    const bare = await created(await send(officerA, 'POST', `${B}/visits`, visitBody()));
    expect(bare.can.conclusion).toBe(false);
    const none = await send(officerA, 'GET', `${B}/visits/${bare.id}/conclusion.docx`);
    expect(none.statusCode).toBe(409);
    expect((await send(officerB, 'GET', `${B}/visits/${v.id}/conclusion.docx`)).statusCode).toBe(404);
  });

  it('exports the log as .xlsx: Date cells, labels not codes', async () => {
    const res = await send(officerA, 'GET', `${B}/visits/export.xlsx?unitId=${p.communeA.id}&field=dat_dai`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('SỔ TIẾP CÔNG DÂN');
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    const col = (h: string) => header.indexOf(h) + 1;
    const row = ws.getRow(3);
    const at = row.getCell(col('Thời gian tiếp')).value;
    expect(at).toBeInstanceOf(Date);
    expect(row.getCell(col('Thời gian tiếp')).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(row.getCell(col('Lĩnh vực')).value).toBe('Đất đai');
    expect(String(row.getCell(col('Loại tiếp')).value)).toMatch(/^Tiếp /);
    expect(typeof row.getCell(col('Số người')).value).toBe('number');
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    for (const code of ['dat_dai', 'petition_received', 'regular', 'periodic_head', 'answered'])
      expect(texts).not.toContain(code);
  });
});

describe('compliance of the heads with the minimum reception days', () => {
  it('a deputy counts for June 2026 and no longer for July 2026 (Luật 136/2025/QH15)', async () => {
    for (const [day, deputy] of [
      ['2026-06-16', true],
      ['2026-07-14', true],
      ['2026-08-11', false],
    ] as const)
      await created(
        await send(
          headDept,
          'POST',
          `${B}/visits`,
          visitBody({
            unitId: p.dept.id,
            kind: 'periodic_head',
            receivedOn: day,
            headInPerson: !deputy,
            deputyOnBehalf: deputy,
            receiverName: deputy ? 'Lê Thị Ngọc' : 'Hoàng Văn Nam',
            receiverTitle: deputy ? 'Phó Giám đốc' : 'Giám đốc',
          }),
        ),
      );
    const res = await send(inspector, 'GET', `${B}/compliance?unitId=${p.root.id}&from=2026-06&to=2026-08`);
    expect(res.statusCode, res.body).toBe(200);
    const c = json(res);
    expect(c.deputyCountsUntil).toBe('2026-06-30');
    const dept = c.rows.find((r: { unitId: number }) => r.unitId === p.dept.id);
    expect(dept.ruleCode).toBe('tiep_cong_dan.thu_truong_co_quan');
    expect(dept.months.map((m: { state: string }) => m.state)).toEqual(['met', 'not_met', 'met']);
    expect(dept.months[1]).toMatchObject({
      deputyDaysNotCounted: 1,
      counted: 0,
      required: 1,
      ruleText: '1 ngày/tháng',
    });
    expect(dept.period).toMatchObject({
      state: 'not_met',
      monthsMet: 2,
      monthsNotMet: 1,
      required: 3,
      counted: 2,
    });
    // the province and the communes are listed with their own rules; the Front would not be
    const root = c.rows.find((r: { unitId: number }) => r.unitId === p.root.id);
    expect(root.ruleCode).toBe('tiep_cong_dan.chu_tich_tinh');
    const commune = c.rows.find((r: { unitId: number }) => r.unitId === p.communeA.id);
    expect(commune.ruleCode).toBe('tiep_cong_dan.chu_tich_xa');
    expect(commune.months[0].ruleText).toBe('1 ngày/tuần');
    // another province is never listed
    expect(c.rows.some((r: { unitId: number }) => r.unitId === p.otherCommune.id)).toBe(false);
  });

  it('a commune chair: one day each week of the month', async () => {
    // November 2026: the weeks of Mondays 2, 9, 16, 23/11 (and 30/11, whose Thursday is in December)
    for (const day of ['2026-11-03', '2026-11-10', '2026-11-17'])
      await created(
        await send(
          headA,
          'POST',
          `${B}/visits`,
          visitBody({ kind: 'periodic_head', receivedOn: day, headInPerson: true }),
        ),
      );
    const c = json(await send(headA, 'GET', `${B}/compliance?from=2026-11&to=2026-11`));
    const row = c.rows.find((r: { unitId: number }) => r.unitId === p.communeA.id);
    expect(row.months[0]).toMatchObject({ state: 'not_met', required: 4, counted: 3, weeksShort: 1 });
    await created(
      await send(
        headA,
        'POST',
        `${B}/visits`,
        visitBody({ kind: 'ad_hoc', receivedOn: '2026-11-26', headInPerson: true }),
      ),
    );
    const after = json(await send(headA, 'GET', `${B}/compliance?from=2026-11&to=2026-11`));
    expect(after.rows.find((r: { unitId: number }) => r.unitId === p.communeA.id).months[0].state).toBe(
      'met',
    );
    expect((await send(headA, 'GET', `${B}/compliance?from=2024-01&to=2026-11`)).statusCode).toBe(400);
  });
});

describe('figures for the reports', () => {
  it('counts sessions, visitors, the head’s sessions and mass delegations of a unit and period', async () => {
    const unit = await makeProvince(env);
    const mk = (over: Record<string, unknown>) =>
      send(headA, 'POST', `${B}/visits`, visitBody({ unitId: unit.communeA.id, ...over }));
    const head = await makeUser(env, 'unit_head', unit.communeA.id);
    const as = (over: Record<string, unknown>) =>
      send(head, 'POST', `${B}/visits`, visitBody({ unitId: unit.communeA.id, ...over }));
    expect((await mk({})).statusCode).toBe(404); // another province's head
    for (const over of [
      { receivedOn: '2026-03-03', kind: 'periodic_head', headInPerson: true, visitorsCount: 6 },
      { receivedOn: '2026-03-03', kind: 'periodic_head', headInPerson: true, visitorsCount: 1 },
      { receivedOn: '2026-03-05', kind: 'regular', visitorsCount: 2 },
      { receivedOn: '2026-03-05', kind: 'regular', visitorsCount: 7 },
      { receivedOn: '2026-04-02', kind: 'regular', visitorsCount: 1 },
    ])
      await created(await as(over));
    const f = await computeFigures(
      sys(env),
      ['reception.sessions', 'reception.visitors', 'reception.head_sessions', 'reception.mass_delegations'],
      { unitId: unit.communeA.id, from: '2026-01-01', to: '2026-03-31' },
    );
    expect(f).toEqual({
      'reception.sessions': 2,
      'reception.visitors': 16,
      'reception.head_sessions': 1,
      'reception.mass_delegations': 2,
    });
    const province = await computeFigures(sys(env), ['reception.visitors'], {
      unitId: unit.root.id,
      from: '2026-01-01',
      to: '2026-06-30',
      subtree: true,
    });
    expect(province['reception.visitors']).toBe(17);
  });
});

describe('for the petitions module', () => {
  it('reads a visit the actor may read (404 otherwise) and links the petition once', async () => {
    const v = await created(
      await send(
        officerA,
        'POST',
        `${B}/visits`,
        visitBody({ visitorsCount: 6, field: 'dat_dai', representativeName: 'Trần Văn Dũng' }),
      ),
    );
    const mine = ctxOf(officerA, 'reception_officer', p.communeA);
    const got = await readVisitForPetition(mine, v.id);
    expect(got).toMatchObject({
      id: v.id,
      unitId: p.communeA.id,
      receivedAt: '2026-11-24T01:30:00.000Z',
      visitorsCount: 6,
      representativeName: 'Trần Văn Dũng',
      idNumber: '075186001234',
      field: 'dat_dai',
      petitionId: null,
    });
    const other = ctxOf(officerB, 'reception_officer', p.communeB);
    await expect(readVisitForPetition(other, v.id)).rejects.toMatchObject({ status: 404 });
    await expect(readVisitForPetition(mine, 0)).rejects.toMatchObject({ status: 404 });

    await env.database.db.transaction(async (tx) => markVisitPetition(tx as never, mine, v.id, 4242));
    expect(json(await send(officerA, 'GET', `${B}/visits/${v.id}`)).petitionId).toBe(4242);
    await env.database.db.transaction(async (tx) => markVisitPetition(tx as never, mine, v.id, 4242));
    await expect(
      env.database.db.transaction(async (tx) => markVisitPetition(tx as never, mine, v.id, 4343)),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      env.database.db.transaction(async (tx) => markVisitPetition(tx as never, other, v.id, 4343)),
    ).rejects.toMatchObject({ status: 404 });
  });
});
