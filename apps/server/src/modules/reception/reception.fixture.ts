/**
 * The shared fixture of the reception tests: a province of its own with its reception officers, heads,
 * inspector, coordinator, council office and focal officer, the clock at 01/12/2026, and the bodies of
 * a schedule and a visit. The bindings are live: a test file calls setupReception() and reads them inside
 * its tests.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, sys, type Province, type TestUser } from '../../../test/factories.ts';
import { makeActor, type Ctx } from '../../core/context.ts';

export let env: TestEnv;
export let p: Province;
export let officerA: TestUser;
export let headA: TestUser;
export let officerB: TestUser;
export let inspector: TestUser;
export let coordinator: TestUser;
export let council: TestUser;
export let focalA: TestUser;
export let headDept: TestUser;

export const B = '/api/v1/reception';
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export const send = (u: TestUser | null, method: Method, url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: u ? u.headers : {},
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });

export const scheduleBody = (over: Record<string, unknown> = {}) => ({
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

export const visitBody = (over: Record<string, unknown> = {}) => ({
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

export async function created(res: { statusCode: number; body: string }) {
  expect(res.statusCode, res.body).toBe(201);
  return json(res);
}

export function ctxOf(
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

/** Builds the file's own province and users, with the clock at 01/12/2026; call once at the top of a test file. */
export function setupReception() {
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
}
