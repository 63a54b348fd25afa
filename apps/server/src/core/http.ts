import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Problem } from '@danvan/contracts';
import { AppError } from './errors.ts';
import type { Clock } from './context.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { resolveSession, SESSION_COOKIE } from './sessions.ts';

const TITLES: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ',
  401: 'Chưa đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  409: 'Xung đột dữ liệu',
  413: 'Dữ liệu quá lớn',
  415: 'Định dạng không được hỗ trợ',
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

/** Request context, error mapping, Origin check and security headers. */
export function installHttp(
  app: FastifyInstance,
  deps: { database: Database; config: Config; clock: Clock },
): void {
  app.decorateRequest('ctx', null as never);

  app.addHook('onRequest', async (req, reply) => {
    req.ctx = {
      db: deps.database.db,
      actor: null,
      requestId: req.id,
      ip: req.ip ?? null,
      clock: deps.clock,
      config: deps.config,
    };
    if (!req.url.startsWith('/api/')) return;
    // CSRF defence in depth (cookies are SameSite=Lax): a state-changing request from a browser must
    // come from our own origin.
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
      const origin = req.headers.origin;
      if (origin) {
        const allowed = new Set([`http://${req.headers.host}`, `https://${req.headers.host}`]);
        if (deps.config.PUBLIC_URL) allowed.add(new URL(deps.config.PUBLIC_URL).origin);
        if (!allowed.has(origin))
          return send(
            reply,
            problem(403, 'origin_mismatch', 'Yêu cầu đến từ một nguồn không được phép.', req),
          );
      } else if (req.headers['sec-fetch-site'] === 'cross-site') {
        return send(reply, problem(403, 'origin_mismatch', 'Yêu cầu đến từ một nguồn không được phép.', req));
      }
    }
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) {
      const found = await resolveSession(deps.database.db, token, deps.clock.now());
      if (found && 'actor' in found) req.ctx.actor = found.actor;
      else {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        if (found && 'expired' in found) reply.header('x-session-expired', '1');
      }
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (req.url.startsWith('/api/')) {
      reply.header('cache-control', 'no-store');
    }
    if (!req.url.startsWith('/api/docs')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      );
    }
    return payload;
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      return send(
        reply,
        problem(err.status, err.code, err.message, req, { params: err.params, errors: err.errors }),
      );
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = err.validation.map((v) => ({
        path:
          (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.') ||
          (v.params as { issue?: { path?: unknown[] } })?.issue?.path?.join('.') ||
          '',
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      return send(
        reply,
        problem(
          400,
          'validation_failed',
          errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; '),
          req,
          {
            errors,
          },
        ),
      );
    }
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

export function genReqId(): string {
  return randomUUID();
}
