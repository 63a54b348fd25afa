import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteAccess } from '@danvan/contracts';
import type { Ctx } from './context.ts';
import { Forbidden, Unauthenticated } from './errors.ts';

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
