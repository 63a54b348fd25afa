/**
 * The defects the fuzz tier (test/fuzz.spec.ts) found, one test each: loose id parsing, integers
 * beyond int4, NUL bytes, impossible dates, unchecked file owner ids, empty updates, partial updates
 * that reset fields to their defaults, malformed multipart, and framework errors in English.
 */
import { once } from 'node:events';
import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CreateMovement,
  Id,
  IdParam,
  IsoDate,
  PageQuery,
  SaveReport,
  UpdateMovement,
  UpdateOrgUnit,
  UpdateTask,
} from '@danvan/contracts';
import { testEnv, type TestEnv } from './harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from './factories.ts';
import { buildApp } from '../src/app.ts';

let env: TestEnv;
let p: Province;
let admin: TestUser;
let coordinator: TestUser;
let victim: TestUser;

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;
const ENGLISH = /\b(Expected|Invalid input|Required|received|must be)\b/;

function expectVietnameseProblem(
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
) {
  expect(res.statusCode, res.body).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const detail = String(JSON.parse(res.body).detail);
  expect(detail).toMatch(VIETNAMESE);
  expect(detail).not.toMatch(ENGLISH);
  return detail;
}

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  victim = await makeUser(env, 'focal_officer', p.communeA.id);
  admin = await makeUser(env, 'admin', p.root.id);
  coordinator = await makeUser(env, 'coordinator', p.root.id);
});

describe('one id parser', () => {
  it('takes canonical positive int4 ids only, as JSON integers or decimal strings', () => {
    for (const bad of [
      '0x10',
      '1e0',
      ' 22',
      '22 ',
      '22.0',
      '\n1',
      '+5',
      '007',
      '-1',
      '0',
      '',
      '2147483648',
      '１',
      'abc',
    ])
      expect(Id.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    for (const bad of [0, -1, 1.5, 2147483648, Number.NaN, true, null])
      expect(Id.safeParse(bad).success, String(bad)).toBe(false);
    expect(Id.parse('22')).toBe(22);
    expect(Id.parse('2147483647')).toBe(2147483647);
    expect(Id.parse(7)).toBe(7);
    expect(IdParam.parse({ id: '5' })).toEqual({ id: 5 });
  });

  it('refuses /users/%0A1/password instead of resetting the password of user 1', async () => {
    const v = victim.id;
    for (const id of [`%0A${v}`, `0x${v.toString(16)}`, `${v}e0`, `%20${v}`, `${v}.0`, `0${v}`]) {
      const res = await env.app.inject({
        method: 'POST',
        url: `/api/v1/users/${id}/password`,
        headers: admin.headers,
        payload: { password: 'Mật-khẩu-mới-rất-dài-2026' },
      });
      expectVietnameseProblem(res, 400);
    }
    // the victim's session was not revoked by a password reset
    const me = await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: victim.headers });
    expect(me.statusCode).toBe(200);
  });

  it('answers 400, not 500, for an id beyond int4', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/v1/plans/2147483648',
      headers: coordinator.headers,
    });
    expectVietnameseProblem(res, 400);
    const q = await env.app.inject({
      method: 'GET',
      url: '/api/v1/users?unitId=99999999999',
      headers: admin.headers,
    });
    expectVietnameseProblem(q, 400);
  });

  it('refuses non-canonical page numbers in the query string', () => {
    for (const bad of ['1.0', '0x2', ' 2', '1e1', '100001', '0'])
      expect(PageQuery.safeParse({ page: bad }).success, bad).toBe(false);
    expect(PageQuery.parse({ page: '3', pageSize: '20' })).toEqual({ page: 3, pageSize: 20 });
  });

  it('refuses a file owner id that is not canonical (entityId=0x16), so no file is stored under "0x16"', async () => {
    const list = await env.app.inject({
      method: 'GET',
      url: `/api/v1/files?entity=org_unit&entityId=0x${p.communeA.id.toString(16)}`,
      headers: admin.headers,
    });
    expectVietnameseProblem(list, 400);
    for (const entityId of ['abc', `0${p.communeA.id}`, `${p.communeA.id}.0`]) {
      const res = await env.app.inject({
        method: 'GET',
        url: `/api/v1/files?entity=org_unit&entityId=${encodeURIComponent(entityId)}`,
        headers: admin.headers,
      });
      expectVietnameseProblem(res, 400);
    }
  });
});

