import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPUTY_RECEPTION_RULE, ONLINE_NOTICE_RULE } from '@danvan/domain';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, sys, type Province, type TestUser } from '../../../test/factories.ts';
import { legalSeeds, legalTimeLimits } from '../../db/schema/legal.ts';
import { ensureLegalSeed } from '../legal/shared/seed.ts';

/**
 * Two reception rules read from the legal register, not from constants: the day a deputy's reception
 * stops counting (tiep_cong_dan.cap_pho_tiep_thay) and the notice period of an online session
 * (tiep_cong_dan.thong_bao_truc_tuyen), whose late notice the log flags.
 */
let env: TestEnv;
let p: Province;
let officer: TestUser;
let inspector: TestUser;
const B = '/api/v1/reception';

beforeAll(async () => {
  env = await testEnv();
  env.clock.set('2026-12-01T03:00:00Z');
  p = await makeProvince(env);
  officer = await makeUser(env, 'reception_officer', p.communeA.id);
  inspector = await makeUser(env, 'inspector', p.root.id);
});
afterAll(() => env.clock.reset());

const send = (u: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: u.headers,
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });

const onlineVisit = (receivedOn: string, onlineNoticeSentOn: string | null) => ({
  unitId: p.communeA.id,
  kind: 'regular',
  receivedOn,
  receivedTime: '08:30',
  place: 'Phòng tiếp công dân trực tuyến',
  receiverName: 'Ngô Văn Bình',
  receiverTitle: 'Công chức tiếp công dân',
  visitorsCount: 1,
  representativeName: 'Nguyễn Thị Hoa',
  content: 'Đề nghị xem xét hồ sơ trợ cấp xã hội.',
  field: 'chinh_sach_xa_hoi',
  outcome: 'answered',
  online: true,
  onlineNoticeSentOn,
});

describe('the online session notice (tiep_cong_dan.thong_bao_truc_tuyen)', () => {
  it('flags a session announced later than five working days before it, or not announced', async () => {
    // Wednesday 18/11/2026: the notice is due by Wednesday 11/11
    const ok = await send(officer, 'POST', `${B}/visits`, onlineVisit('2026-11-18', '2026-11-11'));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(json(ok)).toMatchObject({ onlineNoticeDueBy: '2026-11-11', onlineNoticeLate: false });
    const late = await send(officer, 'POST', `${B}/visits`, onlineVisit('2026-11-18', '2026-11-12'));
    expect(json(late)).toMatchObject({ onlineNoticeDueBy: '2026-11-11', onlineNoticeLate: true });
    const none = await send(officer, 'POST', `${B}/visits`, onlineVisit('2026-11-18', null));
    expect(json(none).onlineNoticeLate).toBe(true);
    // the log and the entry say the same; an in-person session is never flagged
    const list = json<{ items: { id: number; onlineNoticeLate: boolean }[] }>(
      await send(officer, 'GET', `${B}/visits?pageSize=500`),
    );
    const flag = (id: number) => list.items.find((v) => v.id === id)!.onlineNoticeLate;
    expect([flag(json(ok).id), flag(json(late).id), flag(json(none).id)]).toEqual([false, true, true]);
    expect(json(await send(officer, 'GET', `${B}/visits/${json(late).id}`)).onlineNoticeLate).toBe(true);
    const fixed = await send(officer, 'PATCH', `${B}/visits/${json(late).id}`, {
      onlineNoticeSentOn: '2026-11-10',
      expectedVersion: json(late).version,
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(json(fixed).onlineNoticeLate).toBe(false);
    const inPerson = await send(officer, 'POST', `${B}/visits`, {
      ...onlineVisit('2026-11-18', null),
      online: false,
    });
    expect(json(inPerson)).toMatchObject({ onlineNoticeLate: false, onlineNoticeDueBy: null });
  });

  it('takes the notice period from the register', async () => {
    const rules = json<{ items: { value: number; unit: string }[] }>(
      await send(inspector, 'GET', `/api/v1/legal/rules?code=${ONLINE_NOTICE_RULE}`),
    );
    expect(rules.items).toEqual([expect.objectContaining({ value: 5, unit: 'working_days' })]);
  });
});

describe('the deputy cut-off (tiep_cong_dan.cap_pho_tiep_thay)', () => {
  it('is a rule of the register, and the compliance report says its end date', async () => {
    const res = await send(
      inspector,
      'GET',
      `/api/v1/legal/rules?code=${DEPUTY_RECEPTION_RULE}&includeRetired=true`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const rules = json<{ items: { effectiveTo: string | null; basis: { law: string } }[] }>(res).items;
    expect(rules).toHaveLength(1);
    expect(rules[0].effectiveTo).toBe('2026-06-30');
    expect(rules[0].basis.law).toContain('Luật Tiếp công dân 2013');
    const c = json(
      await send(inspector, 'GET', `${B}/compliance?unitId=${p.root.id}&from=2026-06&to=2026-07`),
    );
    expect(c.deputyCountsUntil).toBe(rules[0].effectiveTo);
  });

  it('reaches a database seeded before the rule existed, once', async () => {
    const db = env.database.db;
    const before = await db
      .select()
      .from(legalTimeLimits)
      .where(eq(legalTimeLimits.code, DEPUTY_RECEPTION_RULE));
    // as a database seeded before the rule: without its rows and without the later seed's mark
    await db.delete(legalTimeLimits).where(eq(legalTimeLimits.code, DEPUTY_RECEPTION_RULE));
    await db.delete(legalSeeds).where(inArray(legalSeeds.name, ['time_limits_2026_cap_pho']));
    try {
      await ensureLegalSeed(sys(env));
      await ensureLegalSeed(sys(env));
      const after = await db
        .select()
        .from(legalTimeLimits)
        .where(and(eq(legalTimeLimits.code, DEPUTY_RECEPTION_RULE)));
      expect(after.map((r) => [r.version, r.effectiveTo])).toEqual([[1, '2026-06-30']]);
    } finally {
      const now = await db
        .select()
        .from(legalTimeLimits)
        .where(eq(legalTimeLimits.code, DEPUTY_RECEPTION_RULE));
      if (now.length === 0 && before.length) await db.insert(legalTimeLimits).values(before);
    }
  });
});
