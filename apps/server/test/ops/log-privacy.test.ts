import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { redactUrl, serializeError } from '../../src/core/logger.ts';
import { testEnv } from '../harness.ts';

// The server's log carries no personal data: a failing query is logged by its code and message (no
// SQL text, no parameters, no "Failing row contains (…)"), search terms and contacts in URLs are
// replaced, and every line is one JSON object. Canary values are sent in and searched for in the log.

const CANARY_NAME = 'Nguyễn Thị Canary';
const CANARY_PHONE = '0987654321';
const CANARY_EMAIL = 'canary.nguoidan@example.vn';
const CANARY_NOTE = 'Đã gặp ông Canary, SĐT 0987 654 321';
const CANARIES = ['Canary', CANARY_PHONE, '0987 654 321', 'canary.nguoidan', 'Nguy%E1%BB%85n'];

describe('no personal data in the log', () => {
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    const env = await testEnv();
    app = await buildApp({
      database: env.database,
      config: { ...env.config, LOG_LEVEL: 'info' },
      logger: true,
      logStream: { write: (chunk: string) => void lines.push(...chunk.split('\n').filter(Boolean)) },
    });
    // two queries that fail the way a verb's UPDATE/INSERT can, carrying what a user typed
    app.post('/__test/update-fails', async () => {
      await env.database.db.execute(
        sql`update org_units set name = ${CANARY_NOTE} where id = ${CANARY_NAME + ' ' + CANARY_PHONE}`,
      );
      return {};
    });
    app.post('/__test/insert-fails', async () => {
      await env.database.db.execute(
        sql`insert into org_units (code, name) values (${CANARY_EMAIL}, ${CANARY_NOTE})`,
      );
      return {};
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a failing query, a search and a contact in a URL leave no canary in the log; every line is JSON', async () => {
    expect((await app.inject({ method: 'POST', url: '/__test/update-fails' })).statusCode).toBe(500);
    expect((await app.inject({ method: 'POST', url: '/__test/insert-fails' })).statusCode).toBe(500);
    const q = encodeURIComponent(CANARY_NAME);
    await app.inject({ method: 'GET', url: `/api/v1/users?q=${q}&page=1` });
    await app.inject({ method: 'GET', url: `/api/v1/org/units?search=${encodeURIComponent(CANARY_EMAIL)}` });
    await app.inject({
      method: 'GET',
      url: `/api/v1/audit?contact=${CANARY_PHONE}&x=${encodeURIComponent(CANARY_EMAIL)}`,
    });

    expect(lines.length).toBeGreaterThan(5);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>); // throws on a non-JSON line
    const text = lines.join('\n');
    for (const c of CANARIES) expect(text, `canary ${c} in the log`).not.toContain(c);
    expect(text).not.toMatch(/update org_units|insert into org_units|Failed query|params:|Failing row/i);

    // still useful: the errors keep their SQLSTATE and the request its route and method
    const errors = parsed.filter((p) => p.level === 50);
    const codes = errors.map((e) => JSON.stringify(e.err)).join(' ');
    expect(codes).toContain('"code":"22P02"');
    expect(codes).toContain('"code":"23502"');
    const urls = parsed.map((p) => (p.req as { url?: string } | undefined)?.url).filter(Boolean);
    expect(urls).toContain('/api/v1/users?q=[đã ẩn]&page=1');
  });

  it('the URL and error redaction keep what is not personal', () => {
    expect(redactUrl('/api/v1/plans?page=2&status=issued')).toBe('/api/v1/plans?page=2&status=issued');
    expect(redactUrl(`/api/v1/users?fullName=${encodeURIComponent(CANARY_NAME)}`)).toBe(
      '/api/v1/users?fullName=[đã ẩn]',
    );
    const e = serializeError(Object.assign(new Error(`lỗi gửi tới ${CANARY_EMAIL}`), { code: 'EENVELOPE' }));
    expect(e.message).toBe('lỗi gửi tới [email]');
    expect(e.code).toBe('EENVELOPE');
  });
});
