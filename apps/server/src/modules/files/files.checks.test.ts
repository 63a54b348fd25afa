/**
 * Upload checks (issue 7, item 5): OOXML packages are judged by their [Content_Types].xml, legacy
 * Office files by their stream directory, and the record is resolved and authorised before the body
 * is read.
 */
import { Readable } from 'node:stream';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import CFB from 'cfb';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestEnv } from '../../../test/harness.ts';
import { filesWorld, multipart, uploadToUnit } from './files.test-helpers.ts';
import { json, type Province, type TestUser } from '../../../test/factories.ts';
import { inspectType } from '../../core/files.ts';
import { renderNd30Docx } from '../../core/documents/nd30.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';

let env: TestEnv, p: Province, admin: TestUser, reader: TestUser;

beforeAll(async () => {
  ({ env, p, admin, reader } = await filesWorld());
});

const upload = (u: TestUser, entityId: number, name: string, content: Buffer) =>
  uploadToUnit(env, u, entityId, name, content);

async function fileRows(entityId: number) {
  const [r] = await env.database.query<{ n: number }>(
    `select count(*)::int n from files where entity = 'org_unit' and entity_id = $1`,
    [String(entityId)],
  );
  return r.n;
}

/** A zip with the given entries (name → text). */
function zip(entries: Record<string, string>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)]))));
}