describe('strings and dates', () => {
  it('refuses a NUL byte anywhere in the request with a Vietnamese 400 (it used to reach PostgreSQL: 500)', async () => {
    const q = await env.app.inject({
      method: 'GET',
      url: '/api/v1/org/units?q=a%00b',
      headers: admin.headers,
    });
    expect(expectVietnameseProblem(q, 400)).toContain('NUL');
    const body = await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/org/units/${p.communeC.id}`,
      headers: admin.headers,
      payload: { name: 'Phường\u0000 Tân Tiến' },
    });
    expect(expectVietnameseProblem(body, 400)).toContain('name');
  });

  it('takes real calendar dates only', async () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-45',
      '2025-02-29',
      '2026-04-31',
      '2026-00-01',
      '1899-12-31',
      '2101-01-01',
    ])
      expect(IsoDate.safeParse(bad).success, bad).toBe(false);
    for (const good of ['2024-02-29', '2026-12-31', '1900-01-01', '2100-12-31'])
      expect(IsoDate.safeParse(good).success, good).toBe(true);
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/v1/org/units/${p.communeC.id}/deactivate`,
      headers: admin.headers,
      payload: { validTo: '2026-02-30', reason: 'Thử ngày không có thật' },
    });
    expect(expectVietnameseProblem(res, 400)).toContain('ngày có thật');
  });
});

