import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testEnv, type TestEnv } from '../../../../test/harness.ts';
import { json, makeProvince, sys, type Province } from '../../../../test/factories.ts';
import * as users from '../../users/index.ts';
import { IDLE_TIMEOUT_MS } from '../../../core/sessions.ts';
import {
  forgetSession,
  isUnknownToken,
  LAST_SEEN_FLUSH_MS,
  readOnce,
  SESSION_CACHE_TTL_MS,
} from '../../../core/session-cache.ts';

// The request path's session cache and batched last-seen (core/session-cache.ts): a change made on
// this instance counts on the very next request; one made behind its back (another instance) within
// the cache's few seconds.

let env: TestEnv;
let p: Province;

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
});
afterAll(() => env?.clock.reset());

let ipSeq = 1;
async function newUser(role: 'focal_officer' | 'admin' = 'focal_officer') {
  const username = `sc_${p.suffix}_${Math.random().toString(36).slice(2, 7)}`.toLowerCase();
  const u = await users.createUser(sys(env), {
    username,
    fullName: 'Trần Thị Phiên',
    password: 'MatKhau@2026',
  });
  await users.grantRole(sys(env), u.id, role, p.communeA.id);
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: `127.40.${ipSeq >> 8}.${ipSeq++ & 255}`,
    payload: { username, password: 'MatKhau@2026' },
  });
  expect(res.statusCode).toBe(200);
  return { ...u, username, cookie: res.cookies[0].value };
}
const me = (cookie: string) =>
  env.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { dv_sid: cookie } });
const sessionRow = async (cookie: string) => {
  const { createHash } = await import('node:crypto');
  const [r] = await env.database.query<{ id: number; last_seen_at: Date; revoked_at: Date | null }>(
    'select id, last_seen_at, revoked_at from sessions where token_hash = $1',
    [createHash('sha256').update(cookie).digest('hex')],
  );
  return { ...r, last_seen_at: new Date(r.last_seen_at) };
};

