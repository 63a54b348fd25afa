/**
 * The OpenAPI document (issue 14, item 1): what other government systems integrate through. Every
 * operation is named, typed and documents its errors; the client types generated from it are the
 * checked-in ones; and a typed client (openapi-fetch over those types) logs in and lists units, so a
 * document that no longer describes the server fails here. Redocly's lint runs in `npm run verify`.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import createClient from 'openapi-fetch';
import type { FastifyInstance } from 'fastify';
import { clientTypes, TYPES_FILE } from '../src/cli/openapi-types.ts';
import { hashPassword } from '../src/core/passwords.ts';
import { answerSchemas, OPERATION_ID, route } from '../src/core/route.ts';
import { roleAssignments, users } from '../src/db/schema/users.ts';
import { makeProvince, uid, type Province } from './factories.ts';
import { testEnv, type TestEnv } from './harness.ts';
import type { paths } from './openapi.types.ts';

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, { format?: string }> } }> };
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string; description?: string }[];
  components: {
    schemas: Record<string, unknown>;
    responses: Record<string, { content: Record<string, unknown> }>;
  };
}

let env: TestEnv;
let doc: Doc;
let ops: { method: string; path: string; op: Operation }[];

beforeAll(async () => {
  env = await testEnv();
  doc = env.app.swagger() as unknown as Doc;
  ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
}, 120_000);

describe('the OpenAPI document', () => {
  it('names every operation once, camelCase verb + noun', () => {
    expect(ops.length).toBeGreaterThan(100);
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.filter((id) => !id || !OPERATION_ID.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('types the success answer of every operation (JSON schema, a file, or 204)', () => {
    const untyped = ops.filter(({ op }) => {
      const ok = Object.entries(op.responses).filter(([s]) => s.startsWith('2'));
      return !ok.length || ok.some(([s, r]) => s !== '204' && !r.content);
    });
    expect(untyped.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it('documents the errors as application/problem+json with the one Problem schema', () => {
    const without = ops.filter(
      ({ op }) =>
        !op.responses['400']?.$ref ||
        !op.responses['5XX']?.$ref ||
        Object.entries(op.responses).some(([s, r]) => /^[45]/.test(s) && s !== '503' && !r.$ref),
    );
    expect(without.map((o) => `${o.method} ${o.path}`)).toEqual([]);
    for (const r of Object.values(doc.components.responses))
      expect(r.content['application/problem+json']).toEqual({
        schema: { $ref: '#/components/schemas/Problem' },
      });
    // the recursive outline of a report template is a named component, not a dangling schema0
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Problem', 'TemplateSectionInput', 'TemplateSectionView']),
    );
    expect(JSON.stringify(doc)).not.toMatch(/#\/components\/schemas\/schema\d/);
  });

  it('marks public routes with security: [] and declares every tag', () => {
    const open = ops.filter((o) => Array.isArray(o.op.security) && o.op.security.length === 0);
    expect(open.map((o) => `${o.method} ${o.path}`).sort()).toEqual(
      [
        'GET /api/v1/meta',
        'GET /healthz',
        'GET /readyz',
        'POST /api/v1/auth/login',
        // the public portal (modules/portal): no account
        'GET /api/v1/public/portal',
        'GET /api/v1/public/sections/{key}',
        'GET /api/v1/public/sections/{key}/{id}',
        'GET /api/v1/public/schedules',
        'GET /api/v1/public/units',
        'GET /api/v1/public/terms',
        'GET /api/v1/public/challenge',
        'POST /api/v1/public/submissions',
        'POST /api/v1/public/submissions/files',
        'POST /api/v1/public/lookup',
        'POST /api/v1/public/lookup/rating',
        'POST /api/v1/public/ratings',
        'GET /api/v1/public/answers',
        'GET /api/v1/public/answers/{id}',
        // answers (modules/answers): a consultation and its comments, no account (published answers: the portal's)
        'GET /api/v1/answers/public/consultations/{id}',
        'POST /api/v1/answers/public/consultations/{id}/comments',
        'POST /api/v1/answers/public/comments/{id}/report',
      ].sort(),
    );
    const declared = new Map(doc.tags.map((t) => [t.name, t.description]));
    const used = [...new Set(ops.flatMap((o) => o.op.tags ?? []))];
    expect(used.filter((t) => !declared.get(t))).toEqual([]);
  });

  it('describes uploads as multipart/form-data with a binary file', () => {
    const uploads = ops.filter((o) => o.op.requestBody?.content['multipart/form-data']);
    expect(uploads.map((o) => o.op.operationId).sort()).toEqual(
      [
        'attachPortalFile',
        'importPetitions',
        'importPlanTasks',
        'importTrainingAttendance',
        'importUnits',
        'uploadFile',
      ].sort(),
    );
    for (const u of uploads)
      expect(u.op.requestBody!.content['multipart/form-data'].schema.properties!.file.format).toBe('binary');
  });

  it('answers through schemas that can encode: no one-way transform (an input parser) inside', () => {
    const found: string[] = [];
    for (const [id, schema] of answerSchemas) {
      const at = oneWayTransform(schema, id, new Set());
      if (at) found.push(at);
    }
    expect(answerSchemas.size).toBeGreaterThan(80);
    expect(found).toEqual([]);
  });

  it('route() refuses a route without a proper or with a repeated operationId', async () => {
    const Fastify = (await import('fastify')).default;
    const app = Fastify();
    const def = (operationId: string, url: string) => ({
      method: 'GET' as const,
      url,
      access: 'public' as const,
      operationId,
      summary: 'thử',
      response: null,
      handler: async () => {},
    });
    expect(() => route(app, def('Units', '/a'))).toThrow(/camelCase/);
    expect(() => route(app, def('list_units', '/b'))).toThrow(/camelCase/);
    route(app, def('listThings', '/c'));
    expect(() => route(app, def('listThings', '/d'))).toThrow(/already used/);
    await app.close();
  });

  it('generates the checked-in client types (npm run openapi:types after a change)', async () => {
    const generated = (await clientTypes(doc)).split('\n');
    const kept = readFileSync(TYPES_FILE, 'utf8').split('\n');
    const at = generated.findIndex((line, i) => line !== kept[i]);
    const where = at < 0 && generated.length === kept.length ? null : `line ${at + 1}: ${generated[at]}`;
    expect(where, 'test/openapi.types.ts is stale: run `npm run openapi:types`').toBeNull();
  }, 120_000);
});

interface Def {
  type: string;
  [k: string]: unknown;
}
/** The path to the first transform in a schema (which zod cannot run backwards to encode), or null. */
function oneWayTransform(s: z.ZodType, path: string, seen: Set<unknown>): string | null {
  if (seen.has(s)) return null;
  seen.add(s);
  const d = (s as unknown as { _zod: { def: Def } })._zod.def;
  if (d.type === 'transform') return path;
  const inner = (k: string) => d[k] as z.ZodType;
  const kids: [string, z.ZodType][] =
    d.type === 'object'
      ? Object.entries(d.shape as Record<string, z.ZodType>).map(([k, v]) => [`${path}.${k}`, v])
      : d.type === 'array'
        ? [[`${path}[]`, inner('element')]]
        : d.type === 'record'
          ? [[`${path}{}`, inner('valueType')]]
          : d.type === 'union'
            ? (d.options as z.ZodType[]).map((o, i) => [`${path}|${i}`, o])
            : d.type === 'pipe'
              ? [
                  [path, inner('in')],
                  [path, inner('out')],
                ]
              : d.type === 'lazy'
                ? [[path, (d.getter as () => z.ZodType)()]]
                : 'innerType' in d
                  ? [[path, inner('innerType')]]
                  : [];
  for (const [p, k] of kids) {
    const at = oneWayTransform(k, p, seen);
    if (at) return at;
  }
  return null;
}

