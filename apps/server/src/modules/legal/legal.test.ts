import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
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
import { auditLog } from '../../db/schema/audit.ts';
import { deadlineFor, markRuleUsed, workingCalendar } from './index.ts';

let env: TestEnv;
let p: Province;
let admin: TestUser;
let communeAdmin: TestUser;
let reception: TestUser;
let focal: TestUser;

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  admin = await makeUser(env, 'admin', p.root.id);
  communeAdmin = await makeUser(env, 'admin', p.communeA.id);
  reception = await makeUser(env, 'reception_officer', p.communeA.id);
  focal = await makeUser(env, 'focal_officer', p.communeA.id);
});

const B = '/api/v1/legal';
const send = (u: TestUser, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: u.headers,
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });

const code = () => `thu_nghiem.${uid().toLowerCase()}`;
const ruleBody = (over: Record<string, unknown> = {}) => ({
  code: code(),
  name: 'Thời hạn thử nghiệm',
  value: 5,
  unit: 'working_days',
  basis: { law: 'Luật thử nghiệm 2090', article: '3', clause: '1' },
  effectiveFrom: '2090-01-01',
  ...over,
});

async function auditRows(entity: string, id: number) {
  return env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(id))))
    .orderBy(asc(auditLog.id));
}

describe('the seeded register and calendar', () => {
  it('holds both versions of the acceptance limit, the new one marked "cần kiểm tra"', async () => {
    const res = await send(admin, 'GET', `${B}/rules?code=khieu_nai.thu_ly&includeRetired=true`);
    expect(res.statusCode).toBe(200);
    const items = json(res).items as {
      value: number;
      unit: string;
      effectiveFrom: string;
      needsCheck: boolean;
    }[];
    expect(items.map((r) => [r.effectiveFrom, r.value, r.unit, r.needsCheck])).toEqual([
      ['2026-07-01', 7, 'working_days', true],
      ['2012-07-01', 10, 'calendar_days', true],
    ]);
  });

  it('lists only rules in force on a date with asOf, and searches without diacritics', async () => {
    const june = json(await send(admin, 'GET', `${B}/rules?code=khieu_nai.thu_ly&asOf=2026-06-30`)).items;
    expect(june.map((r: { value: number }) => r.value)).toEqual([10]);
    const found = json(
      await send(admin, 'GET', `${B}/rules?q=${encodeURIComponent('thoi han giai quyet to cao')}`),
    ).items;
    expect(found.map((r: { code: string }) => r.code)).toContain('to_cao.giai_quyet');
    expect(found[0].basisText).toMatch(/^Điều 30 khoản 1, Luật Tố cáo 2018/);
    expect(found[0].limitText).toBe('30 ngày');
  });

  it('holds the 2026 calendar with the swapped Monday 31/8 and the make-up Saturday 22/8', async () => {
    const days = json(await send(reception, 'GET', `${B}/calendar?year=2026`)).items as {
      date: string;
      workday: boolean;
      can: { update: boolean };
    }[];
    expect(days.find((d) => d.date === '2026-08-31')?.workday).toBe(false);
    expect(days.find((d) => d.date === '2026-08-22')?.workday).toBe(true);
    expect(days.every((d) => d.date.startsWith('2026-'))).toBe(true);
    expect(days[0].can.update).toBe(false); // a reception officer reads, never edits
  });

  it('previews a deadline from the rule in force and the calendar: June 2026 keeps the old limit', async () => {
    const june = json(await send(reception, 'GET', `${B}/deadline?code=khieu_nai.thu_ly&start=2026-06-25`));
    expect(june).toMatchObject({ dueDate: '2026-07-06', limitText: '10 ngày', needsCheck: true });
    const july = json(await send(reception, 'GET', `${B}/deadline?code=khieu_nai.thu_ly&start=2026-07-01`));
    expect(july).toMatchObject({ dueDate: '2026-07-10', limitText: '7 ngày làm việc' });
    const none = await send(reception, 'GET', `${B}/deadline?code=khieu_nai.thu_ly&start=2000-01-03`);
    expect(none.statusCode).toBe(422);
    expect(json(none).detail).toMatch(/Không có quy định thời hạn .* có hiệu lực vào ngày 03\/01\/2000/);
  });
});

describe('access', () => {
  it('refuses a role without legal:read, and writes by an administrator below the root', async () => {
    expect((await send(focal, 'GET', `${B}/rules`)).statusCode).toBe(403);
    expect((await send(reception, 'POST', `${B}/rules`, ruleBody())).statusCode).toBe(403);
    const res = await send(communeAdmin, 'POST', `${B}/rules`, ruleBody());
    expect(res.statusCode).toBe(403);
    expect(json(res).detail).toMatch(/quản trị hệ thống của toàn bộ cây đơn vị/);
    const day = await send(communeAdmin, 'POST', `${B}/calendar`, { date: '2093-01-05', name: 'Ngày nghỉ' });
    expect(day.statusCode).toBe(403);
  });
});

