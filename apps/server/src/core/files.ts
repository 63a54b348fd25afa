import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
// the request's multipart methods are declared by the plugin (registered in app.ts)
import type {} from '@fastify/multipart';
import CFB from 'cfb';
import { unzipSync } from 'fflate';
import { Err, Invalid } from './errors.ts';
import type { Ctx } from './context.ts';

export interface Upload {
  filename: string;
  buffer: Buffer;
  /** The type found from the content, or null when it is not one we accept. */
  detected: AllowedType | null;
  /** Why the type was refused, in Vietnamese, when `detected` is null and there is more to say. */
  rejection?: string;
  fields: Record<string, string>;
}

export interface AllowedType {
  mime: string;
  ext: string;
}

export type Sniffed = { type: AllowedType; reason?: undefined } | { type: null; reason?: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
function startsWith(buf: Buffer, bytes: number[], offset = 0) {
  return bytes.every((b, i) => buf[offset + i] === b);
}

/** The OOXML packages we take: the content type of the package's main part, per extension (ECMA-376). */
const OOXML: Record<'docx' | 'xlsx' | 'pptx', { main: string; mime: string; label: string }> = {
  docx: {
    main: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'tài liệu Word',
  },
  xlsx: {
    main: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'bảng tính Excel',
  },
  pptx: {
    main: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'bản trình chiếu PowerPoint',
  },
};
/** Main parts of the macro-enabled and template variants, which we refuse by name. */
const OOXML_REFUSED =
  /^application\/vnd\.(ms-word\.(document|template)\.macroEnabled|ms-excel\.(sheet|template|addin)\.macroEnabled|ms-powerpoint\.(presentation|template|slideshow|addin)\.macroEnabled)\.main\+xml$|^application\/vnd\.openxmlformats-officedocument\.(wordprocessingml\.template|spreadsheetml\.template|presentationml\.(template|slideshow))\.main\+xml$/i;
/** [Content_Types].xml of a real package is a few kilobytes; more is not a document we want to inflate. */
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
const CONTENT_TYPES = '[content_types].xml';

const LEGACY: Record<'doc' | 'xls', { mime: string; label: string }> = {
  doc: { mime: 'application/msword', label: 'tài liệu Word' },
  xls: { mime: 'application/vnd.ms-excel', label: 'bảng tính Excel' },
};

const mismatch = (ext: string, kind: string, label: string) =>
  ext
    ? `Nội dung tệp là ${label} (.${kind}), không khớp với phần mở rộng .${ext} của tên tệp. Hãy đổi tên tệp hoặc lưu lại đúng định dạng rồi tải lên.`
    : `Nội dung tệp là ${label}; tên tệp cần có phần mở rộng .${kind}.`;

function xmlAttr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : null;
}

/**
 * An OOXML package (.docx/.xlsx/.pptx): a zip whose [Content_Types].xml gives the main part the
 * content type of its extension, and that part is in the zip. Only [Content_Types].xml is inflated.
 */
