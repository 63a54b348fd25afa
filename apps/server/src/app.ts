import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { systemClock, type Clock } from './core/context.ts';
import { frameworkOptions, genReqId, installHttp } from './core/http.ts';
import { loggerOptions, OneLinePerRequest } from './core/logger.ts';
import { openapiOptions } from './core/openapi.ts';
import { responseSerializer, type RouteMeta } from './core/route.ts';
import { registerModuleHooks, registerModules } from './modules/index.ts';
import { ROBOTS_TXT } from './modules/portal/index.ts';

export interface AppDeps {
  database: Database;
  config: Config;
  clock?: Clock;
  logger?: boolean;
  /** Where the log goes instead of stdout (tests that read it). */
  logStream?: { write(line: string): void };
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
    // one JSON object a line, with no SQL, query parameters or personal search terms (core/logger.ts)
    logger: deps.logger ? loggerOptions(deps.config, deps.logStream) : false,
    // one line per request, when it ends (core/logger.ts), and one for a request the client abandoned
    ...(deps.logger ? { logController: new OneLinePerRequest() } : {}),
    genReqId,
    // Only configured proxies may tell us the client's address; otherwise X-Forwarded-For is ignored
    // (a client could pick its own IP and escape the per-address login limit).
    trustProxy: deps.config.trustedProxies.length ? deps.config.trustedProxies : false,
    bodyLimit: 2 * 1024 * 1024,
    ...frameworkOptions,
  });
  if (deps.logger)
    app.addHook('onRequestAbort', (req, done) => {
      req.log.info({ req }, 'request aborted');
      done();
    });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer);

  const table: RouteMeta[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/v1/')) return;
    const access = r.config?.access;
    if (!access) throw new Error(`Route ${r.method} ${r.url} does not declare its access`);
    for (const m of [r.method].flat())
      if (m !== 'HEAD') table.push({ method: m as RouteMeta['method'], url: r.url, access });
  });

  // br/gzip for JSON and the web app's text assets (files already compressed, xlsx/docx/png, are left)
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 20 } });
  // RateLimit-Limit / -Remaining / -Reset (the IETF draft's fields) instead of the legacy x-ratelimit-*
  await app.register(rateLimit, { global: false, enableDraftSpec: true });
  await app.register(swagger, openapiOptions());
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installHttp(app, { database: deps.database, config: deps.config, clock });
  registerModuleHooks();
  registerModules(app, deps.database);

  const dist = deps.config.WEB_DIST ?? WEB_DIST_DEFAULT;
  // what browsers and crawlers ask for by name: only the citizens' portal is indexed (not the staff
  // app, not the API: modules/portal/robots.ts); the icon is the SVG
  app.get('/robots.txt', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=86400').send(ROBOTS_TXT),
  );
  app.get('/favicon.ico', { schema: { hide: true } }, async (_req, reply) =>
    existsSync(path.join(dist, 'favicon.svg'))
      ? reply.header('cache-control', 'public, max-age=86400').redirect('/favicon.svg', 301)
      : reply.code(204).send(),
  );
  if (existsSync(path.join(dist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      // Vite's hashed bundles (/assets/*-<hash>.js) never change: a year, immutable; the rest an hour
      cacheControl: false,
      setHeaders: (reply, file) =>
        reply.header(
          'cache-control',
          path.resolve(file).startsWith(path.resolve(dist, 'assets') + path.sep)
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=3600',
        ),
    });
    app.setNotFoundHandler(async (req, reply) => {
      const page = req.method === 'GET' || req.method === 'HEAD';
      const pathname = req.url.split('?')[0];
      if (page && !req.url.startsWith('/api/') && !path.extname(pathname)) {
        // read per request: a rebuilt web app is served without restarting the server; the citizens'
        // portal (/cong-dan, /cong-dan/…) has its own page and bundle (apps/web/cong-dan.html)
        const portal = pathname === '/cong-dan' || pathname.startsWith('/cong-dan/');
        const html = await readFile(path.join(dist, portal ? 'cong-dan.html' : 'index.html'));
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
