import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { TestEnv } from '../../../test/harness.ts';
import { json, makeUser, type Province, type TestUser } from '../../../test/factories.ts';
import { usersWorld } from './users.test-helpers.ts';

let env: TestEnv, p: Province, admin: TestUser, communeAdmin: TestUser;

beforeAll(async () => {
  ({ env, p, admin, communeAdmin } = await usersWorld());
});

describe('users and roles', () => {
  it('creates a user, gives a role in a unit, and the user then sees only that subtree', async () => {
    const username = `canbo_${p.suffix}`.toLowerCase();
    const weak = await env.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { username, fullName: 'Lê Thị Cán Bộ', password: 'abcdefghijk' },
    });
    expect(weak.statusCode).toBe(400);
    expect(json(weak).code).toBe('password_too_weak');
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { username, fullName: 'Lê Thị Cán Bộ', password: 'CanBo@2026xa', email: 'canbo@example.vn' },
    });
    expect(res.statusCode).toBe(201);
    const u = json(res);
    const dup = await env.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { username, fullName: 'Trùng', password: 'CanBo@2026xa' },
    });
    expect(dup.statusCode).toBe(409);
    const assigned = await env.app.inject({
      method: 'POST',
      url: `/api/v1/users/${u.id}/assignments`,
      headers: admin.headers,
      payload: { role: 'focal_officer', unitId: p.communeB.id, includeSubtree: true },
    });
    expect(assigned.statusCode).toBe(200);
    expect(json(assigned).assignments[0]).toMatchObject({ role: 'focal_officer', unitId: p.communeB.id });
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: 'CanBo@2026xa' },
    });
    const cookie = { dv_sid: login.cookies[0].value };
    const units = json(
      await env.app.inject({ method: 'GET', url: '/api/v1/org/units?pageSize=500', cookies: cookie }),
    );
    expect(units.items.map((x: { id: number }) => x.id)).toEqual([p.communeB.id]);
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/users', cookies: cookie })).statusCode).toBe(
      403,
    );
  });

  it('an administrator of one commune cannot give roles in another (404) nor see its users', async () => {
    const target = await makeUser(env, 'focal_officer', p.communeA.id);
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/v1/users/${target.id}/assignments`,
      headers: communeAdmin.headers,
      payload: { role: 'unit_head', unitId: p.communeB.id, includeSubtree: true },
    });
    expect(res.statusCode).toBe(404);
    const b = await makeUser(env, 'focal_officer', p.communeB.id);
    expect(
      (await env.app.inject({ method: 'GET', url: `/api/v1/users/${b.id}`, headers: communeAdmin.headers }))
        .statusCode,
    ).toBe(404);
    const list = json(
      await env.app.inject({
        method: 'GET',
        url: `/api/v1/users?pageSize=500`,
        headers: communeAdmin.headers,
      }),
    );
    expect(list.items.some((x: { id: number }) => x.id === b.id)).toBe(false);
  });

  it('finds every change in the audit trail, filters it, and exports it as .xlsx', async () => {
    const unitId = p.communeC.id;
    await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/org/units/${unitId}`,
      headers: admin.headers,
      payload: { shortName: 'Tân Tiến' },
    });
    const res = json(
      await env.app.inject({
        method: 'GET',
        url: `/api/v1/audit?unitId=${unitId}&entity=org_unit&action=update`,
        headers: admin.headers,
      }),
    );
    expect(res.total).toBe(1);
    expect(res.items[0].before.shortName).toBeNull();
    expect(res.items[0].after.shortName).toBe('Tân Tiến');
    expect(res.items[0].requestId).toBeTruthy();
    const xlsx = await env.app.inject({
      method: 'GET',
      url: `/api/v1/audit/export.xlsx?unitId=${unitId}`,
      headers: admin.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const cells: string[] = [];
    wb.worksheets[0].eachRow((r) => r.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain('Thao tác');
    expect(cells).toContain('Cập nhật'); // the action in Vietnamese, no raw code
    expect(cells.some((c) => c.includes('Tân Tiến'))).toBe(true);
    // no password hash ever reaches the audit trail
    const all = await env.database.query<{ after: unknown }>(
      `select after from audit_log where entity = 'user'`,
    );
    expect(JSON.stringify(all)).not.toMatch(/argon2/);
  });
});