function sniffOoxml(buf: Buffer, ext: string): Sniffed {
  const names = new Set<string>();
  let contentTypes: string;
  try {
    const out = unzipSync(buf, {
      filter: (f) => {
        // OPC part names are compared case-insensitively
        names.add(f.name.toLowerCase());
        return f.name.toLowerCase() === CONTENT_TYPES && f.originalSize <= MAX_CONTENT_TYPES_BYTES;
      },
    });
    const ct = Object.entries(out).find(([n]) => n.toLowerCase() === CONTENT_TYPES)?.[1];
    if (!ct) return { type: null, reason: 'Tệp nén không phải tài liệu Office (thiếu [Content_Types].xml).' };
    contentTypes = new TextDecoder('utf-8').decode(ct);
  } catch {
    return { type: null, reason: 'Tệp nén bị hỏng hoặc không đọc được.' };
  }
  const mains: { kind: keyof typeof OOXML; part: string }[] = [];
  let refused = false;
  for (const m of contentTypes.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const type = (xmlAttr(m[0], 'ContentType') ?? '').trim();
    const part = (xmlAttr(m[0], 'PartName') ?? '').trim();
    if (OOXML_REFUSED.test(type)) refused = true;
    for (const [kind, def] of Object.entries(OOXML) as [keyof typeof OOXML, (typeof OOXML)['docx']][])
      if (type.toLowerCase() === def.main) mains.push({ kind, part: part.replace(/^\//, '').toLowerCase() });
  }
  if (refused)
    return {
      type: null,
      reason:
        'Tệp Office có macro hoặc là tệp mẫu (template) không được chấp nhận. Hãy lưu thành .docx, .xlsx hoặc .pptx.',
    };
  const kinds = new Set(mains.map((m) => m.kind));
  const main = mains[0];
  if (kinds.size !== 1 || !main || !names.has(main.part))
    return { type: null, reason: 'Tệp nén không phải tài liệu Word, Excel hoặc PowerPoint hợp lệ.' };
  if (main.kind !== ext) return { type: null, reason: mismatch(ext, main.kind, OOXML[main.kind].label) };
  return { type: { mime: OOXML[main.kind].mime, ext: main.kind } };
}

/**
 * A legacy Office file (OLE compound file): Word keeps its text in a root stream 'WordDocument',
 * Excel in 'Workbook' (BIFF8) or 'Book' (BIFF5). An encrypted OOXML file is an OLE file with an
 * 'EncryptedPackage' stream; PowerPoint has 'PowerPoint Document'. Neither is taken.
 */
function sniffOle(buf: Buffer, ext: string): Sniffed {
  let streams: Set<string>;
  try {
    const container = CFB.read(buf, { type: 'buffer' });
    streams = new Set(
      container.FileIndex.filter(
        (e, i) => e.type === 2 && container.FullPaths[i].split('/').filter(Boolean).length === 2,
      ).map((e) => e.name),
    );
  } catch {
    return { type: null, reason: 'Tệp Office (định dạng cũ) bị hỏng hoặc không đọc được.' };
  }
  if (streams.has('EncryptedPackage') || streams.has('EncryptionInfo'))
    return { type: null, reason: 'Tệp đã đặt mật khẩu. Hãy gỡ mật khẩu rồi tải lên.' };
  const word = streams.has('WordDocument');
  const excel = streams.has('Workbook') || streams.has('Book');
  const kind = word && !excel ? 'doc' : excel && !word ? 'xls' : null;
  if (!kind) return { type: null, reason: 'Tệp Office (định dạng cũ) không phải tài liệu Word hoặc Excel.' };
  if (kind !== ext) return { type: null, reason: mismatch(ext, kind, LEGACY[kind].label) };
  return { type: { mime: LEGACY[kind].mime, ext: kind } };
}

/**
 * The type of a file judged by its content (not the browser's claim), with the reason when refused.
 * Allow-list: PDF, JPEG, PNG, WebP, .docx, .xlsx, .pptx, legacy .doc/.xls, plain text and CSV. Office
 * files must also carry the extension of what they are, since that is how they will be opened.
 */
export function inspectType(buf: Buffer, filename: string): Sniffed {
  const ext = path.extname(filename).toLowerCase().replace('.', '');
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { type: { mime: 'application/pdf', ext: 'pdf' } };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { type: { mime: 'image/jpeg', ext: 'jpg' } };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { type: { mime: 'image/png', ext: 'png' } };
  if (startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && startsWith(buf, [0x57, 0x45, 0x42, 0x50], 8))
    return { type: { mime: 'image/webp', ext: 'webp' } };
  if (startsWith(buf, ZIP)) return sniffOoxml(buf, ext);
  if (startsWith(buf, OLE)) return sniffOle(buf, ext);
  if ((ext === 'txt' || ext === 'csv') && isUtf8Text(buf))
    return { type: ext === 'csv' ? { mime: 'text/csv', ext: 'csv' } : { mime: 'text/plain', ext: 'txt' } };
  return { type: null };
}

/** The accepted type of a file, or null (see inspectType). */
export function sniffType(buf: Buffer, filename: string): AllowedType | null {
  return inspectType(buf, filename).type;
}

function isUtf8Text(buf: Buffer): boolean {
  if (buf.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Reads the single file of a multipart request into memory (bounded by maxBytes). */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!req.isMultipart()) throw Invalid('Yêu cầu phải gửi kèm tệp (multipart/form-data).');
  let file: Upload | null = null;
  const fields: Record<string, string> = {};
  for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1 } })) {
    if (part.type === 'file') {
      const buffer = await part.toBuffer();
      if (part.file.truncated)
        throw Err.file_too_large(
          `Tệp vượt quá dung lượng cho phép (${Math.round(maxBytes / 1024 / 1024)} MB).`,
        );
      const sniffed = inspectType(buffer, part.filename || '');
      file = {
        filename: part.filename || 'tep',
        buffer,
        detected: sniffed.type,
        rejection: sniffed.reason,
        fields,
      };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  if (!file) throw Invalid('Chưa chọn tệp.');
  if (file.buffer.length === 0) throw Invalid('Tệp rỗng.');
  return file;
}

export function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

/** Writes content under DATA_DIR/files/yyyy/mm/ with a server-chosen name; returns that relative name. */
export async function storeContent(ctx: Ctx, buf: Buffer, ext: string): Promise<string> {
  const now = ctx.clock.now();
  const rel = path.join(
    String(now.getUTCFullYear()),
    String(now.getUTCMonth() + 1).padStart(2, '0'),
    `${randomUUID()}.${ext}`,
  );
  const abs = path.join(ctx.config.DATA_DIR, 'files', rel);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, buf, { flag: 'wx' });
  return rel;
}

export async function readContent(ctx: Ctx, storedName: string): Promise<Buffer> {
  const root = path.join(ctx.config.DATA_DIR, 'files');
  const abs = path.resolve(root, storedName);
  if (!abs.startsWith(root + path.sep)) throw Invalid('Tên tệp không hợp lệ.');
  return readFile(abs);
}
