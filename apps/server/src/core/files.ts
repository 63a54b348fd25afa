import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import { AppError, Invalid } from './errors.ts';
import type { Ctx } from './context.ts';

export interface Upload {
  filename: string;
  buffer: Buffer;
  /** The type found from the content, or null when it is not one we accept. */
  detected: AllowedType | null;
  fields: Record<string, string>;
}

export interface AllowedType {
  mime: string;
  ext: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
function startsWith(buf: Buffer, bytes: number[], offset = 0) {
  return bytes.every((b, i) => buf[offset + i] === b);
}

/**
 * The type of a file judged by its content (not its name or the browser's claim). Allow-list:
 * PDF, JPEG, PNG, WebP, .docx, .xlsx, .pptx, legacy .doc/.xls, plain text and CSV.
 */
export function sniffType(buf: Buffer, filename: string): AllowedType | null {
  const ext = path.extname(filename).toLowerCase().replace('.', '');
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: 'application/pdf', ext: 'pdf' };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', ext: 'jpg' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: 'image/png', ext: 'png' };
  if (startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && startsWith(buf, [0x57, 0x45, 0x42, 0x50], 8))
    return { mime: 'image/webp', ext: 'webp' };
  if (startsWith(buf, ZIP)) {
    const head = buf.subarray(0, Math.min(buf.length, 64 * 1024)).toString('latin1');
    // OOXML packages name their main part in the zip's local headers near the start.
    if (head.includes('word/'))
      return { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
    if (head.includes('xl/'))
      return { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' };
    if (head.includes('ppt/'))
      return {
        mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        ext: 'pptx',
      };
    return null;
  }
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (ext === 'xls') return { mime: 'application/vnd.ms-excel', ext: 'xls' };
    if (ext === 'doc') return { mime: 'application/msword', ext: 'doc' };
    return null;
  }
  if ((ext === 'txt' || ext === 'csv') && isUtf8Text(buf))
    return ext === 'csv' ? { mime: 'text/csv', ext: 'csv' } : { mime: 'text/plain', ext: 'txt' };
  return null;
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
        throw new AppError(
          413,
          'file_too_large',
          `Tệp vượt quá dung lượng cho phép (${Math.round(maxBytes / 1024 / 1024)} MB).`,
        );
      file = {
        filename: part.filename || 'tep',
        buffer,
        detected: sniffType(buffer, part.filename || ''),
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

/** RFC 5987 Content-Disposition that keeps Vietnamese file names. */
export function contentDisposition(name: string, inline = false): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