describe('rules: create, validate, audit', () => {
  it('creates a rule with an audit row', async () => {
    const res = await send(
      admin,
      'POST',
      `${B}/rules`,
      ruleBody({ needsCheck: true, note: 'Chưa đối chiếu' }),
    );
    expect(res.statusCode).toBe(201);
    const r = json(res);
    expect(r).toMatchObject({ version: 1, needsCheck: true, usedAt: null, limitText: '5 ngày làm việc' });
    expect(r.basisText).toBe('Điều 3 khoản 1, Luật thử nghiệm 2090');
    const rows = await auditRows('legal_time_limit', r.id);
    expect(rows.map((a) => a.action)).toEqual(['create']);
  });

  it.each([
    [{ code: 'Khiếu Nại' }, /Mã quy định: chỉ gồm chữ thường không dấu/],
    [{ value: 0 }, /Giá trị: phải là số nguyên dương/],
    [{ unit: 'weeks' }, /Đơn vị tính/],
    [{ effectiveFrom: '2090-02-30' }, /Hiệu lực từ ngày/],
    [{ value: 9, unit: 'days_per_week' }, /Giá trị phải là số nguyên từ 1 đến 7 ngày\/tuần/],
    [{ effectiveTo: '2089-12-31' }, /Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực/],
  ])('refuses %j with 400 and a Vietnamese message', async (over, message) => {
    const res = await send(admin, 'POST', `${B}/rules`, ruleBody(over));
    expect(res.statusCode).toBe(400);
    expect(json(res).code).toBe('validation_failed');
    expect(json(res).detail).toMatch(message);
  });

  it('refuses a second version in force at the same time under the same conditions (422)', async () => {
    const c = code();
    expect((await send(admin, 'POST', `${B}/rules`, ruleBody({ code: c }))).statusCode).toBe(201);
    const clash = await send(admin, 'POST', `${B}/rules`, ruleBody({ code: c, effectiveFrom: '2095-01-01' }));
    expect(clash.statusCode).toBe(422);
    expect(json(clash).detail).toMatch(/trùng điều kiện áp dụng và thời gian hiệu lực/);
    // another condition is another variant, not a clash
    const complex = await send(
      admin,
      'POST',
      `${B}/rules`,
      ruleBody({ code: c, conditions: { complex: true } }),
    );
    expect(complex.statusCode).toBe(201);
  });
});

