import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { Config } from '../config.ts';

// What the server writes to its log: one JSON object per line (pino), and no personal data. A failing
// query is logged by its SQLSTATE, constraint and message, never with its SQL text or parameters
// (which carry what the user typed: names, phone numbers, case notes); search terms and other
// personal query parameters are replaced in URLs; e-mail addresses and phone numbers in any message
// are masked.

/** Query parameters whose values are personal (search terms, names, contacts, identity numbers). */
const PERSONAL_PARAMS = new Set(
  [
    'q',
    'search',
    'keyword',
    'term',
    'name',
    'fullname',
    'username',
    'email',
    'phone',
    'mobile',
    'address',
    'cccd',
    'cmnd',
    'idnumber',
    'citizen',
    'token',
    'password',
  ].map((k) => k.toLowerCase()),
);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** Vietnamese phone numbers (0xx… or +84…, 9–11 digits, with or without separators). */
const PHONE = /(?<![\p{N}])(?:\+?84|0)(?:[\s.-]?\p{N}){8,10}(?![\p{N}])/gu;
export const REDACTED = '[đã ẩn]';

/** Masks e-mail addresses and phone numbers in free text. */
export function maskPersonal(text: string): string {
  return text.replace(EMAIL, '[email]').replace(PHONE, '[sđt]');
}

/** The URL with the values of personal query parameters replaced (and contacts masked in the rest). */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const i = url.indexOf('?');
  if (i < 0) return maskPersonal(url);
  const pathPart = url.slice(0, i);
  const query = url
    .slice(i + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawKey = eq < 0 ? pair : pair.slice(0, eq);
      let key = rawKey;
      let value = eq < 0 ? '' : pair.slice(eq + 1);
      try {
        key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
        value = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        return `${rawKey}=${REDACTED}`; // undecodable: say nothing of it
      }
      if (eq < 0) return rawKey;
      const base = key.replace(/\[.*$/, '').toLowerCase();
      if (PERSONAL_PARAMS.has(base)) return `${rawKey}=${REDACTED}`;
      const masked = maskPersonal(value);
      return masked === value ? pair : `${rawKey}=${masked}`;
    })
    .join('&');
  return `${maskPersonal(pathPart)}?${query}`;
}

/** What of an error is safe to log: its kind, code and message, never a query or its parameters. */
const SAFE_FIELDS = [
  'code',
  'statusCode',
  'severity',
  'routine',
  'schema',
  'table',
  'column',
  'constraint',
] as const;

/** The message without the values the database quotes back (`invalid input syntax …: "0912…"`). */
function safeMessage(err: Record<string, unknown>): string {
  let m = typeof err.message === 'string' ? err.message : String(err.message ?? '');
  // Drizzle's wrapper: "Failed query: <sql>\nparams: <values>"; the reason is in its cause
  if ('query' in err || 'params' in err || /^Failed query:/.test(m))
    return 'Câu lệnh cơ sở dữ liệu thất bại (câu lệnh và tham số không ghi vào nhật ký)';
  if (typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code)) m = m.replace(/:\s*".*"\s*$/s, ': "…"');
  return maskPersonal(m);
}

export function serializeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!err || typeof err !== 'object') return { message: maskPersonal(String(err)) };
  const e = err as Record<string, unknown>;
  const out: Record<string, unknown> = {
    type: (e.constructor as { name?: string } | undefined)?.name ?? 'Error',
    message: safeMessage(e),
  };
  for (const k of SAFE_FIELDS) if (typeof e[k] === 'string' || typeof e[k] === 'number') out[k] = e[k];
  // only the frames: the first lines of a stack repeat the message (with the SQL, for Drizzle)
  if (typeof e.stack === 'string')
    out.stack = e.stack
      .split('\n')
      .filter((l) => /^\s+at /.test(l))
      .join('\n');
  if (e.cause && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

interface RequestLike {
  method?: string;
  url?: string;
  ip?: string;
  id?: string;
  routeOptions?: { url?: string };
}

function serializeRequest(req: RequestLike) {
  return { method: req.method, url: redactUrl(req.url), route: req.routeOptions?.url, remoteAddress: req.ip };
}

/** Fastify's logger options: pino with the serializers above. */
export function loggerOptions(
  config: Pick<Config, 'LOG_LEVEL'>,
  stream?: { write(line: string): void },
): NonNullable<Exclude<FastifyServerOptions['logger'], boolean>> {
  return {
    level: config.LOG_LEVEL,
    redact: ['req.headers.cookie', 'req.headers.authorization'],
    serializers: {
      err: serializeError as never,
      error: serializeError as never,
      req: serializeRequest as never,
    },
    ...(stream ? { stream } : {}),
  };
}

/**
 * One log line per request, written when it ends: Fastify's own two ("incoming request" and
 * "request completed", each a JSON serialisation and a write) made a tenth of the CPU time of a
 * small authenticated read. The line keeps what both said: the request id, the request (method,
 * redacted URL, route, address), the status and the time taken; an errored response (the client
 * went away mid-answer) is logged at `error` as before, and app.ts logs a request the client
 * abandoned before its answer ("request aborted"). What is lost is only the line of a request still
 * running, seen before it ends.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    if (error)
      reply.log.error(
        { req: request, res: reply, err: error, responseTime: reply.elapsedTime },
        'request errored',
      );
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
