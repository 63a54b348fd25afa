import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ResponseSerializationError, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteAccess } from '@danvan/contracts';
import type { Ctx } from './context.ts';
import { Forbidden, Invalid, Unauthenticated } from './errors.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

/**
 * What a route answers when it succeeds: a zod schema from contracts (JSON, serialised and checked
 * through it, documented as the operation's 2xx), `{ file: [media types] }` for a download (the
 * handler returns `download({...})`), or `null` for 204 No Content (the handler returns nothing).
 */
export type Answer = z.ZodType | { file: readonly string[] } | null;

/** What the handler of a route with answer `R` returns. */
export type Output<R> = R extends z.ZodType
  ? z.output<R>
  : R extends { file: readonly string[] }
    ? { download: Download }
    : void;

/** A multipart/form-data upload: one file in the part `file`, plus named text fields. */
export interface UploadDoc {
  /** What the file is ("Tệp .xlsx hoặc .csv theo mẫu"), in Vietnamese. */
  file: string;
  fields?: Record<string, { description: string; required?: boolean }>;
}

/** What route() tells the OpenAPI document beyond the fastify schema (core/openapi.ts reads it). */
export interface RouteDoc {
  status: number;
  answer: 'json' | 'file' | 'empty';
  files?: readonly string[];
  upload?: UploadDoc;
  rateLimited: boolean;
}

/** camelCase, verb first: listUnits, getPlan, exportAudit, uploadFile. */
export const OPERATION_ID = /^[a-z][a-z]+(?:[A-Z0-9][a-z0-9]*)+$/;

export interface RouteDef<B, Q, P, R extends Answer> {
  method: Method;
  url: string;
  /** The permission the route needs, or 'public' / 'authenticated'. Every /api route must declare one. */
  access: RouteAccess;
  /** Unique over the API, camelCase verb + noun (`listUnits`, `submitReport`): the client's method name. */
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  body?: B;
  query?: Q;
  params?: P;
  /** The success answer (see `Answer`); the handler's result is typed, serialised and checked by it. */
  response: R;
  /** The success status of a JSON answer (201 for a creation that says so); 200 by default. */
  status?: 200 | 201;
  /** The route takes a multipart/form-data upload (read with `readUpload`). */
  upload?: UploadDoc;
  /** Requests per minute per IP, for login and public lookups. */
  rateLimit?: number;
  /**
   * For a JSON answer that is a function of one object alone (and of the app's config), such as
   * GET /auth/me of the session's actor (`ctx.actor?.memoKey`, one per read of the session): route()
   * encodes the answer once per such object, through the same response schema, and sends the same
   * JSON to the next requests that bring it, without running the handler again. The access check runs
   * first on every request, as always; `null`/`undefined` runs the handler.
   */
  sameFor?: (ctx: Ctx) => object | null | undefined;
  handler: (
    ctx: Ctx,
    input: { body: Infer<B>; query: Infer<Q>; params: Infer<P> },
    req: FastifyRequest,
    reply: FastifyReply,
  ) => Promise<Output<R>>;
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
    doc?: RouteDoc;
  }
}

const operationIds = new WeakMap<object, Set<string>>();

/** The JSON answer schema of every route registered, by operationId (test/openapi.test.ts checks them). */
export const answerSchemas = new Map<string, z.ZodType>();

