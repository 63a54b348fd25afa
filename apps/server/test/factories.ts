import { randomBytes } from 'node:crypto';
import type { Role } from '@danvan/contracts';
import { systemCtx, type Ctx } from '../src/core/context.ts';
import { createSession } from '../src/core/sessions.ts';
import { SESSION_COOKIE } from '../src/core/sessions.ts';
import * as org from '../src/modules/org/index.ts';
import type { UnitView } from '../src/modules/org/index.ts';
import { upsertGroup } from '../src/modules/org/group/group.repository.ts';
import { roleAssignments, users } from '../src/db/schema/users.ts';
import type { TestEnv } from './harness.ts';

/** A short unique suffix, so each test file builds its own province and never collides. */
export function uid(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}

export function sys(env: TestEnv): Ctx {
  return systemCtx(env.database.db, env.config, env.clock);
}

export interface Province {
  suffix: string;
  root: UnitView;
  dept: UnitView;
  dept2: UnitView;
  communeA: UnitView;
  communeB: UnitView;
  communeC: UnitView;
  /** A second province: a "sibling" no role of this province may see. */
  other: UnitView;
  otherCommune: UnitView;
}

/**
 * Creates units whose codes and names end in one fresh suffix (valid from 2015), once the groups
 * 'khoi_so_nganh' and 'khoi_xa' exist.
 */
export async function unitMaker(env: TestEnv) {
  const ctx = sys(env);
  const s = uid();
  await upsertGroup(ctx.db, 'khoi_so_nganh', 'Khối sở, ban, ngành');
  await upsertGroup(ctx.db, 'khoi_xa', 'Khối xã, phường');
  const mk = (code: string, name: string, kind: string, parentId: number | null, groups: string[] = []) =>
    org.createUnit(ctx, {
      code: `${code}_${s}`,
      name: `${name} ${s}`,
      kind: kind as never,
      parentId,
      validFrom: '2015-01-01',
      groups,
    });
  return { s, mk };
}

/**
 * A small province of its own: root, two departments, three communes (group khoi_xa), and a separate
 * province beside it. Groups 'khoi_so_nganh' and 'khoi_xa' exist.
 */
export async function makeProvince(env: TestEnv): Promise<Province> {
  const { s, mk } = await unitMaker(env);
  const root = await mk('TINH', 'Ủy ban nhân dân tỉnh Thử Nghiệm', 'province', null);
  const dept = await mk('SNV', 'Sở Nội vụ', 'department', root.id, ['khoi_so_nganh']);
  const dept2 = await mk('STP', 'Sở Tư pháp', 'department', root.id, ['khoi_so_nganh']);
  const communeA = await mk('XA_A', 'Xã Hòa Bình', 'commune', root.id, ['khoi_xa']);
  const communeB = await mk('XA_B', 'Xã Đồng Tâm', 'commune', root.id, ['khoi_xa']);
  const communeC = await mk('PHUONG_C', 'Phường Tân Tiến', 'commune', root.id, ['khoi_xa']);
  const other = await mk('TINH2', 'Ủy ban nhân dân tỉnh Bên Cạnh', 'province', null);
  const otherCommune = await mk('XA_KHAC', 'Xã Bên Cạnh', 'commune', other.id, ['khoi_xa']);
  return { suffix: s, root, dept, dept2, communeA, communeB, communeC, other, otherCommune };
}

// A fixed, cheap hash is fine for users who log in through sessions made directly; tests of the
// login route itself create users through the service (real argon2id).
const NO_LOGIN_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export interface TestUser {
  id: number;
  username: string;
  cookie: string;
  /** Headers for app.inject: the session cookie. */
  headers: { cookie: string };
}

/** A user holding one role at one unit, with a live session. */
export async function makeUser(
  env: TestEnv,
  role: Role,
  unitId: number,
  opts: { includeSubtree?: boolean; fullName?: string } = {},
): Promise<TestUser> {
  const db = env.database.db;
  const username = `${role}_${uid()}`.toLowerCase();
  const [u] = await db
    .insert(users)
    .values({ username, fullName: opts.fullName ?? `Người dùng ${role}`, passwordHash: NO_LOGIN_HASH })
    .returning();
  await db
    .insert(roleAssignments)
    .values({ userId: u.id, role, unitId, includeSubtree: opts.includeSubtree ?? true });
  const token = await createSession(db, u.id, env.clock.now(), { ip: '127.0.0.1', userAgent: 'vitest' });
  const cookie = `${SESSION_COOKIE}=${token}`;
  return { id: u.id, username, cookie, headers: { cookie } };
}

/** Parses a JSON response body. */
export function json<T = any>(res: { body: string }): T {
  return JSON.parse(res.body) as T;
}

import type { MatrixContext, Target } from './access-matrix.types.ts';

/**
 * A unit record for an access-matrix request: a fresh child of communeA ('own'), of communeB
 * ('sibling'), or the province root itself ('parent'), so writes never disturb the shared fixture.
 */
export async function unitFor(m: MatrixContext, t: Target): Promise<UnitView> {
  if (t === 'parent') return m.p.root;
  const parentId = m.unitId(t);
  return org.createUnit(sys(m.env), {
    code: `MX_${uid()}`,
    name: `Đơn vị thử ${uid()}`,
    kind: 'public_service',
    parentId,
    validFrom: '2020-01-01',
    groups: [],
  });
}
