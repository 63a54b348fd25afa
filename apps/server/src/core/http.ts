import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { describeIssue, type Problem } from '@danvan/contracts';
import type { z } from 'zod';
import { AppError } from './errors.ts';
import type { Clock } from './context.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { resolveSession, SESSION_COOKIE, type SessionLookup } from './sessions.ts';
import { flushLastSeen } from './session-cache.ts';

const TITLES: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ',
  401: 'Chưa đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  406: 'Định dạng không được chấp nhận',
  408: 'Hết thời gian chờ',
  409: 'Xung đột dữ liệu',
  413: 'Dữ liệu quá lớn',
  414: 'Địa chỉ quá dài',
  415: 'Định dạng không được hỗ trợ',
  431: 'Tiêu đề yêu cầu quá lớn',
  422: 'Vi phạm quy tắc nghiệp vụ',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi hệ thống',
};

function send(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(p);
}

function problem(
  status: number,
  code: string,
  detail: string,
  req: FastifyRequest,
  extra: Partial<Problem> = {},
): Problem {
  return {
    type: `https://danvan.gov.vn/problems/${code}`,
    title: TITLES[status] ?? 'Lỗi',
    status,
    code,
    detail,
    requestId: req.id,
    ...extra,
  };
}

/**
 * Errors Fastify or its plugins raise before a route handler runs, by code: the status and the
 * Vietnamese message. Everything else at 4xx gets the generic one.
 */
const FRAMEWORK_ERRORS: Record<string, [number, string]> = {
  FST_ERR_BAD_URL: [400, 'Địa chỉ yêu cầu không hợp lệ (mã hóa ký tự trong địa chỉ bị sai).'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'Địa chỉ yêu cầu quá dài.'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'Yêu cầu không hợp lệ.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'Nội dung gửi lên không phải JSON hợp lệ.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    400,
    'Nội dung gửi lên bị trống trong khi khai báo là JSON. Hãy gửi một đối tượng JSON hoặc bỏ tiêu đề Content-Type.',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'Độ dài nội dung (Content-Length) không khớp với dữ liệu gửi lên.',
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'Định dạng dữ liệu gửi lên không được hỗ trợ.'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'Định dạng dữ liệu gửi lên không được hỗ trợ.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'Tệp hoặc dữ liệu gửi lên vượt quá dung lượng cho phép.'],
  FST_REQ_FILE_TOO_LARGE: [413, 'Tệp hoặc dữ liệu gửi lên vượt quá dung lượng cho phép.'],
  FST_PARTS_LIMIT: [413, 'Yêu cầu có quá nhiều phần (multipart).'],
  FST_FILES_LIMIT: [413, 'Chỉ được gửi một tệp trong mỗi lần tải lên.'],
  FST_FIELDS_LIMIT: [413, 'Yêu cầu có quá nhiều trường dữ liệu (multipart).'],
  FST_PROTO_VIOLATION: [400, 'Tên trường dữ liệu không hợp lệ.'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'Yêu cầu phải gửi kèm tệp (multipart/form-data).'],
  FST_INVALID_JSON_FIELD_ERROR: [400, 'Trường dữ liệu JSON trong yêu cầu không hợp lệ.'],
  FST_NO_FORM_DATA: [400, 'Yêu cầu không có dữ liệu biểu mẫu.'],
};
const MALFORMED_MULTIPART =
  'Dữ liệu tải lên (multipart/form-data) bị hỏng hoặc không đầy đủ. Hãy chọn lại tệp và gửi lại.';

/** Errors of the multipart parser (busboy) on a malformed body: they carry no status of their own. */
function isMalformedMultipart(err: Error): boolean {
  return /^(Unexpected end of (form|file|multipart data)|.* terminated early due to unexpected end of multipart data|Malformed (part )?header|Multipart: Boundary not found|Boundary required|Unsupported content type|Missing Content-Type)/i.test(
    err.message ?? '',
  );
}

// ── validation messages: "<Nhãn>: <what to do>." (labels from the contracts' schemas) ───────────

type FieldError = NonNullable<Problem['errors']>[number];

/** The zod schema the route declared for the part of the request that failed ('body', 'querystring'…). */
function routeSchema(req: FastifyRequest, part: string | undefined): z.ZodType | null {
  const schemas = req.routeOptions?.schema as Record<string, unknown> | undefined;
  const s = part ? schemas?.[part] : undefined;
  return s && typeof s === 'object' && '_zod' in s ? (s as z.ZodType) : null;
}

/** '/deadlines/1/deadline' → ['deadlines', '1', 'deadline'] */
function issuePath(instancePath: string | undefined): string[] {
  return (instancePath ?? '').split('/').filter((p) => p !== '');
}

/**
 * Each error once (the same rule broken twice is said once); with `firstPerField`, only the first
 * problem of each field (an empty code is "không được để trống", not also "sai định dạng").
 */
function uniqueErrors(errors: FieldError[], firstPerField = false): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = firstPerField && e.path ? e.path : `${e.path}\u0000${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Each sentence of a message once ("Hạn nộp … kỳ. Hạn nộp … kỳ." → once). */
function onceEach(message: string): string {
  const parts = message.split(/(?<=[.!?…])\s+/u);
  return [...new Set(parts)].join(' ');
}

/**
 * The per-field errors a service raised, each once, with the Vietnamese label of its field (from the
 * route's body or query schema); the message, already a whole Vietnamese sentence, is kept.
 */
function labelAppErrors(req: FastifyRequest, errors: { path: string; message: string }[]): FieldError[] {
  const schemas = [routeSchema(req, 'body'), routeSchema(req, 'querystring')];
  return uniqueErrors(
    errors.map((e) => {
      const path = e.path ? e.path.split('.') : [];
      const label = path.length
        ? schemas.map((s) => (s ? describeIssue(s, path, e.message).label : undefined)).find(Boolean)
        : undefined;
      return label ? { ...e, label } : e;
    }),
  );
}

function rawProblem(status: number, code: string, detail: string): string {
  return JSON.stringify({
    type: `https://danvan.gov.vn/problems/${code}`,
    title: TITLES[status] ?? 'Lỗi',
    status,
    code,
    detail,
  });
}