/** Registers one route: schema from contracts, declared access, one-line handler delegating to a service. */
export function route<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  R extends Answer = null,
>(app: FastifyInstance, def: RouteDef<B, Q, P, R>): void {
  if (!OPERATION_ID.test(def.operationId))
    throw new Error(`${def.method} ${def.url}: operationId "${def.operationId}" is not camelCase verb+noun`);
  const root = (app as { server?: object }).server ?? app;
  const seen = operationIds.get(root) ?? new Set<string>();
  operationIds.set(root, seen);
  if (seen.has(def.operationId))
    throw new Error(`${def.method} ${def.url}: operationId "${def.operationId}" is already used`);
  seen.add(def.operationId);

  const answer = def.response;
  const json = answer instanceof z.ZodType ? answer : null;
  if (json) answerSchemas.set(def.operationId, json);
  const status = json ? (def.status ?? 200) : answer === null ? 204 : 200;
  const doc: RouteDoc = {
    status,
    answer: json ? 'json' : answer === null ? 'empty' : 'file',
    ...(answer && !json ? { files: (answer as { file: readonly string[] }).file } : {}),
    ...(def.upload ? { upload: def.upload } : {}),
    rateLimited: Boolean(def.rateLimit),
  };
  if (def.sameFor && !json) throw new Error(`${def.method} ${def.url}: sameFor needs a JSON answer`);
  // the answers kept by sameFor's object (gone with it), encoded as the route's serializer would
  const memo = def.sameFor ? new WeakMap<object, string>() : null;
  const encode = def.sameFor ? responseSerializer({ schema: json, method: def.method, url: def.url }) : null;
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.route({
    method: def.method,
    url: def.url,
    config: {
      access: def.access,
      doc,
      ...(def.rateLimit ? { rateLimit: { max: def.rateLimit, timeWindow: '1 minute' } } : {}),
    },
    schema: {
      operationId: def.operationId,
      summary: def.summary,
      ...(def.description ? { description: def.description } : {}),
      tags: def.tags,
      ...(def.body ? { body: def.body } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.params ? { params: def.params } : {}),
      ...(json ? { response: { [status]: json } } : {}),
    },
    // before the schemas: no string of the request may hold a NUL byte (PostgreSQL text cannot).
    // Callback hooks: neither needs a promise (a thrown error goes to the error handler all the same).
    preValidation: (req, _reply, done) => {
      refuseNul(req);
      done();
    },
    preHandler: (req, _reply, done) => {
      checkAccess(req, def.access);
      done();
    },
    handler: async (req, reply) => {
      if (json && status !== 200) reply.code(status);
      const key = memo ? def.sameFor!(req.ctx) : null;
      if (key) {
        const kept = memo!.get(key);
        if (kept !== undefined) return reply.type(JSON_TYPE).send(kept);
      }
      const result: unknown = await def.handler(
        req.ctx,
        { body: req.body as never, query: req.query as never, params: req.params as never },
        req,
        reply,
      );
      if (reply.sent) return reply;
      if (key) {
        const encoded = encode!(result);
        memo!.set(key, encoded);
        return reply.type(JSON_TYPE).send(encoded);
      }
      if (result === undefined) return reply.code(204).send();
      if (isDownload(result)) return sendDownload(reply, result.download);
      return result;
    },
  });
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The serializer of JSON answers: encodes through the route's zod response schema (as
 * fastify-type-provider-zod does). Under tests it also refuses a field the schema would drop, so a
 * contract that lags behind its presenter fails a test instead of silently losing data.
 */
export function responseSerializer({
  schema,
  method,
  url,
}: {
  schema: unknown;
  method: string;
  url: string;
}): (data: unknown) => string {
  const zod = schema as z.ZodType;
  const strict = process.env.VITEST !== undefined;
  return (data) => {
    let result: ReturnType<typeof z.safeEncode>;
    try {
      result = z.safeEncode(zod, data as never);
    } catch (err) {
      // a one-way transform in a response schema cannot encode (test/openapi.test.ts looks for them)
      if (strict) console.error(`${method} ${url}: response schema cannot encode`, err);
      throw err;
    }
    if (!result.success) {
      // under tests the log is silent: say which field broke the answer, or the 500 is a riddle
      if (strict)
        console.error(`${method} ${url}: response`, JSON.stringify(result.error.issues).slice(0, 2000));
      throw new ResponseSerializationError(method, url, { cause: result.error });
    }
    if (strict) {
      const lost = droppedField(data, result.data, '');
      if (lost !== null) console.error(`${method} ${url}: response field "${lost}" not in the schema`);
      if (lost !== null)
        throw new ResponseSerializationError(method, url, {
          cause: new z.ZodError([
            {
              code: 'custom',
              path: lost.split('.'),
              message: `the response field "${lost}" is not in the route's response schema`,
              input: data,
            },
          ]),
        });
    }
    return JSON.stringify(result.data);
  };
}

/** The path of the first field of `input` (not undefined) missing from `output`, or null. */
function droppedField(input: unknown, output: unknown, path: string): string | null {
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let i = 0; i < input.length; i++) {
      const lost = droppedField(input[i], output[i], `${path}[${i}]`);
      if (lost !== null) return lost;
    }
    return null;
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return null;
  for (const [k, v] of Object.entries(input)) {
    const p = path ? `${path}.${k}` : k;
    if (v === undefined) continue;
    if (!Object.hasOwn(output, k)) return p;
    const lost = droppedField(v, output[k], p);
    if (lost !== null) return lost;
  }
  return null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
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
  if (!actor) throw stackless(Unauthenticated);
  if (access === 'authenticated') return;
  if (!actor.permissions.has(access)) throw stackless(Forbidden);
}

/**
 * The access check's 401 and 403 without a stack trace: they are the expected answer to a request
 * without a session (or a permission), the error handler never logs them, and their stack would
 * always be this function's. Capturing it was the largest single cost of a request without a cookie.
 */
function stackless(make: () => Error): Error {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
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