describe('the session cache', () => {
  it('refuses a session logged out on this instance on the very next request', async () => {
    const u = await newUser();
    expect((await me(u.cookie)).statusCode).toBe(200);
    expect((await me(u.cookie)).statusCode).toBe(200); // now in the cache
    const out = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { dv_sid: u.cookie },
    });
    expect(out.statusCode).toBeLessThan(300);
    expect((await me(u.cookie)).statusCode).toBe(401);
  });

  it('refuses the sessions of an account whose password an administrator reset, at once', async () => {
    const u = await newUser();
    const admin = await newUser('admin');
    expect((await me(u.cookie)).statusCode).toBe(200);
    const reset = await env.app.inject({
      method: 'POST',
      url: `/api/v1/users/${u.id}/password`,
      cookies: { dv_sid: admin.cookie },
      payload: { password: 'MatKhauKhac@2026' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await me(u.cookie)).statusCode).toBe(401);
  });

  it('gives a role granted or removed on this instance on the next request', async () => {
    const u = await newUser();
    const admin = await newUser('admin');
    expect(json(await me(u.cookie)).permissions).not.toContain('users:write');
    const grant = await env.app.inject({
      method: 'POST',
      url: `/api/v1/users/${u.id}/assignments`,
      cookies: { dv_sid: admin.cookie },
      payload: { role: 'admin', unitId: p.communeA.id },
    });
    expect(grant.statusCode).toBe(200);
    const after = json(await me(u.cookie));
    expect(after.permissions).toContain('users:write');
    const granted = after.assignments.find((a: { role: string }) => a.role === 'admin');
    expect(granted).toBeDefined();
    const removed = await env.app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${u.id}/assignments/${granted.id}`,
      cookies: { dv_sid: admin.cookie },
    });
    expect(removed.statusCode).toBeLessThan(300);
    expect(json(await me(u.cookie)).permissions).not.toContain('users:write');
  });

  it('sees a revocation made behind its back (another instance) within the cache’s lifetime', async () => {
    const u = await newUser();
    // a user's sessions are not kept for the cache's lifetime after a change to the user (here: the
    // role given at creation), lest a read that raced the change be kept
    await new Promise((r) => setTimeout(r, SESSION_CACHE_TTL_MS + 200));
    expect((await me(u.cookie)).statusCode).toBe(200);
    const s = await sessionRow(u.cookie);
    await env.database.query('update sessions set revoked_at = now() where id = $1', [s.id]);
    // this instance still holds the session it read: the cache answers without the database
    expect((await me(u.cookie)).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, SESSION_CACHE_TTL_MS + 200));
    expect((await me(u.cookie)).statusCode).toBe(401);
  });
});

describe('last seen, written in batches', () => {
  it('writes the time of the request within the flush interval', async () => {
    const t0 = new Date(Date.now() + 60 * 60_000); // an hour ahead: later than any time already written
    env.clock.set(t0);
    const u = await newUser();
    const t1 = new Date(t0.getTime() + 5 * 60_000);
    env.clock.set(t1);
    const sent = performance.now();
    expect((await me(u.cookie)).statusCode).toBe(200);
    await vi.waitFor(
      async () => expect((await sessionRow(u.cookie)).last_seen_at.toISOString()).toBe(t1.toISOString()),
      { timeout: LAST_SEEN_FLUSH_MS + 2_000, interval: 100 },
    );
    expect(performance.now() - sent).toBeLessThan(LAST_SEEN_FLUSH_MS + 2_000);
    env.clock.reset();
  });

  it('keeps the idle timeout: a time noted and not yet written counts, 30 minutes without one ends it', async () => {
    const t0 = new Date(Date.now() + 3 * 60 * 60_000);
    env.clock.set(t0);
    const u = await newUser();
    const { id } = await sessionRow(u.cookie);
    // activity 29 minutes in: noted in memory
    env.clock.set(new Date(t0.getTime() + IDLE_TIMEOUT_MS - 60_000));
    expect((await me(u.cookie)).statusCode).toBe(200);
    // the session is read again from the database (the cache forgot it) before any flush wrote the
    // time: 50 minutes after the login, 21 after the last activity, it is alive
    forgetSession(id);
    env.clock.set(new Date(t0.getTime() + 50 * 60_000));
    expect((await me(u.cookie)).statusCode).toBe(200);
    // 31 minutes after that, without a request, it has ended
    env.clock.set(new Date(t0.getTime() + 81 * 60_000));
    const expired = await me(u.cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.headers['x-session-expired']).toBe('1');
    expect((await sessionRow(u.cookie)).revoked_at).not.toBeNull();
    env.clock.reset();
  });
});

describe('one read of a session at a time', () => {
  const entry = (sessionId: number) =>
    ({ sessionId, userId: 1, active: true, revoked: false, readAt: performance.now() }) as never;

  it('requests with the same cookie that arrive while it is read wait for that read', async () => {
    let reads = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const read = async () => {
      reads++;
      await gate;
      return entry(101);
    };
    const waiting = Array.from({ length: 8 }, () => readOnce('token-a', read));
    release();
    const got = await Promise.all(waiting);
    expect(reads).toBe(1);
    expect(new Set(got).size).toBe(1);
    // once it has ended, the next miss reads again
    await readOnce('token-a', read);
    expect(reads).toBe(2);
  });

  it('a request that starts after a logout does not join a read that began before it', async () => {
    let reads = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const read = async () => {
      reads++;
      await gate;
      return entry(102);
    };
    const before = readOnce('token-b', read);
    forgetSession(102);
    const after = readOnce('token-b', read);
    release();
    await Promise.all([before, after]);
    expect(reads).toBe(2);
  });

  it('ten parallel calls of a page with a new session all see the user', async () => {
    const u = await newUser();
    const all = await Promise.all(Array.from({ length: 10 }, () => me(u.cookie)));
    expect(all.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(new Set(all.map((r) => (r.json() as { username: string }).username))).toEqual(
      new Set([u.username]),
    );
  });

  it('/auth/me, kept with its cached session, shows the unit switched to on the very next request', async () => {
    const u = await newUser();
    await users.grantRole(sys(env), u.id, 'focal_officer', p.communeB.id);
    // a grant keeps the user's reads out of the cache for a while: wait it out, so the cache answers
    await new Promise((r) => setTimeout(r, SESSION_CACHE_TTL_MS + 100));
    const first = await me(u.cookie);
    const again = await me(u.cookie); // from the session cache: the same answer, kept
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    const before = json(first);
    const other = (before.assignments as { id: number; unitId: number }[]).find(
      (a) => a.id !== before.activeAssignmentId,
    )!;
    const sw = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/switch-unit',
      cookies: { dv_sid: u.cookie },
      payload: { assignmentId: other.id },
    });
    expect(sw.statusCode).toBe(200);
    const after = json(await me(u.cookie));
    expect(after.activeAssignmentId).toBe(other.id);
    expect(after.activeUnit.id).toBe(p.communeB.id);
  });

  it('/auth/me without a cookie is the 401 problem, and so is a cookie that names no session', async () => {
    const none = await env.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(json(none)).toMatchObject({ status: 401, code: 'unauthenticated', detail: 'Vui lòng đăng nhập.' });
    const unknown = await me('khong-phai-phien-nao');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.headers['set-cookie']).toBeDefined(); // the stale cookie is cleared
  });

  it('a dead cookie sent again is refused from memory: unknown, or a session logged out', async () => {
    const { createHash } = await import('node:crypto');
    const hashOf = (c: string) => createHash('sha256').update(c).digest('hex');
    const dead = `phien-da-het-${Math.random().toString(36).slice(2)}`;
    expect(isUnknownToken(hashOf(dead))).toBe(false);
    expect((await me(dead)).statusCode).toBe(401);
    expect(isUnknownToken(hashOf(dead))).toBe(true);
    const again = await me(dead);
    expect(again.statusCode).toBe(401);
    expect(json(again)).toMatchObject({ code: 'unauthenticated' });
    // a live session is never taken for a dead one; once logged out, it is
    const u = await newUser();
    expect((await me(u.cookie)).statusCode).toBe(200);
    expect(isUnknownToken(hashOf(u.cookie))).toBe(false);
    await env.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { dv_sid: u.cookie } });
    expect((await me(u.cookie)).statusCode).toBe(401);
    expect(isUnknownToken(hashOf(u.cookie))).toBe(true);
    expect((await me(u.cookie)).statusCode).toBe(401);
  });
});
