import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, sys, type Province } from '../../../test/factories.ts';
import * as users from '../users/users.service.ts';
import { IDLE_TIMEOUT_MS, ABSOLUTE_TIMEOUT_MS } from '../../core/sessions.ts';

let env: TestEnv;
let p: Province;

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
});

async function newUser(role: 'focal_officer' | 'admin' = 'focal_officer') {
  const username = `dn_${p.suffix}_${Math.random().toString(36).slice(2, 7)}`.toLowerCase();
  const u = await users.createUser(sys(env), {
    username,
    fullName: 'Nguyễn Văn Thử',
    password: 'MatKhau@2026',
  });
  await users.grantRole(sys(env), u.id, role, p.communeA.id);
  return { ...u, username };
}

// Each call from its own loopback address, so this file's many logins do not trip the per-IP limit
// (which has its own test below).
let ipSeq = 1;
const login = (username: string, password: string, remoteAddress = `127.10.${ipSeq >> 8}.${ipSeq++ & 255}`) =>
  env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    payload: { username, password },
  });

describe('login and sessions', () => {
  it('logs in with argon2id, sets an HttpOnly SameSite cookie, and /me shows the assignments', async () => {
    const u = await newUser();
    const res = await login(u.username, 'MatKhau@2026');
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/dv_sid=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const [row] = await env.database.query<{ password_hash: string }>(
      'select password_hash from users where id = $1',
      [u.id],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const me = await env.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      cookies: { dv_sid: res.cookies[0].value },
    });
    expect(json(me).assignments[0].unitId).toBe(p.communeA.id);
    expect(json(me).permissions).toContain('plans:unit-write');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('says the same thing for an unknown user and a wrong password', async () => {
    const u = await newUser();
    const a = await login('khong_co_nguoi_nay', 'x');
    const b = await login(u.username, 'sai');
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(json(a).detail).toBe(json(b).detail);
    expect(json(a).detail).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('locks the account for 15 minutes after 5 failed logins in a row', async () => {
    const u = await newUser();
    for (let i = 0; i < 4; i++) expect((await login(u.username, 'sai')).statusCode).toBe(401);
    const fifth = await login(u.username, 'sai');
    expect(fifth.statusCode).toBe(423);
    expect(json(fifth).code).toBe('account_locked');
    expect((await login(u.username, 'MatKhau@2026')).statusCode).toBe(423);
    env.clock.set(new Date(Date.now() + 16 * 60_000));
    try {
      expect((await login(u.username, 'MatKhau@2026')).statusCode).toBe(200);
    } finally {
      env.clock.reset();
    }
  });

  it('ends a session after 30 minutes idle and after 12 hours in any case', async () => {
    const u = await newUser();
    const t0 = Date.now();
    env.clock.set(new Date(t0));
    try {
      const cookie = (await login(u.username, 'MatKhau@2026')).cookies[0].value;
      const me = () => env.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { dv_sid: cookie } });
      env.clock.set(new Date(t0 + IDLE_TIMEOUT_MS - 60_000));
      expect((await me()).statusCode).toBe(200);
      env.clock.set(new Date(t0 + 2 * IDLE_TIMEOUT_MS - 120_000));
      expect((await me()).statusCode).toBe(200); // activity keeps it alive
      env.clock.set(new Date(t0 + 3 * IDLE_TIMEOUT_MS + 60_000));
      const expired = await me();
      expect(expired.statusCode).toBe(401);
      expect(expired.headers['x-session-expired']).toBe('1');

      const cookie2 = (await login(u.username, 'MatKhau@2026')).cookies[0].value;
      const start = t0 + 3 * IDLE_TIMEOUT_MS + 60_000;
      for (let t = start; t < start + ABSOLUTE_TIMEOUT_MS; t += IDLE_TIMEOUT_MS - 60_000) {
        env.clock.set(new Date(t));
        expect(
          (await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { dv_sid: cookie2 } }))
            .statusCode,
        ).toBe(200);
      }
      env.clock.set(new Date(start + ABSOLUTE_TIMEOUT_MS + 1000));
      expect(
        (await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { dv_sid: cookie2 } }))
          .statusCode,
      ).toBe(401);
    } finally {
      env.clock.reset();
    }
  });

  it('revokes sessions when the account is disabled, and refuses its login', async () => {
    const u = await newUser();
    const admin = await newUser('admin');
    const adminCookie = (await login(admin.username, 'MatKhau@2026')).cookies[0].value;
    const cookie = (await login(u.username, 'MatKhau@2026')).cookies[0].value;
    const dis = await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      cookies: { dv_sid: adminCookie },
      payload: { active: false },
    });
    expect(dis.statusCode).toBe(200);
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { dv_sid: cookie } }))
        .statusCode,
    ).toBe(401);
    const again = await login(u.username, 'MatKhau@2026');
    expect(again.statusCode).toBe(403);
    expect(json(again).code).toBe('account_disabled');
  });

  it('changes the password: checks the current one and the policy, ends other sessions', async () => {
    const u = await newUser();
    const c1 = (await login(u.username, 'MatKhau@2026')).cookies[0].value;
    const c2 = (await login(u.username, 'MatKhau@2026')).cookies[0].value;
    const change = (currentPassword: string, newPassword: string) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        cookies: { dv_sid: c1 },
        payload: { currentPassword, newPassword },
      });
    expect(json(await change('sai', 'MatKhauMoi@2026')).code).toBe('password_wrong');
    const weak = await change('MatKhau@2026', 'aaaaaaaaaaaa');
    expect(weak.statusCode).toBe(400);
    expect(json(weak).code).toBe('password_too_weak');
    expect((await change('MatKhau@2026', 'MatKhauMoi@2026')).statusCode).toBe(200);
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { dv_sid: c1 } })).statusCode,
    ).toBe(200);
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { dv_sid: c2 } })).statusCode,
    ).toBe(401);
    expect((await login(u.username, 'MatKhauMoi@2026')).statusCode).toBe(200);
  });

  it('limits login attempts per address: the 21st in a minute gets 429 with a Vietnamese message', async () => {
    const ip = '127.20.0.1';
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await login('khong_co_ai', 'sai', ip)).statusCode);
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes[20]).toBe(429);
    const res = await login('khong_co_ai', 'sai', ip);
    expect(json(res).code).toBe('rate_limited');
    expect(json(res).detail).toMatch(/thử lại sau/);
    expect((await login('khong_co_ai', 'sai', '127.20.0.2')).statusCode).toBe(401);
  });

  it('refuses a state-changing request from another origin', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { username: 'a', password: 'b' },
    });
    expect(res.statusCode).toBe(403);
    expect(json(res).code).toBe('origin_mismatch');
  });

  it('logs out: the cookie no longer works, and it is in the audit trail', async () => {
    const u = await newUser();
    const c = (await login(u.username, 'MatKhau@2026')).cookies[0].value;
    expect(
      (await env.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { dv_sid: c } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { dv_sid: c } })).statusCode,
    ).toBe(401);
    const rows = await env.database.query<{ action: string }>(
      `select action from audit_log where entity = 'user' and entity_id = $1 order by id`,
      [String(u.id)],
    );
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['create', 'login', 'logout']));
  });
});
