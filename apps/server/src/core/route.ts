import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteAccess } from '@danvan/contracts';
import type { Ctx } from './context.ts';
import { Forbidden, Invalid, Unauthenticated } from './errors.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface RouteDef<B, Q, P> {
  method: Method;
  url: string;
  /** The permission the route needs, or 'public' / 'authenticated'. Every /api route must declare one. */
  access: RouteAccess;
  summary: string;
  tags?: string[];
  body?: B;
  query?: Q;
  params?: P;
  response?: z.ZodType;
  /** Requests per minute per IP, for login and public lookups. */
  rateLimit?: number;
  handler: (
    ctx: Ctx,
    input: { body: Infer<B>; query: Infer<Q>; params: Infer<P> },
    req: FastifyRequest,
    reply: FastifyReply,
  ) => Promise<unknown>;
}

/** What the access-control matrix test enumerates. */
export interface RouteMeta {
  method: Method;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/** Registers one route: schema from contracts, declared access, one-line handler delegating to a service. */
export function route<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(app: FastifyInstance, def: RouteDef<B, Q, P>): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.route({
    method: def.method,
    url: def.url,
    config: {
      access: def.access,
      ...(def.rateLimit ? { rateLimit: { max: def.rateLimit, timeWindow: '1 minute' } } : {}),
    },
    schema: {
      summary: def.summary,
      tags: def.tags,
      ...(def.body ? { body: def.body } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.params ? { params: def.params } : {}),
    },
    // before the schemas: no string of the request may hold a NUL byte (PostgreSQL text cannot)
    preValidation: async (req) => refuseNul(req),
    preHandler: async (req) => checkAccess(req, def.access),
    handler: async (req, reply) => {
      const result = await def.handler(
        req.ctx,
        { body: req.body as never, query: req.query as never, params: req.params as never },
        req,
        reply,
      );
      if (reply.sent) return reply;
      if (result === undefined) return reply.code(204).send();
      if (isDownload(result)) return sendDownload(reply, result.download);
      return result;
    },
  });
}

/** A file a handler sends: `return download({ filename, contentType, body })`. */
export interface Download {
  /** The name the user sees when saving, kept exactly (Vietnamese diacritics included). */
  filename: string;
  contentType: string;
  body: Buffer | Readable;
  /** Shown in the browser (a PDF, an image) rather than saved. */
  inline?: boolean;
  /** The length in bytes of a streamed body, when known (a Buffer's is taken from it). */
  size?: number;
}

/**
 * What a handler returns to send a file. route() writes Content-Type, an RFC 6266 Content-Disposition
 * (ASCII fallback plus the exact UTF-8 name), Content-Length when known and Cache-Control: no-store.
 */
export function download(file: Download): { download: Download } {
  return { download: file };
}

function isDownload(v: unknown): v is { download: Download } {
  if (typeof v !== 'object' || v === null || Object.keys(v).length !== 1) return false;
  const d = (v as { download?: Partial<Download> }).download;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.filename === 'string' &&
    typeof d.contentType === 'string' &&
    (Buffer.isBuffer(d.body) || d.body instanceof Readable)
  );
}

function sendDownload(reply: FastifyReply, d: Download): FastifyReply {
  reply
    .header('content-type', d.contentType)
    .header('content-disposition', contentDisposition(d.filename, d.inline))
    .header('cache-control', 'no-store');
  const length = Buffer.isBuffer(d.body) ? d.body.length : d.size;
  if (length !== undefined) reply.header('content-length', String(length));
  return reply.send(d.body);
}

/**
 * RFC 6266 Content-Disposition: `filename="…"` an ASCII fallback (diacritics dropped, đ → d; quotes,
 * backslashes, percent signs and anything else outside printable ASCII replaced by "_"), and
 * `filename*=UTF-8''…` the exact name percent-encoded as RFC 5987 requires (only attr-chars left bare).
 * Control characters (CR, LF, …) become "_" in both, so a file name can never break the header.
 */
export function contentDisposition(filename: string, inline = false): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const name = filename.replace(/[\u0000-\u001f\u007f]/g, '_') || 'tep';
  const fallback = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${rfc5987(name)}`;
}

const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/;

/** Percent-encodes the UTF-8 bytes of `s` except RFC 5987 attr-chars (a lone surrogate becomes U+FFFD). */
function rfc5987(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += byte < 0x80 && ATTR_CHAR.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function checkAccess(req: FastifyRequest, access: RouteAccess): void {
  if (access === 'public') return;
  const actor = req.ctx.actor;
  if (!actor) throw Unauthenticated();
  if (access === 'authenticated') return;
  if (!actor.permissions.has(access)) throw Forbidden();
}

/** The path of the first string (value or key) holding a NUL byte, or null. */
export function findNul(v: unknown, path: string, depth = 0): string | null {
  if (typeof v === 'string') return v.includes('\u0000') ? path : null;
  if (v === null || typeof v !== 'object' || depth > 64 || Buffer.isBuffer(v)) return null;
  for (const [k, x] of Object.entries(v)) {
    const p = path ? `${path}.${k}` : k;
    if (k.includes('\u0000')) return path || k;
    const found = findNul(x, p, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function refuseNul(req: FastifyRequest): void {
  for (const [where, v] of [
    ['đường dẫn', req.params],
    ['tham số truy vấn', req.query],
    ['nội dung', req.body],
  ] as const) {
    const at = findNul(v, '');
    if (at !== null)
      throw Invalid(
        `Dữ liệu gửi lên (${where}${at ? `, trường ${at}` : ''}) chứa ký tự rỗng (NUL) không được phép.`,
      );
  }
}
