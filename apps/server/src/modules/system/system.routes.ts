import type { FastifyInstance } from 'fastify';
import { route } from '../../core/route.ts';
import type { Database } from '../../db/client.ts';

export function registerSystemRoutes(app: FastifyInstance, database: Database) {
  app.get('/healthz', { config: { access: 'public' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' } }, async (_req, reply) => {
    try {
      await database.query('select 1');
      return { status: 'ready', database: database.driver };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/meta',
    access: 'public',
    tags: ['Hệ thống'],
    summary: 'Thông tin triển khai (chế độ trình diễn, phiên bản)',
    handler: async (ctx) => ({ demo: ctx.config.demo, version: '0.1.0', database: database.driver }),
  });
}
