import type { FastifyInstance } from 'fastify';
import { route } from '../../core/route.ts';
import type { Database } from '../../db/client.ts';

export function registerSystemRoutes(app: FastifyInstance, database: Database) {
  app.get('/healthz', { config: { access: 'public' } }, async () => ({ status: 'ok' }));
  // Ready only when the database answers within 3 s: a load balancer stops sending traffic to an
  // instance whose database is away (requests meanwhile get 503 database_unavailable).
  app.get('/readyz', { config: { access: 'public' } }, async (req, reply) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        database.query('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('readiness check timed out')), 3000);
        }),
      ]);
      return { status: 'ready', database: database.driver };
    } catch (err) {
      req.log.warn({ err }, 'readyz: database unavailable');
      return reply.code(503).send({
        status: 'not_ready',
        database: database.driver,
        detail: 'Cơ sở dữ liệu tạm thời không truy cập được.',
      });
    } finally {
      clearTimeout(timer);
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
