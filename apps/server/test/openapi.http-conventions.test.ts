/**
 * HTTP conventions (issue 14, item 6): compressed answers, hashed assets cached as immutable, the
 * request id echoed, the IETF RateLimit fields instead of x-ratelimit-*, and favicon.ico, robots.txt
 * and HEAD / answered instead of 404.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { makeProvince, makeUser, type Province, type TestUser } from './factories.ts';
import { testEnv, type TestEnv } from './harness.ts';

let env: TestEnv;
let p: Province;
let admin: TestUser;
let web: FastifyInstance;
const dist = mkdtempSync(path.join(tmpdir(), 'danvan-web-'));

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  admin = await makeUser(env, 'admin', p.root.id);
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Dân vận</title><div id="root"></div>');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    path.join(dist, 'assets', 'index-3f9a1c2b.js'),
    `console.log(${JSON.stringify('x'.repeat(4000))});`,
  );
  web = await buildApp({
    database: env.database,
    config: { ...env.config, WEB_DIST: dist },
    clock: env.clock,
  });
  await web.ready();
}, 120_000);

afterAll(async () => {
  await web?.close();
});

describe('HTTP conventions', () => {
  it('echoes the request id: its own, or the caller’s when it is a plain token', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/org/units', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await env.app.inject({
      method: 'GET',
      url: '/api/v1/org/units/2000000000',
      headers: { ...admin.headers, 'x-request-id': 'he-thong-khac.7f3a9c' },
    });
    expect(given.statusCode).toBe(404);
    expect(given.headers['x-request-id']).toBe('he-thong-khac.7f3a9c');
    expect(JSON.parse(given.body).requestId).toBe('he-thong-khac.7f3a9c');
    const bad = await env.app.inject({
      method: 'GET',
      url: '/api/v1/meta',
      headers: { 'x-request-id': 'xấu <script>' },
    });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('compresses JSON answers for a client that accepts gzip', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/v1/org/units?parentId=${p.root.id}`,
      headers: { ...admin.headers, 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.rawPayload).toString('utf8')).total).toBe(5);
    const plain = await env.app.inject({ method: 'GET', url: '/api/v1/org/units', headers: admin.headers });
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('says the login limit in the IETF RateLimit fields, not x-ratelimit-*', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '203.0.113.77',
      payload: { username: 'khong-co-ai', password: 'sai-mat-khau' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['ratelimit-limit']).toBe('20');
    expect(Number(res.headers['ratelimit-remaining'])).toBe(19);
    expect(res.headers['ratelimit-reset']).toBeDefined();
    expect(Object.keys(res.headers).filter((h) => h.startsWith('x-ratelimit'))).toEqual([]);
  });

  it('answers robots.txt and favicon.ico, and HEAD / like GET /', async () => {
    const robots = await web.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.body).toContain('Disallow: /');
    const icon = await web.inject({ method: 'GET', url: '/favicon.ico' });
    expect(icon.statusCode).toBe(301);
    expect(icon.headers.location).toBe('/favicon.svg');
    const head = await web.inject({ method: 'HEAD', url: '/' });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toMatch(/^text\/html/);
    const page = await web.inject({ method: 'GET', url: '/ke-hoach' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year as immutable, the rest for an hour', async () => {
    const asset = await web.inject({ method: 'GET', url: '/assets/index-3f9a1c2b.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const svg = await web.inject({ method: 'GET', url: '/favicon.svg' });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['cache-control']).toBe('public, max-age=3600');
    const zipped = await web.inject({
      method: 'GET',
      url: '/assets/index-3f9a1c2b.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(zipped.headers['content-encoding']).toBe('br');
  });
});