const contentTypes = (overrides: [string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('\n')}
</Types>`;

const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** An OLE compound file with the given root streams. */
function ole(streams: string[]): Buffer {
  const c = CFB.utils.cfb_new();
  for (const s of streams) CFB.utils.cfb_add(c, `/${s}`, Buffer.alloc(4096, 7));
  return Buffer.from(CFB.write(c, { type: 'buffer' }) as Uint8Array);
}

const PDF = Buffer.from('%PDF-1.7\n% Biên bản\n%%EOF\n');

describe('OOXML packages are judged by [Content_Types].xml', () => {
  it('refuses a zip that merely contains word/ (no content types) with a Vietnamese 415, storing nothing', async () => {
    const fake = zip({ 'word/document.xml': '<w:document/>', 'word/x.exe': 'MZ' });
    const before = await fileRows(p.communeA.id);
    const res = await upload(admin, p.communeA.id, 'ke-hoach.docx', fake);
    expect(res.statusCode).toBe(415);
    expect(json(res).code).toBe('file_type_not_allowed');
    expect(json(res).detail).toMatch(/Tệp nén không phải tài liệu Office/);
    expect(json(res).detail).toMatch(/Chỉ nhận PDF/);
    expect(await fileRows(p.communeA.id)).toBe(before);
  });

  it('refuses a package whose main part is missing, is of another kind, or is macro-enabled', () => {
    const noPart = zip({ '[Content_Types].xml': contentTypes([['/word/document.xml', DOCX_MAIN]]) });
    expect(inspectType(noPart, 'a.docx').type).toBeNull();
    const wrongKind = zip({
      '[Content_Types].xml': contentTypes([['/word/document.xml', 'application/xml']]),
      'word/document.xml': '<w:document/>',
    });
    expect(inspectType(wrongKind, 'a.docx').type).toBeNull();
    const macro = zip({
      '[Content_Types].xml': contentTypes([
        ['/word/document.xml', 'application/vnd.ms-word.document.macroEnabled.main+xml'],
      ]),
      'word/document.xml': '<w:document/>',
      'word/vbaProject.bin': 'x',
    });
    const m = inspectType(macro, 'a.docx');
    expect(m.type).toBeNull();
    expect(m.reason).toMatch(/macro/);
    const ok = zip({
      '[Content_Types].xml': contentTypes([['/word/document.xml', DOCX_MAIN]]),
      'word/document.xml': '<w:document/>',
    });
    expect(inspectType(ok, 'a.docx').type?.ext).toBe('docx');
  });

  it('takes real .docx and .xlsx files, and refuses one named with the other extension', async () => {
    const docx = await renderNd30Docx({
      issuer: 'SỞ NỘI VỤ',
      numberSymbol: '/KH-SNV',
      place: 'Đồng Nai',
      date: null,
      docType: 'KẾ HOẠCH',
      subject: 'Thử',
      blocks: [],
      recipients: [],
      signer: { position: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' },
    });
    const xlsx = await renderXlsx([{ name: 'A', columns: [{ header: 'A', key: 'a' }], rows: [{ a: 1 }] }]);
    const d = await upload(admin, p.communeA.id, 'Kế hoạch.docx', docx);
    expect(d.statusCode, d.body).toBe(201);
    expect(json(d).mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const x = await upload(admin, p.communeA.id, 'Số liệu.xlsx', xlsx);
    expect(x.statusCode, x.body).toBe(201);
    expect(json(x).mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const renamed = await upload(admin, p.communeA.id, 'Số liệu.docx', xlsx);
    expect(renamed.statusCode).toBe(415);
    expect(json(renamed).detail).toMatch(/bảng tính Excel \(\.xlsx\), không khớp với phần mở rộng \.docx/);
  });
});

describe('legacy Office files are judged by their streams', () => {
  it('refuses an .xls that is really a Word document, and a .doc that is really a workbook', async () => {
    const word = ole(['WordDocument', '1Table']);
    const excel = ole(['Workbook']);
    const before = await fileRows(p.communeA.id);
    const a = await upload(admin, p.communeA.id, 'so-lieu.xls', word);
    expect(a.statusCode).toBe(415);
    expect(json(a).detail).toMatch(/tài liệu Word \(\.doc\), không khớp với phần mở rộng \.xls/);
    const b = await upload(admin, p.communeA.id, 'van-ban.doc', excel);
    expect(b.statusCode).toBe(415);
    expect(await fileRows(p.communeA.id)).toBe(before);

    const okDoc = await upload(admin, p.communeA.id, 'van-ban.doc', word);
    expect(okDoc.statusCode, okDoc.body).toBe(201);
    expect(json(okDoc).mime).toBe('application/msword');
    const okXls = await upload(admin, p.communeA.id, 'so-lieu.xls', excel);
    expect(okXls.statusCode, okXls.body).toBe(201);
    expect(json(okXls).mime).toBe('application/vnd.ms-excel');
  });

  it('refuses an OLE file that is neither (PowerPoint, encrypted package, arbitrary) or is corrupt', () => {
    expect(inspectType(ole(['PowerPoint Document']), 'a.doc').type).toBeNull();
    const enc = inspectType(ole(['EncryptionInfo', 'EncryptedPackage']), 'a.xls');
    expect(enc.type).toBeNull();
    expect(enc.reason).toMatch(/mật khẩu/);
    expect(inspectType(ole(['Foo']), 'a.doc').type).toBeNull();
    const corrupt = Buffer.concat([ole(['WordDocument']).subarray(0, 600)]);
    expect(inspectType(corrupt, 'a.doc').type).toBeNull();
  });
});

describe('the record is authorised before the body is read', () => {
  /** A multipart body of `size` bytes of file content, produced on demand; counts the bytes pulled. */
  function countingBody(name: string, size: number) {
    const m = multipart(name, Buffer.alloc(0));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const total = m.head.length + size + m.tail.length;
    const stream = new Readable({
      read() {
        if (sent === 0) {
          sent += m.head.length + 5;
          this.push(Buffer.concat([m.head, PDF.subarray(0, 5)]));
          return;
        }
        const left = m.head.length + size - sent;
        if (left > 0) {
          const c = chunk.subarray(0, Math.min(chunk.length, left));
          sent += c.length;
          this.push(c);
          return;
        }
        if (sent < total) {
          sent += m.tail.length;
          this.push(m.tail);
          return;
        }
        this.push(null);
      },
    });
    return { m, stream, pulled: () => sent, total };
  }

  async function storedFiles(): Promise<number> {
    const root = path.join(env.config.DATA_DIR, 'files');
    const all = await readdir(root, { recursive: true }).catch(() => [] as string[]);
    return all.length;
  }

  for (const [label, who, unit, status] of [
    ['a record the actor cannot see: 404', () => reader, () => p.otherCommune.id, 404],
    ['a record the actor may read but not attach to: 403', () => reader, () => p.communeA.id, 403],
    ['a record that does not exist: 404', () => admin, () => 2_000_000_000, 404],
  ] as const) {
    it(`answers ${label} without reading the body or storing anything`, async () => {
      const size = env.config.maxUploadBytes + 1024 * 1024; // over the limit: read in full it is a 413
      const body = countingBody('bao-cao.pdf', size);
      const rowsBefore = await fileRows(unit());
      const storedBefore = await storedFiles();
      const res = await env.app.inject({
        method: 'POST',
        url: `/api/v1/files?entity=org_unit&entityId=${unit()}`,
        headers: {
          ...who().headers,
          'content-type': `multipart/form-data; boundary=${body.m.boundary}`,
          'content-length': String(body.total),
        },
        payload: body.stream,
      });
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      // no more than a few stream buffers were pulled from a body of more than 20 MB
      expect(body.pulled()).toBeLessThan(1024 * 1024);
      expect(await fileRows(unit())).toBe(rowsBefore);
      expect(await storedFiles()).toBe(storedBefore);
      body.stream.destroy();
    });
  }
});