/**
 * Fastify options that keep the errors raised before routing (bad URL encoding, too long a
 * parameter, and the HTTP parser's own 400/408/431) in Vietnamese problem+json. app.ts spreads them.
 */
export const frameworkOptions = {
  frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
    const [status, detail] = FRAMEWORK_ERRORS[err.code] ?? [400, 'Yêu cầu không hợp lệ.'];
    return send(reply, problem(status, 'validation_failed', detail, req));
  },
  clientErrorHandler(err: Error & { code?: string }, socket: import('node:net').Socket) {
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, detail, reason] =
      err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Hết thời gian chờ yêu cầu. Vui lòng thử lại.', 'Request Timeout']
        : err.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'Địa chỉ hoặc tiêu đề của yêu cầu quá dài.', 'Request Header Fields Too Large']
          : err.code === 'HPE_URI_TOO_LONG'
            ? [414, 'Địa chỉ yêu cầu quá dài.', 'URI Too Long']
            : [400, 'Yêu cầu HTTP không hợp lệ.', 'Bad Request'];
    const body = rawProblem(status, 'validation_failed', detail);
    if (socket.writable)
      socket.write(
        `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    socket.destroy(err);
  },
};

/** Request context, error mapping, Origin check and security headers. */
export function installHttp(
  app: FastifyInstance,
  deps: { database: Database; config: Config; clock: Clock },
): void {
  app.decorateRequest('ctx', null as never);
  // the last-seen times noted and not yet written (core/session-cache.ts) are written at shutdown
  app.addHook('onClose', () => flushLastSeen(deps.database.db));

  // Callback hooks, not async ones: a request answered from the session cache goes through without
  // a promise or a microtask of its own (the session is resolved synchronously on a cache hit).
  app.addHook('onRequest', (req, reply, done) => {
    req.ctx = {
      db: deps.database.db,
      actor: null,
      requestId: req.id,
      ip: req.ip ?? null,
      clock: deps.clock,
      config: deps.config,
    };
    if (!req.url.startsWith('/api/')) return done();
    // CSRF defence in depth (cookies are SameSite=Lax): a state-changing request from a browser must
    // come from our own origin.
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
      const origin = req.headers.origin;
      if (origin) {
        const allowed = new Set([`http://${req.headers.host}`, `https://${req.headers.host}`]);
        if (deps.config.PUBLIC_URL) allowed.add(new URL(deps.config.PUBLIC_URL).origin);
        if (!allowed.has(origin))
          return void send(
            reply,
            problem(403, 'origin_mismatch', 'Yêu cầu đến từ một nguồn không được phép.', req),
          );
      } else if (req.headers['sec-fetch-site'] === 'cross-site') {
        return void send(
          reply,
          problem(403, 'origin_mismatch', 'Yêu cầu đến từ một nguồn không được phép.', req),
        );
      }
    }
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) return done();
    const settle = (found: SessionLookup) => {
      if (found && 'actor' in found) req.ctx.actor = found.actor;
      else {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        if (found && 'expired' in found) reply.header('x-session-expired', '1');
      }
      done();
    };
    // (a synchronous throw here is caught by Fastify's hook runner, as an async hook's rejection was)
    const found = resolveSession(deps.database.db, token, deps.clock.now());
    if (found instanceof Promise) found.then(settle, (err: Error) => done(err));
    else settle(found);
  });

  // the same on every answer: built once
  const API_HEADERS: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
  };
  const PAGE_HEADERS: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };
  const CSP =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
  app.addHook('onSend', (req, reply, payload, done) => {
    // the id of the request in the log and the audit trail (a caller's own X-Request-Id is kept)
    reply.header('x-request-id', req.id);
    reply.headers(req.url.startsWith('/api/') ? API_HEADERS : PAGE_HEADERS);
    if (!req.url.startsWith('/api/docs')) reply.header('content-security-policy', CSP);
    done(null, payload);
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    // ── database unavailable → 503 (auth+operations) ──────────────────────────────────────────
    // The database is restarting or unreachable: a temporary condition, not a bug. The pool
    // reconnects by itself; the client may retry.
    if (deps.database.isUnavailable(err)) {
      req.log.warn({ err }, 'database unavailable');
      reply.header('retry-after', '5');
      return send(
        reply,
        problem(
          503,
          'database_unavailable',
          'Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít phút.',
          req,
          { title: 'Dịch vụ tạm thời gián đoạn' },
        ),
      );
    }
    // ── end database unavailable ─────────────────────────────────────────────────────────────────
    if (err instanceof AppError) {
      const errors = err.errors?.length ? labelAppErrors(req, err.errors) : err.errors;
      return send(
        reply,
        problem(err.status, err.code, errors?.length ? onceEach(err.message) : err.message, req, {
          params: err.params,
          errors,
        }),
      );
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const schema = routeSchema(req, (err as { validationContext?: string }).validationContext);
      const errors = uniqueErrors(
        err.validation.map((v) =>
          describeIssue(schema, issuePath(v.instancePath), v.message ?? 'Giá trị không hợp lệ'),
        ),
        true,
      );
      return send(
        reply,
        problem(400, 'validation_failed', errors.map((e) => e.message).join(' '), req, { errors }),
      );
    }
    const known = err.code ? FRAMEWORK_ERRORS[err.code] : undefined;
    if (known)
      return send(
        reply,
        problem(
          known[0],
          err.code.startsWith('FST_REQ_FILE') || known[0] === 413 ? 'payload_too_large' : 'validation_failed',
          known[1],
          req,
        ),
      );
    if (isMalformedMultipart(err))
      return send(reply, problem(400, 'validation_failed', MALFORMED_MULTIPART, req));
    if (err.statusCode === 429)
      return send(
        reply,
        problem(429, 'rate_limited', 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.', req),
      );
    if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.statusCode === 413)
      return send(
        reply,
        problem(413, 'payload_too_large', 'Tệp hoặc dữ liệu gửi lên vượt quá dung lượng cho phép.', req),
      );
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.statusCode === 415)
      return send(
        reply,
        problem(415, 'validation_failed', 'Định dạng dữ liệu gửi lên không được hỗ trợ.', req),
      );
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500 && !isResponseSerializationError(err))
      return send(reply, problem(err.statusCode, 'validation_failed', 'Yêu cầu không hợp lệ.', req));
    req.log.error({ err }, 'unhandled error');
    return send(
      reply,
      problem(
        500,
        'internal',
        'Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên kèm mã yêu cầu.',
        req,
      ),
    );
  });
}

/** A caller's X-Request-Id is kept when it is a plain token; otherwise (or without one) a new UUID. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

export function genReqId(req?: { headers: Record<string, string | string[] | undefined> }): string {
  const given = req?.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}
