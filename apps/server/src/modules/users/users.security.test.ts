import { beforeAll, describe, expect, it } from 'vitest';
import type { TestEnv } from '../../../test/harness.ts';
import { json, makeUser, uid, type Province, type TestUser } from '../../../test/factories.ts';
import { usersWorld } from './users.test-helpers.ts';

// issue 7, items 1, 2 and 6: who may change a user account, and what the audit trail records.

let env: TestEnv, p: Province, rootAdmin: TestUser, communeAdmin: TestUser;
let ip = 1;

beforeAll(async () => {
  ({ env, p, admin: rootAdmin, communeAdmin } = await usersWorld());
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (who: TestUser, method: Method, url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: who.headers,
    remoteAddress: `127.44.${(ip >> 8) & 255}.${ip++ & 255}`,
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });

const PASSWORD = 'MatKhau@2026x';

/** A user created and given roles through the users API by the province administrator. */
async function userWithRoles(roles: { role: string; unitId: number; includeSubtree?: boolean }[]) {
  const username = `tk_${uid()}`.toLowerCase();
  const created = await call(rootAdmin, 'POST', '/api/v1/users', {
    username,
    fullName: 'Trần Văn Hai Vai',
    password: PASSWORD,
  });
  expect(created.statusCode).toBe(201);
  const id = json(created).id as number;
  for (const r of roles) {
    const res = await call(rootAdmin, 'POST', `/api/v1/users/${id}/assignments`, {
      includeSubtree: true,
      ...r,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  const view = json(await call(rootAdmin, 'GET', `/api/v1/users/${id}`));
  return { id, username, assignments: view.assignments as { id: number; role: string; unitId: number }[] };
}

const login = (username: string, password: string) =>
  env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: `127.45.${(ip >> 8) & 255}.${ip++ & 255}`,
    payload: { username, password },
  });

async function auditRows(entity: string, entityId: number | string) {
  return env.database.query<{ action: string; before: unknown; after: unknown }>(
    'select action, before, after from audit_log where entity = $1 and entity_id = $2 order by id',
    [entity, String(entityId)],
  );
}

describe('a user is changed only by an administrator over every unit where the user holds a role', () => {
  it('a commune administrator cannot take over a user who is also administrator of the province', async () => {
    const target = await userWithRoles([
      { role: 'focal_officer', unitId: p.communeA.id },
      { role: 'admin', unitId: p.root.id },
    ]);
    const focal = target.assignments.find((a) => a.role === 'focal_officer')!;
    const provinceAdmin = target.assignments.find((a) => a.role === 'admin')!;

    // the repro: reset the password, then log in as the province administrator
    const reset = await call(communeAdmin, 'POST', `/api/v1/users/${target.id}/password`, {
      password: 'ChiemQuyen@2026',
    });
    expect(reset.statusCode).toBe(403);
    expect((await login(target.username, 'ChiemQuyen@2026')).statusCode).toBe(401);

    for (const [method, url, payload] of [
      ['PATCH', `/api/v1/users/${target.id}`, { position: 'Bị đổi' }],
      ['PATCH', `/api/v1/users/${target.id}`, { active: false }],
      [
        'POST',
        `/api/v1/users/${target.id}/assignments`,
        { role: 'unit_head', unitId: p.communeA.id, includeSubtree: true },
      ],
      ['DELETE', `/api/v1/users/${target.id}/assignments/${focal.id}`, undefined],
    ] as const) {
      const res = await call(communeAdmin, method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    const [row] = await env.database.query<{ active: boolean; position: string | null }>(
      'select active, position from users where id = $1',
      [target.id],
    );
    expect(row).toEqual({ active: true, position: null });
    expect(
      (await env.database.query('select id from role_assignments where user_id = $1', [target.id])).length,
    ).toBe(2);

    // the commune administrator sees the user, but only the commune role, and no action
    const seen = json(await call(communeAdmin, 'GET', `/api/v1/users/${target.id}`));
    expect(seen.assignments.map((a: { id: number }) => a.id)).toEqual([focal.id]);
    expect(seen.can).toEqual({ update: false, resetPassword: false, assign: false, disable: false });
    const list = json(await call(communeAdmin, 'GET', `/api/v1/users?q=${target.username}`));
    expect(list.items).toHaveLength(1);
    expect(list.items[0].assignments.map((a: { id: number }) => a.id)).toEqual([focal.id]);
    // the role filter does not reveal the out-of-scope role either
    const byRole = json(await call(communeAdmin, 'GET', `/api/v1/users?q=${target.username}&role=admin`));
    expect(byRole.items).toHaveLength(0);
    const byUnit = json(
      await call(communeAdmin, 'GET', `/api/v1/users?q=${target.username}&unitId=${p.root.id}`),
    );
    expect(byUnit.items).toHaveLength(0);

    // the province administrator still sees and manages everything
    const full = json(await call(rootAdmin, 'GET', `/api/v1/users/${target.id}`));
    expect(full.assignments.map((a: { id: number }) => a.id).sort()).toEqual(
      [focal.id, provinceAdmin.id].sort(),
    );
    expect(full.can.resetPassword).toBe(true);
  });

  it('a user without any role belongs to the province administrator only', async () => {
    const orphan = await userWithRoles([]);
    const asCommune = [
      ['GET', `/api/v1/users/${orphan.id}`, undefined],
      ['POST', `/api/v1/users/${orphan.id}/password`, { password: 'ChiemQuyen@2026' }],
      ['PATCH', `/api/v1/users/${orphan.id}`, { position: 'Bị đổi' }],
      [
        'POST',
        `/api/v1/users/${orphan.id}/assignments`,
        { role: 'admin', unitId: p.communeA.id, includeSubtree: true },
      ],
    ] as const;
    for (const [method, url, payload] of asCommune) {
      const res = await call(communeAdmin, method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const list = json(await call(communeAdmin, 'GET', `/api/v1/users?q=${orphan.username}`));
    expect(list.items).toHaveLength(0);
    expect((await call(rootAdmin, 'GET', `/api/v1/users/${orphan.id}`)).statusCode).toBe(200);
    expect(
      (await call(rootAdmin, 'POST', `/api/v1/users/${orphan.id}/password`, { password: 'DatLai@2026xy' }))
        .statusCode,
    ).toBe(200);
  });

  it('a commune administrator creates an account together with its first role, atomically', async () => {
    const username = `moi_${uid()}`.toLowerCase();
    const res = await call(communeAdmin, 'POST', '/api/v1/users', {
      username,
      fullName: 'Lê Thị Mới',
      password: PASSWORD,
      assignment: { role: 'focal_officer', unitId: p.communeA.id, includeSubtree: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    const u = json(res);
    expect(u.assignments).toMatchObject([{ role: 'focal_officer', unitId: p.communeA.id }]);
    expect(u.can.resetPassword).toBe(true);
    // without a first role, only the province administrator may create an account
    const bare = await call(communeAdmin, 'POST', '/api/v1/users', {
      username: `tran_${uid()}`.toLowerCase(),
      fullName: 'Lê Thị Trần',
      password: PASSWORD,
    });
    expect(bare.statusCode).toBe(400);
    expect(json(bare).detail).toContain('vai trò');
    // taking its last role answers with what remains (the account then is the province's)
    const gone = await call(
      communeAdmin,
      'DELETE',
      `/api/v1/users/${u.id}/assignments/${u.assignments[0].id}`,
    );
    expect(gone.statusCode, gone.body).toBe(200);
    expect(json(gone).assignments).toEqual([]);
    expect((await call(communeAdmin, 'GET', `/api/v1/users/${u.id}`)).statusCode).toBe(404);
    // a first role outside the scope creates nothing
    const other = `ngoai_${uid()}`.toLowerCase();
    const out = await call(communeAdmin, 'POST', '/api/v1/users', {
      username: other,
      fullName: 'Lê Thị Ngoài',
      password: PASSWORD,
      assignment: { role: 'focal_officer', unitId: p.communeB.id, includeSubtree: true },
    });
    expect(out.statusCode).toBe(404);
    expect((await env.database.query('select id from users where username = $1', [other])).length).toBe(0);
  });

  it('an administrator of one unit only cannot grant or take over a role over its whole subtree', async () => {
    const unitOnlyAdmin = await makeUser(env, 'admin', p.root.id, { includeSubtree: false });
    const target = await userWithRoles([{ role: 'focal_officer', unitId: p.root.id, includeSubtree: false }]);
    // the role is at the unit only: in scope
    expect(
      (await call(unitOnlyAdmin, 'PATCH', `/api/v1/users/${target.id}`, { position: 'Chuyên viên' }))
        .statusCode,
    ).toBe(200);
    // granting a role over the whole province would give more than the administrator holds
    const grant = await call(unitOnlyAdmin, 'POST', `/api/v1/users/${target.id}/assignments`, {
      role: 'admin',
      unitId: p.root.id,
      includeSubtree: true,
    });
    expect(grant.statusCode).toBe(403);
    const narrow = await call(unitOnlyAdmin, 'POST', `/api/v1/users/${target.id}/assignments`, {
      role: 'admin',
      unitId: p.root.id,
      includeSubtree: false,
    });
    expect(narrow.statusCode, narrow.body).toBe(200);
    // and a user whose role covers the whole province is not theirs to reset
    const wide = await userWithRoles([{ role: 'coordinator', unitId: p.root.id, includeSubtree: true }]);
    expect(
      (
        await call(unitOnlyAdmin, 'POST', `/api/v1/users/${wide.id}/password`, {
          password: 'ChiemQuyen@2026',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('an administrator does not change their own account through the users pages', () => {
  it('refuses resetting, disabling and re-assigning oneself (403, pointing to "Đổi mật khẩu")', async () => {
    const hashOf = async (id: number) =>
      (await env.database.query<{ h: string }>('select password_hash h from users where id = $1', [id]))[0].h;
    const hashBefore = await hashOf(rootAdmin.id);
    for (const admin of [communeAdmin, rootAdmin]) {
      const me = json(await call(admin, 'GET', `/api/v1/users/${admin.id}`));
      expect(me.can).toEqual({ update: false, resetPassword: false, assign: false, disable: false });
      const reset = await call(admin, 'POST', `/api/v1/users/${admin.id}/password`, {
        password: 'TuDatLai@2026',
      });
      expect(reset.statusCode).toBe(403);
      expect(json(reset).detail).toContain('Đổi mật khẩu');
      const refused = [
        ['PATCH', `/api/v1/users/${admin.id}`, { active: false }],
        ['PATCH', `/api/v1/users/${admin.id}`, { email: 'ke-gian@example.vn' }],
        [
          'POST',
          `/api/v1/users/${admin.id}/assignments`,
          { role: 'coordinator', unitId: p.communeA.id, includeSubtree: true },
        ],
        ['DELETE', `/api/v1/users/${admin.id}/assignments/${me.assignments[0].id}`, undefined],
      ] as const;
      for (const [method, url, payload] of refused) {
        const res = await call(admin, method, url, payload);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(json(res).detail).toContain('Đổi mật khẩu');
      }
    }
    expect(await hashOf(rootAdmin.id)).toBe(hashBefore);
    const [row] = await env.database.query<{ active: boolean; email: string | null }>(
      'select active, email from users where id = $1',
      [rootAdmin.id],
    );
    expect(row).toEqual({ active: true, email: null });
  });
});

describe('the audit trail records changes, not no-ops', () => {
  it('an update that changes nothing writes no audit row; a real change writes one', async () => {
    const target = await userWithRoles([{ role: 'focal_officer', unitId: p.communeB.id }]);
    const before = (await auditRows('user', target.id)).length;
    const same = await call(rootAdmin, 'PATCH', `/api/v1/users/${target.id}`, {
      fullName: 'Trần Văn Hai Vai',
    });
    expect(same.statusCode).toBe(200);
    expect((await auditRows('user', target.id)).length).toBe(before);
    const empty = await call(rootAdmin, 'PATCH', `/api/v1/users/${target.id}`, {});
    expect(empty.statusCode).toBeLessThan(500);
    expect((await auditRows('user', target.id)).length).toBe(before);
    const changed = await call(rootAdmin, 'PATCH', `/api/v1/users/${target.id}`, {
      position: 'Chuyên viên',
    });
    expect(changed.statusCode).toBe(200);
    const rows = await auditRows('user', target.id);
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ action: 'update', after: { position: 'Chuyên viên' } });
  });

  it('the no-op rule holds for other modules too (an org unit saved unchanged)', async () => {
    const unitId = p.dept2.id;
    const save = (payload: unknown) => call(rootAdmin, 'PATCH', `/api/v1/org/units/${unitId}`, payload);
    expect((await save({ shortName: 'Tư pháp' })).statusCode).toBe(200);
    const n = (await auditRows('org_unit', unitId)).length;
    expect((await save({ shortName: 'Tư pháp' })).statusCode).toBe(200);
    expect((await auditRows('org_unit', unitId)).length).toBe(n);
  });
});
