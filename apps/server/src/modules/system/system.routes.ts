import type { FastifyInstance } from 'fastify';
import { DeploymentMeta, Health, Readiness } from '@danvan/contracts';
import type { ServerModule } from '../../core/module.ts';
import { route } from '../../core/route.ts';
import { checkReadiness } from './health/check-readiness.ts';
import { readMeta } from './health/read-meta.ts';

type Deps = Parameters<ServerModule['routes']>[1];

export function registerSystemRoutes(app: FastifyInstance, { database }: Deps) {
  const tags = ['Hệ thống'];
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'checkHealth',
        summary: 'Máy chủ đang chạy (liveness)',
        tags,
        response: { 200: Health },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  const readyz = {
    operationId: 'checkReadiness',
    summary: 'Máy chủ sẵn sàng phục vụ: cơ sở dữ liệu trả lời trong 3 giây (readiness)',
    tags,
    response: { 200: Readiness, 503: Readiness },
  };
  app.get('/readyz', { config: { access: 'public' }, schema: readyz }, async (req, reply) => {
    const r = await checkReadiness(database, req.log);
    return r.ready ? r.body : reply.code(503).send(r.body);
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/meta',
    operationId: 'getMeta',
    access: 'public',
    tags: ['Hệ thống'],
    summary: 'Thông tin triển khai (chế độ trình diễn, phiên bản)',
    response: DeploymentMeta,
    handler: async (ctx) => readMeta(ctx, database),
  });
}
