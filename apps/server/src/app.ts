import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { systemClock, type Clock } from './core/context.ts';
import { frameworkOptions, genReqId, installHttp } from './core/http.ts';
import type { RouteMeta } from './core/route.ts';
import { registerModuleHooks, registerModules } from './modules/index.ts';

export interface AppDeps {
  database: Database;
  config: Config;
  clock?: Clock;
  logger?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteMeta[];
  }
}

const WEB_DIST_DEFAULT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the application; never listens (tests use inject, main.ts listens). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    logger: deps.logger
      ? { level: deps.config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization'] }
      : false,
    genReqId,
    // Only configured proxies may tell us the client's address; otherwise X-Forwarded-For is ignored
    // (a client could pick its own IP and escape the per-address login limit).
    trustProxy: deps.config.trustedProxies.length ? deps.config.trustedProxies : false,
    bodyLimit: 2 * 1024 * 1024,
    ...frameworkOptions,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const table: RouteMeta[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/v1/')) return;
    const access = r.config?.access;
    if (!access) throw new Error(`Route ${r.method} ${r.url} does not declare its access`);
    for (const m of [r.method].flat())
      if (m !== 'HEAD') table.push({ method: m as RouteMeta['method'], url: r.url, access });
  });

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 20 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'danvan — Dân vận chính quyền API',
        version: '1.0.0',
        description:
          'API REST của hệ thống quản lý công tác dân vận chính quyền. Xác thực bằng cookie phiên (đăng nhập tại /api/v1/auth/login). Lỗi trả về theo application/problem+json với trường `code` ổn định.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dv_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installHttp(app, { database: deps.database, config: deps.config, clock });
  registerModuleHooks();
  registerModules(app, deps.database);

  const dist = deps.config.WEB_DIST ?? WEB_DIST_DEFAULT;
  if (existsSync(path.join(dist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      maxAge: '1h',
      immutable: false,
    });
    app.setNotFoundHandler(async (req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/') && !path.extname(req.url.split('?')[0])) {
        // read per request: a rebuilt web app is served without restarting the server
        const html = await readFile(path.join(dist, 'index.html'));
        return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
      }
      return reply.code(404).type('application/problem+json').send({
        type: 'about:blank',
        title: 'Không tìm thấy',
        status: 404,
        code: 'not_found',
        detail: 'Địa chỉ không tồn tại.',
      });
    });
  } else {
    app.setNotFoundHandler(async (_req, reply) =>
      reply.code(404).type('application/problem+json').send({
        type: 'about:blank',
        title: 'Không tìm thấy',
        status: 404,
        code: 'not_found',
        detail: 'Địa chỉ không tồn tại.',
      }),
    );
  }
  return app;
}
