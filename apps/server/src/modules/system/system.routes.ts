import type { FastifyInstance } from 'fastify';
import type { ServerModule } from '../../core/module.ts';
import { route } from '../../core/route.ts';
import { checkReadiness } from './health/check-readiness.ts';
import { readMeta } from './health/read-meta.ts';

type Deps = Parameters<ServerModule['routes']>[1];

export function registerSystemRoutes(app: FastifyInstance, { database }: Deps) {
  app.get('/healthz', { config: { access: 'public' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' } }, async (req, reply) => {
    const r = await checkReadiness(database, req.log);
    return r.ready ? r.body : reply.code(503).send(r.body);
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/meta',
    access: 'public',
    tags: ['Hệ thống'],
    summary: 'Thông tin triển khai (chế độ trình diễn, phiên bản)',
    handler: async (ctx) => readMeta(ctx, database),
  });
}
