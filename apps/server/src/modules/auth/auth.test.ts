import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, sys, type Province } from '../../../test/factories.ts';
import * as users from '../users/index.ts';
import { IDLE_TIMEOUT_MS, ABSOLUTE_TIMEOUT_MS } from '../../core/sessions.ts';
import { readConfig } from '../../config.ts';
import { buildApp } from '../../app.ts';

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
/** A problem body without its request id, to compare two answers. */
const problemOf = (res: { body: string }) => {
  const { requestId: _id, ...rest } = json(res);
  return rest;
};
const actions = async (userId: number) =>
  (
    await env.database.query<{ action: string }>(
      `select action from audit_log where entity = 'user' and entity_id = $1 order by id`,
      [String(userId)],
    )
  ).map((r) => r.action);
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
    expect(problemOf(a)).toEqual(problemOf(b));
    expect(json(a).detail).toMatch(/^Tên đăng nhập hoặc mật khẩu không đúng\./);
  });

  it('locks the account for 15 minutes after 5 failed logins in a row, counted per account across addresses', async () => {
    const u = await newUser();
    // each attempt comes from another address (see login()): the count is the account's, not the IP's
    for (let i = 0; i < 4; i++) expect((await login(u.username, 'sai')).statusCode).toBe(401);
    const wrong = await login(u.username, 'sai');
    expect(wrong.statusCode).toBe(401);
    const locked = await login(u.username, 'MatKhau@2026');
    // a locked account answers exactly like a wrong password: nothing confirms the password
    expect(locked.statusCode).toBe(401);
    expect(problemOf(locked)).toEqual(problemOf(wrong));
    expect(await actions(u.id)).toEqual([
      'create',
      'login_failed',
      'login_failed',
      'login_failed',
      'login_failed',
      'login_locked',
      'login_refused',
    ]);
    env.clock.set(new Date(Date.now() + 16 * 60_000));
    try {
      expect((await login(u.username, 'MatKhau@2026')).statusCode).toBe(200);
      // the lock has passed and a success clears the count: five more tries before the next lock
      for (let i = 0; i < 4; i++) expect((await login(u.username, 'sai')).statusCode).toBe(401);
      expect((await login(u.username, 'MatKhau@2026')).statusCode).toBe(200);
    } finally {
      env.clock.reset();
    }
  });

  it('answers a locked, a disabled and an unknown account exactly like a wrong password', async () => {
    const wrongUser = await newUser();
    const lockedUser = await newUser();
    const disabledUser = await newUser();
    for (let i = 0; i < 5; i++) await login(lockedUser.username, 'sai');
    await env.database.query('update users set active = false where id = $1', [disabledUser.id]);
    const bodies = [
      await login(wrongUser.username, 'sai'),
      await login(lockedUser.username, 'MatKhau@2026'),
      await login(lockedUser.username, 'sai'),
      await login(disabledUser.username, 'MatKhau@2026'),
      await login(disabledUser.username, 'sai'),
      await login(`khong_co_${p.suffix}`, 'MatKhau@2026'),
    ];
    for (const b of bodies) {
      expect(b.statusCode).toBe(401);
      expect(problemOf(b)).toEqual(problemOf(bodies[0]));
    }
    expect(json(bodies[0]).code).toBe('invalid_credentials');
    // neither the locked nor the disabled account had its password checked, nor a session made
    expect(await actions(lockedUser.id)).not.toContain('login');
    expect((await actions(disabledUser.id)).filter((a) => a === 'login_refused')).toHaveLength(2);
    const [s] = await env.database.query<{ n: number }>(
      'select count(*)::int as n from sessions where user_id = $1',
      [disabledUser.id],
    );
    expect(s.n).toBe(0);
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
    expect(again.statusCode).toBe(401);
    expect(json(again).code).toBe('invalid_credentials');
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

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    // rotating the header must not give a fresh rate-limit budget
    const codes: number[] = [];
    for (let i = 0; i < 21; i++)
      codes.push(
        (
          await env.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            remoteAddress: '127.31.0.1',
            headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
            payload: { username: 'khong_co_ai', password: 'sai' },
          })
        ).statusCode,
      );
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes[20]).toBe(429);
    // and the audit trail records the real peer, not the forged address
    const u = await newUser();
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '127.31.0.2',
      headers: { 'x-forwarded-for': '203.0.113.7' },
      payload: { username: u.username, password: 'MatKhau@2026' },
    });
    expect(res.statusCode).toBe(200);
    const [row] = await env.database.query<{ ip: string }>(
      `select ip from audit_log where entity = 'user' and entity_id = $1 and action = 'login'`,
      [String(u.id)],
    );
    expect(row.ip).toBe('127.31.0.2');
  });

  it('takes the client address from X-Forwarded-For only when the peer is in TRUSTED_PROXIES', async () => {
    const { config } = readConfig({
      DATA_DIR: `/tmp/danvan-test-${process.pid}`,
      DEMO: '0',
      LOG_LEVEL: 'silent',
      TRUSTED_PROXIES: '127.32.0.1, 10.20.0.0/16',
    } as never);
    expect(config!.trustedProxies).toEqual(['127.32.0.1', '10.20.0.0/16']);
    const app = await buildApp({ database: env.database, config: config!, clock: env.clock });
    try {
      const as = async (remoteAddress: string, xff: string) => {
        const u = await newUser();
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress,
          headers: { 'x-forwarded-for': xff },
          payload: { username: u.username, password: 'MatKhau@2026' },
        });
        expect(res.statusCode).toBe(200);
        const [row] = await env.database.query<{ ip: string }>(
          `select ip from audit_log where entity = 'user' and entity_id = $1 and action = 'login'`,
          [String(u.id)],
        );
        return row.ip;
      };
      expect(await as('127.32.0.1', '203.0.113.8')).toBe('203.0.113.8');
      expect(await as('127.32.0.2', '203.0.113.9')).toBe('127.32.0.2');
    } finally {
      await app.close();
    }
  });

  it('checks TRUSTED_PROXIES at start, with a Vietnamese message', () => {
    expect(readConfig({} as never).config!.trustedProxies).toEqual([]);
    const bad = readConfig({ TRUSTED_PROXIES: '10.0.0.1, proxy.local, 10.0.0.0/99' } as never);
    expect(bad.config).toBeUndefined();
    expect(bad.problems.join('\n')).toMatch(/TRUSTED_PROXIES.*proxy\.local.*10\.0\.0\.0\/99/);
    expect(bad.problems.join('\n')).toMatch(/địa chỉ IP/);
  });

  it('switching the working unit is in the audit trail (and switching to the same one is not)', async () => {
    const u = await newUser();
    await users.grantRole(sys(env), u.id, 'admin', p.communeB.id);
    const c = (await login(u.username, 'MatKhau@2026')).cookies[0].value;
    const me = json(await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { dv_sid: c } }));
    const first = me.activeAssignmentId as number;
    const target = (me.assignments as { id: number; unitId: number }[]).find((a) => a.id !== first)!;
    expect(target.unitId).toBe(p.communeB.id);
    const sw = (assignmentId: number) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/switch-unit',
        cookies: { dv_sid: c },
        payload: { assignmentId },
      });
    const res = await sw(target.id);
    expect(res.statusCode).toBe(200);
    expect(json(res).activeUnit.id).toBe(p.communeB.id);
    expect((await sw(target.id)).statusCode).toBe(200);
    const rows = await env.database.query<{ action: string; unit_id: number; before: any; after: any }>(
      `select action, unit_id, before, after from audit_log where entity = 'user' and entity_id = $1 and action = 'switch_unit'`,
      [String(u.id)],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].unit_id).toBe(p.communeB.id);
    expect(rows[0].before).toMatchObject({ assignmentId: first, unitId: p.communeA.id });
    expect(rows[0].after).toMatchObject({ assignmentId: target.id, unitId: p.communeB.id });
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

describe.skipIf(process.env.TEST_DB !== 'postgres')('login under concurrency (PostgreSQL)', () => {
  it('checks at most 5 passwords of one account when 60 wrong ones arrive at once', async () => {
    const u = await newUser();
    const results = await Promise.all(
      Array.from({ length: 60 }, () => login(u.username, `sai-${Math.random()}`)),
    );
    expect(results.every((r) => r.statusCode === 401)).toBe(true);
    const acts = await actions(u.id);
    const checked = acts.filter((a) => a === 'login_failed' || a === 'login_locked');
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(acts).toContain('login_locked');
    // and the account is locked: even the right password is refused now
    expect((await login(u.username, 'MatKhau@2026')).statusCode).toBe(401);
  });
});