describe('rules: versioning', () => {
  it('edits an unused rule in place', async () => {
    const r = json(await send(admin, 'POST', `${B}/rules`, ruleBody()));
    const res = await send(admin, 'PATCH', `${B}/rules/${r.id}`, { value: 8 });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ id: r.id, version: 1, value: 8 });
    expect((await auditRows('legal_time_limit', r.id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('never edits a used rule in place: a new version from a date, the used one ends the day before', async () => {
    const c = code();
    const r = json(await send(admin, 'POST', `${B}/rules`, ruleBody({ code: c })));
    const d = await deadlineFor(sys(env), c, '2090-03-02', {}, { markUsed: true });
    expect(d.rule.id).toBe(r.id);

    const noDate = await send(admin, 'PATCH', `${B}/rules/${r.id}`, { value: 10 });
    expect(noDate.statusCode).toBe(400);
    expect(json(noDate).detail).toMatch(/đã được áp dụng cho hồ sơ/);
    const early = await send(admin, 'PATCH', `${B}/rules/${r.id}`, {
      value: 10,
      effectiveFrom: '2089-06-01',
    });
    expect(early.statusCode).toBe(422);

    const res = await send(admin, 'PATCH', `${B}/rules/${r.id}`, { value: 10, effectiveFrom: '2090-07-01' });
    expect(res.statusCode).toBe(200);
    const v2 = json(res);
    expect(v2).toMatchObject({
      code: c,
      version: 2,
      value: 10,
      effectiveFrom: '2090-07-01',
      previousVersionId: r.id,
    });
    expect(v2.id).not.toBe(r.id);

    const all = json(await send(admin, 'GET', `${B}/rules?code=${c}&includeRetired=true`)).items;
    const v1 = all.find((x: { id: number }) => x.id === r.id);
    expect(v1).toMatchObject({ value: 5, effectiveTo: '2090-06-30' });
    expect(v1.usedAt).not.toBeNull();
    expect((await auditRows('legal_time_limit', r.id)).map((a) => a.action)).toEqual([
      'create',
      'close_version',
    ]);
    expect((await auditRows('legal_time_limit', v2.id)).map((a) => a.action)).toEqual(['new_version']);

    // a case whose clock started before the new version keeps the used one
    expect((await deadlineFor(sys(env), c, '2090-06-30')).rule.value).toBe(5);
    expect((await deadlineFor(sys(env), c, '2090-07-01')).rule.value).toBe(10);

    // the "cần kiểm tra" mark and the note of a used rule change in place
    await markRuleUsed(sys(env), v2.id);
    const mark = await send(admin, 'PATCH', `${B}/rules/${v2.id}`, {
      needsCheck: true,
      note: 'Đối chiếu lại',
    });
    expect(json(mark)).toMatchObject({ id: v2.id, needsCheck: true, note: 'Đối chiếu lại' });
  });

  it('retires a rule with its reason; a retired rule is not edited (409)', async () => {
    const r = json(await send(admin, 'POST', `${B}/rules`, ruleBody()));
    const bad = await send(admin, 'POST', `${B}/rules/${r.id}/retire`, {
      effectiveTo: '2089-01-01',
      reason: 'Thử',
    });
    expect(bad.statusCode).toBe(422);
    const res = await send(admin, 'POST', `${B}/rules/${r.id}/retire`, {
      effectiveTo: '2090-12-31',
      reason: 'Văn bản mới thay thế',
    });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ effectiveTo: '2090-12-31', can: { update: false, retire: false } });
    expect((await send(admin, 'PATCH', `${B}/rules/${r.id}`, { value: 3 })).statusCode).toBe(409);
    const audits = await auditRows('legal_time_limit', r.id);
    expect(audits.at(-1)).toMatchObject({
      action: 'retire',
      after: { effectiveTo: '2090-12-31', reason: 'Văn bản mới thay thế' },
    });
  });

  it('404 for a rule that does not exist', async () => {
    expect((await send(admin, 'PATCH', `${B}/rules/999999999`, { value: 3 })).statusCode).toBe(404);
  });
});

describe('calendar: the working days every deadline counts come from the table', () => {
  it('an added day off moves a working-day deadline, a make-up Saturday brings it forward, deleting undoes it', async () => {
    const c = code();
    await send(admin, 'POST', `${B}/rules`, ruleBody({ code: c, value: 1 }));
    // Friday 3/3/2090 + 1 working day = Monday 6/3/2090
    expect((await deadlineFor(sys(env), c, '2090-03-03')).dueDate).toBe('2090-03-06');

    const off = await send(admin, 'POST', `${B}/calendar`, {
      date: '2090-03-06',
      name: 'Nghỉ hoán đổi thử',
      basis: 'Thông báo thử',
    });
    expect(off.statusCode).toBe(201);
    expect((await deadlineFor(sys(env), c, '2090-03-03')).dueDate).toBe('2090-03-07');

    const sat = await send(admin, 'POST', `${B}/calendar`, {
      date: '2090-03-04',
      name: 'Làm bù thử',
      workday: true,
    });
    expect(sat.statusCode).toBe(201);
    expect((await deadlineFor(sys(env), c, '2090-03-03')).dueDate).toBe('2090-03-04');
    expect((await workingCalendar(sys(env))).some((d) => d.date === '2090-03-04' && d.workday)).toBe(true);

    expect((await send(admin, 'DELETE', `${B}/calendar/${json(sat).id}`)).statusCode).toBe(204);
    expect((await send(admin, 'DELETE', `${B}/calendar/${json(off).id}`)).statusCode).toBe(204);
    expect((await deadlineFor(sys(env), c, '2090-03-03')).dueDate).toBe('2090-03-06');
    expect((await auditRows('legal_calendar_day', json(off).id)).map((a) => a.action)).toEqual([
      'create',
      'delete',
    ]);
  });

  it('refuses a make-up working day on a weekday (422), a date already in the calendar (409), a bad date (400)', async () => {
    const weekday = await send(admin, 'POST', `${B}/calendar`, {
      date: '2090-03-10',
      name: 'Làm bù',
      workday: true,
    });
    expect(weekday.statusCode).toBe(422);
    expect(json(weekday).detail).toBe('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật');
    const dup = await send(admin, 'POST', `${B}/calendar`, { date: '2026-09-02', name: 'Quốc khánh' });
    expect(dup.statusCode).toBe(409);
    expect(json(dup).detail).toMatch(/Ngày 02\/09\/2026 đã có trong lịch/);
    const bad = await send(admin, 'POST', `${B}/calendar`, { date: '2090-02-30', name: 'Không có' });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).detail).toMatch(/Ngày/);
    const empty = await send(admin, 'PATCH', `${B}/calendar/${json(dup).params?.id ?? 1}`, {});
    expect(empty.statusCode).toBe(400);
  });

  it('edits a day with an audit row holding before and after; an edit that changes nothing writes none', async () => {
    const created = json(
      await send(admin, 'POST', `${B}/calendar`, { date: '2090-05-02', name: 'Ngày nghỉ thử' }),
    );
    const res = await send(admin, 'PATCH', `${B}/calendar/${created.id}`, {
      name: 'Ngày nghỉ đã sửa',
      needsCheck: true,
    });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ name: 'Ngày nghỉ đã sửa', needsCheck: true });
    await send(admin, 'PATCH', `${B}/calendar/${created.id}`, { name: 'Ngày nghỉ đã sửa' });
    const audits = await auditRows('legal_calendar_day', created.id);
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audits[1].before).toMatchObject({ name: 'Ngày nghỉ thử' });
    expect(audits[1].after).toMatchObject({ name: 'Ngày nghỉ đã sửa' });
    const toWeekday = await send(admin, 'PATCH', `${B}/calendar/${created.id}`, { workday: true });
    expect(toWeekday.statusCode).toBe(422); // 2/5/2090 is a Tuesday
  });
});
