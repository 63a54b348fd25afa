/**
 * Downloads (issue 16, item 8): route() writes the headers of every file download. The name the user
 * saves is exactly the stored one, Vietnamese diacritics included (RFC 6266 / RFC 5987), and no file
 * name, whatever it holds, can add or break a header.
 */
import { Readable } from 'node:stream';
import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestEnv } from '../../../test/harness.ts';
import { filesWorld, uploadToUnit } from './files.test-helpers.ts';
import { json, type Province, type TestUser } from '../../../test/factories.ts';
import { renderNd30Docx } from '../../core/documents/nd30.ts';
import { download, route } from '../../core/route.ts';

let env: TestEnv, p: Province, admin: TestUser, reader: TestUser;

beforeAll(async () => {
  ({ env, p, admin, reader } = await filesWorld());
});

/** Multipart with the name given as RFC 2231 `filename*` so any character reaches the server. */
const upload = (u: TestUser, name: string, content: Buffer) =>
  uploadToUnit(env, u, p.communeA.id, name, content, { prefix: 'fd', encodedName: true });

/** Parses a Content-Disposition strictly by RFC 6266: the type, the quoted fallback, and the RFC 5987 ext-value. */
function parseDisposition(h: string) {
  const m =
    /^(attachment|inline); filename="((?:[\x20-\x21\x23-\x5b\x5d-\x7e])*)"; filename\*=UTF-8''((?:%[0-9A-F]{2}|[A-Za-z0-9!#$&+\-.^_`|~])*)$/.exec(
      h,
    );
  if (!m) return null;
  return { type: m[1], fallback: m[2], name: decodeURIComponent(m[3]) };
}

async function docx() {
  return renderNd30Docx({
    issuer: 'UBND TỈNH',
    numberSymbol: '/BC-UBND',
    place: 'Đồng Nai',
    date: null,
    docType: 'BÁO CÁO',
    subject: 'Công tác dân vận 6 tháng đầu năm',
    blocks: [],
    recipients: [],
    signer: { position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
  });
}

describe('file downloads', () => {
  it('a Vietnamese file name survives the download exactly, with the headers route() sets', async () => {
    const name = 'Báo cáo 6 tháng đầu năm 2026.docx';
    const content = await docx();
    const up = await upload(admin, name, content);
    expect(up.statusCode, up.body).toBe(201);
    expect(json(up).originalName).toBe(name);
    const dl = await env.app.inject({
      method: 'GET',
      url: `/api/v1/files/${json(up).id}/content`,
      headers: reader.headers,
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(content)).toBe(true);
    expect(dl.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(dl.headers['content-length']).toBe(String(content.length));
    expect(dl.headers['cache-control']).toBe('no-store');
    const d = parseDisposition(String(dl.headers['content-disposition']));
    expect(d).toEqual({ type: 'attachment', fallback: 'Bao cao 6 thang dau nam 2026.docx', name });
  });

  it('apostrophes, parentheses and asterisks are percent-encoded as RFC 5987 requires; a PDF opens inline', async () => {
    const name = "Biên bản (bản 2) của 'Tổ' *mới*.pdf";
    const up = await upload(admin, name, Buffer.from('%PDF-1.7\n%%EOF\n'));
    expect(up.statusCode, up.body).toBe(201);
    const dl = await env.app.inject({
      method: 'GET',
      url: `/api/v1/files/${json(up).id}/content`,
      headers: reader.headers,
    });
    expect(dl.statusCode).toBe(200);
    const d = parseDisposition(String(dl.headers['content-disposition']));
    expect(d).toEqual({ type: 'inline', fallback: "Bien ban (ban 2) cua 'To' *moi*.pdf", name });
  });

  it('a stored name holding quotes, CR and LF cannot add or break a header', async () => {
    const up = await upload(admin, 'ten-tam.pdf', Buffer.from('%PDF-1.7\n%%EOF\n'));
    expect(up.statusCode, up.body).toBe(201);
    // a name from before the upload checks (or from an import) may hold anything
    await env.database.query(`update files set original_name = $1 where id = $2`, [
      'a"; filename="evil.exe"\r\nSet-Cookie: sid=stolen\r\n\r\n<html>\\%.pdf',
      json(up).id,
    ]);
    const dl = await env.app.inject({
      method: 'GET',
      url: `/api/v1/files/${json(up).id}/content`,
      headers: reader.headers,
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['set-cookie']).toBeUndefined();
    const h = String(dl.headers['content-disposition']);
    expect(h).not.toMatch(/[\r\n]/);
    const d = parseDisposition(h);
    expect(d).not.toBeNull();
    expect(d!.fallback).toBe('a_; filename=_evil.exe___Set-Cookie: sid=stolen____<html>__.pdf');
    expect(d!.name).toBe('a"; filename="evil.exe"__Set-Cookie: sid=stolen____<html>\\%.pdf');
  });

  it('route() sends a streamed body with its declared length, and control characters never reach the header', async () => {
    const app = Fastify();
    const body = 'Số liệu tổng hợp\n';
    route(app, {
      method: 'GET',
      url: '/tai-ve',
      access: 'public',
      operationId: 'downloadSample',
      summary: 'thử',
      response: { file: ['text/csv'] },
      handler: async () =>
        download({
          filename: 'Tổng hợp\r\nX-Injected: 1.csv',
          contentType: 'text/csv; charset=utf-8',
          body: Readable.from([Buffer.from(body)]),
          size: Buffer.byteLength(body),
        }),
    });
    const res = await app.inject({ method: 'GET', url: '/tai-ve' });
    await app.close();
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(body);
    expect(res.headers['x-injected']).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(res.headers['cache-control']).toBe('no-store');
    expect(parseDisposition(String(res.headers['content-disposition']))).toEqual({
      type: 'attachment',
      fallback: 'Tong hop__X-Injected: 1.csv',
      name: 'Tổng hợp__X-Injected: 1.csv',
    });
  });
});
