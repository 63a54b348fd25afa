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
      return result;
    },
  });
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