/** openapi-fetch's fetch, answered by the app in process; the session cookie is kept between calls. */
function injectFetch(app: FastifyInstance) {
  let cookie = '';
  return async (input: Request): Promise<Response> => {
    const url = new URL(input.url);
    const body = input.body ? Buffer.from(await input.arrayBuffer()) : undefined;
    const headers = Object.fromEntries(input.headers.entries());
    if (cookie) headers.cookie = cookie;
    const res = await app.inject({
      method: input.method as 'GET',
      url: url.pathname + url.search,
      headers,
      ...(body ? { payload: body } : {}),
    });
    const set = res.headers['set-cookie'];
    const first = Array.isArray(set) ? set[0] : set;
    if (first) cookie = first.split(';')[0];
    return new Response(res.statusCode === 204 ? null : res.rawPayload, {
      status: res.statusCode,
      headers: Object.entries(res.headers).flatMap(([k, v]) =>
        v === undefined ? [] : [...[v].flat()].map((x) => [k, String(x)] as [string, string]),
      ),
    });
  };
}

describe('a typed client generated from the document', () => {
  let p: Province;
  const username = `openapi_${uid()}`.toLowerCase();
  const password = 'Mật-khẩu-đủ-dài-2026';

  beforeAll(async () => {
    p = await makeProvince(env);
    const [u] = await env.database.db
      .insert(users)
      .values({ username, fullName: 'Cán bộ tích hợp', passwordHash: await hashPassword(password) })
      .returning();
    await env.database.db
      .insert(roleAssignments)
      .values({ userId: u.id, role: 'coordinator', unitId: p.root.id, includeSubtree: true });
  }, 120_000);

  it('logs in, lists the units of its province and reads an error as a Problem', async () => {
    const api = createClient<paths>({ baseUrl: 'http://danvan.test', fetch: injectFetch(env.app) });

    const login = await api.POST('/api/v1/auth/login', { body: { username, password } });
    expect(login.error).toBeUndefined();
    expect(login.data?.fullName).toBe('Cán bộ tích hợp');
    expect(login.data?.activeUnit?.id).toBe(p.root.id);

    const units = await api.GET('/api/v1/org/units', {
      params: { query: { parentId: p.root.id, page: 1, pageSize: 20 } },
    });
    expect(units.error).toBeUndefined();
    // typed: items are OrgUnit, with their Vietnamese names
    const names = (units.data?.items ?? []).map((u) => u.name);
    expect(names).toContain(p.communeA.name);
    expect(units.data?.total).toBe(5);

    const missing = await api.GET('/api/v1/org/units/{id}', { params: { path: { id: 2_000_000_000 } } });
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.error?.code).toBe('not_found');
  });
});
