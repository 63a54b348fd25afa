import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { TestEnv } from '../../../test/harness.ts';
import { filesWorld, uploadToUnit } from './files.test-helpers.ts';
import { json, type Province, type TestUser } from '../../../test/factories.ts';

let env: TestEnv, p: Province, admin: TestUser, reader: TestUser;

beforeAll(async () => {
  ({ env, p, admin, reader } = await filesWorld());
});

const upload = (u: TestUser, entityId: number, name: string, content: Buffer) =>
  uploadToUnit(env, u, entityId, name, content, { type: 'application/pdf' });

const PDF = Buffer.from('%PDF-1.7\n% Quyết định thành lập\n%%EOF\n');

describe('evidence files', () => {
  it('stores an allowed file with a server-side name and its sha256, and serves it back', async () => {
    const res = await upload(admin, p.communeA.id, 'Quyết định số 12.pdf', PDF);
    expect(res.statusCode).toBe(201);
    const f = json(res);
    expect(f.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(f.mime).toBe('application/pdf');
    expect(f.originalName).toBe('Quyết định số 12.pdf');
    const [row] = await env.database.query<{ stored_name: string }>(
      'select stored_name from files where id = $1',
      [f.id],
    );
    expect(row.stored_name).not.toContain('Quyết');
    expect(row.stored_name).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/);
    const dl = await env.app.inject({
      method: 'GET',
      url: `/api/v1/files/${f.id}/content`,
      headers: reader.headers,
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect(String(dl.headers['content-disposition'])).toContain("filename*=UTF-8''Quy%E1%BA%BFt");
    const list = json(
      await env.app.inject({
        method: 'GET',
        url: `/api/v1/files?entity=org_unit&entityId=${p.communeA.id}`,
        headers: reader.headers,
      }),
    );
    expect(list.items.map((x: { id: number }) => x.id)).toContain(f.id);
  });

  it('judges the type by content: an executable named .pdf is refused and nothing is stored', async () => {
    const before = await env.database.query<{ n: number }>('select count(*)::int n from files');
    const res = await upload(
      admin,
      p.communeA.id,
      'bao-cao.pdf',
      Buffer.from('MZ\x90\x00\x03 this is not a pdf'),
    );
    expect(res.statusCode).toBe(415);
    expect(json(res).code).toBe('file_type_not_allowed');
    const after = await env.database.query<{ n: number }>('select count(*)::int n from files');
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a file over the size limit with a Vietnamese message', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(env.config.maxUploadBytes + 10, 0x20)]);
    const res = await upload(admin, p.communeA.id, 'lon.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(json(res).detail).toMatch(/vượt quá dung lượng/);
  });

  it('authorises by the record: out of scope reads as not found, a reader cannot attach or delete', async () => {
    const f = json(await upload(admin, p.communeB.id, 'khac.pdf', PDF));
    expect(
      (await env.app.inject({ method: 'GET', url: `/api/v1/files/${f.id}/content`, headers: reader.headers }))
        .statusCode,
    ).toBe(404);
    expect((await upload(reader, p.communeA.id, 'x.pdf', PDF)).statusCode).toBe(403);
    const malformed = await env.app.inject({
      method: 'GET',
      url: '/api/v1/files?entity=org_unit&entityId=abc',
      headers: admin.headers,
    });
    // a malformed id is refused by the shared id parser (issue 7, item 4), never a 5xx
    expect(malformed.statusCode).toBe(400);
    expect(
      (await env.app.inject({ method: 'DELETE', url: `/api/v1/files/${f.id}`, headers: reader.headers }))
        .statusCode,
    ).toBe(404);
    expect(
      (await env.app.inject({ method: 'DELETE', url: `/api/v1/files/${f.id}`, headers: admin.headers }))
        .statusCode,
    ).toBe(204);
    expect(
      (await env.app.inject({ method: 'GET', url: `/api/v1/files/${f.id}/content`, headers: admin.headers }))
        .statusCode,
    ).toBe(404);
    const audit = await env.database.query<{ action: string }>(
      `select action from audit_log where entity = 'file' and entity_id = $1 order by id`,
      [String(f.id)],
    );
    expect(audit.map((a) => a.action)).toEqual(['upload', 'delete']);
  });
});