describe('updates', () => {
  it('refuses an empty PATCH with a Vietnamese 400 (it gave 500 "No values to set")', async () => {
    for (const payload of [{}, { khongCo: 1 }]) {
      const res = await env.app.inject({
        method: 'PATCH',
        url: `/api/v1/org/units/${p.communeC.id}`,
        headers: admin.headers,
        payload,
      });
      expect(expectVietnameseProblem(res, 400)).toContain('Không có thông tin nào để cập nhật');
    }
    expect(UpdateOrgUnit.safeParse({ name: 'Phường Tân Tiến mới' }).success).toBe(true);
    expect(SaveReport.safeParse({}).success).toBe(false);
    expect(SaveReport.safeParse({ expectedVersion: 3 }).success).toBe(false);
    expect(SaveReport.safeParse({ narratives: {} }).success).toBe(true);
  });

  it('leaves absent fields as they are: a partial update no longer resets them to the create defaults', async () => {
    expect(UpdateTask.parse({ title: 'Nhiệm vụ' })).toEqual({ title: 'Nhiệm vụ' });
    expect(UpdateMovement.parse({ name: 'Phong trào' })).toEqual({ name: 'Phong trào' });
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/v1/plans/movements',
      headers: coordinator.headers,
      payload: {
        unitId: p.root.id,
        code: `pt_${p.suffix.toLowerCase()}`,
        name: 'Phong trào thi đua "Dân vận khéo"',
        kind: 'phong_trao_thi_dua',
        fields: ['Kinh tế', 'Văn hóa'],
        requirements: ['Mỗi xã có ít nhất một mô hình'],
        active: false,
      } satisfies z.input<typeof CreateMovement>,
    });
    expect(created.statusCode, created.body).toBe(200);
    const m = json(created);
    const res = await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/plans/movements/${m.id}`,
      headers: coordinator.headers,
      payload: { name: 'Phong trào thi đua "Dân vận khéo" giai đoạn 2026-2030' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toMatchObject({
      active: false,
      fields: ['Kinh tế', 'Văn hóa'],
      requirements: ['Mỗi xã có ít nhất một mô hình'],
    });
  });
});

describe('malformed requests', () => {
  it('answers a truncated multipart body with a Vietnamese 400, not 500', async () => {
    const b = 'hong';
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/org/import?mode=preview',
      headers: { ...admin.headers, 'content-type': `multipart/form-data; boundary=${b}` },
      payload: Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="file"; filename="don-vi.csv"\r\nContent-Type: text/csv\r\n\r\nma,ten\r\n`,
      ),
    });
    expectVietnameseProblem(res, 400);
  });

  it('maps framework errors to Vietnamese problem+json: bad URL encoding, too long a parameter, bad JSON', async () => {
    const badUrl = await env.app.inject({
      method: 'GET',
      url: '/api/v1/plans/%E0%A4%A',
      headers: coordinator.headers,
    });
    expectVietnameseProblem(badUrl, 400);
    const long = await env.app.inject({
      method: 'GET',
      url: `/api/v1/plans/${'9'.repeat(150)}`,
      headers: coordinator.headers,
    });
    expectVietnameseProblem(long, 414);
    const badJson = await env.app.inject({
      method: 'POST',
      url: '/api/v1/plans',
      headers: { ...coordinator.headers, 'content-type': 'application/json' },
      payload: '{"title":',
    });
    expect(expectVietnameseProblem(badJson, 400)).toContain('JSON');
    const emptyJson = await env.app.inject({
      method: 'POST',
      url: '/api/v1/plans',
      headers: { ...coordinator.headers, 'content-type': 'application/json' },
      payload: '',
    });
    expectVietnameseProblem(emptyJson, 400);
    const wrongType = await env.app.inject({
      method: 'POST',
      url: '/api/v1/plans',
      headers: { ...coordinator.headers, 'content-type': 'application/xml' },
      payload: '<plan/>',
    });
    expectVietnameseProblem(wrongType, 415);
  });

  it('answers an oversized request header (431) in Vietnamese problem+json on a real socket', async () => {
    const app = await buildApp({ database: env.database, config: env.config, clock: env.clock });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const port = (app.server.address() as { port: number }).port;
      const socket = connect(port, '127.0.0.1');
      await once(socket, 'connect');
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.write(
        `GET /api/v1/meta?x=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
      );
      await once(socket, 'close');
      const raw = Buffer.concat(chunks).toString('utf8');
      expect(raw).toMatch(/^HTTP\/1\.1 431 /);
      expect(raw).toMatch(/content-type: application\/problem\+json/i);
      const detail = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).detail as string;
      expect(detail).toMatch(VIETNAMESE);
    } finally {
      await app.close();
    }
  });
});

describe('messages of the new validators', () => {
  it('name what to enter in Vietnamese, not zod\'s English type names ("mong đợi string")', () => {
    const msg = (schema: z.ZodType, v: unknown) => schema.safeParse(v).error!.issues[0].message;
    expect(msg(z.string().max(3), 'abcd')).toBe('Tối đa 3 ký tự');
    expect(msg(z.string(), 5)).toBe('Phải là chuỗi ký tự');
    expect(msg(z.object({ a: z.string() }), {})).toBe('Bắt buộc phải nhập');
    expect(msg(z.array(z.number()).max(1), [1, 2])).toBe('Tối đa 1 mục');
    expect(msg(z.number().min(0), -5)).toBe('Không được nhỏ hơn 0');
    expect(msg(z.enum(['a', 'b']), 'c')).toBe('Giá trị không nằm trong danh sách cho phép');
    for (const [schema, v] of [
      [z.string().max(3), 'abcd'],
      [z.number(), 'x'],
      [z.boolean(), 1],
    ] as const)
      expect(msg(schema, v)).not.toMatch(/string|number|boolean|mong đợi/);
  });

  it('are Vietnamese (no English zod text)', () => {
    const cases: [z.ZodType, unknown][] = [
      [Id, 'abc'],
      [Id, 2147483648],
      [Id, null],
      [IsoDate, '2026-02-30'],
      [IsoDate, 5],
      [PageQuery, { page: '0x1' }],
      [PageQuery, { pageSize: '9999' }],
      [UpdateOrgUnit, {}],
      [SaveReport, {}],
    ];
    for (const [schema, value] of cases) {
      const r = schema.safeParse(value);
      expect(r.success).toBe(false);
      for (const issue of r.error!.issues) {
        expect(issue.message, JSON.stringify(value)).toMatch(VIETNAMESE);
        expect(issue.message).not.toMatch(ENGLISH);
      }
    }
  });
});
