/**
 * The citizens' portal is its own page of the web app (apps/web/cong-dan.html, its own small bundle):
 * /cong-dan and every address under it answer that page, with the same security headers and CSP as
 * the staff app; every other page address still answers the staff app's index.html.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { testEnv, type TestEnv } from './harness.ts';

let env: TestEnv;
let web: FastifyInstance;
const dist = mkdtempSync(path.join(tmpdir(), 'danvan-web-portal-'));
const STAFF =
  '<!doctype html><title>Dân vận</title><div id="root"></div><script src="/assets/index-1.js"></script>';
const PORTAL =
  '<!doctype html><title>Cổng công dân</title><div id="root"></div><script src="/assets/portal-1.js"></script>';

beforeAll(async () => {
  env = await testEnv();
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), STAFF);
  writeFileSync(path.join(dist, 'cong-dan.html'), PORTAL);
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

describe('the portal page', () => {
  it('answers /cong-dan and the addresses under it with the portal page and its CSP', async () => {
    for (const url of ['/cong-dan', '/cong-dan/', '/cong-dan/tra-cuu', '/cong-dan/lich-tiep?q=bien+hoa']) {
      const res = await web.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(PORTAL);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('keeps every other page address on the staff app', async () => {
    for (const url of ['/', '/don-thu/12', '/cong-danh', '/login']) {
      const res = await web.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(STAFF);
    }
  });
});
