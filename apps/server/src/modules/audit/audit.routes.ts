import type { FastifyInstance } from 'fastify';
import { AuditQuery } from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { contentDisposition } from '../../core/files.ts';
import * as svc from './audit.service.ts';

const tags = ['Nhật ký'];

export function registerAuditRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/audit',
    access: 'audit:read',
    tags,
    summary: 'Nhật ký thao tác trong phạm vi',
    query: AuditQuery,
    handler: (ctx, { query }) => svc.listAudit(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/audit/export.xlsx',
    access: 'audit:read',
    tags,
    summary: 'Xuất nhật ký ra .xlsx',
    query: AuditQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { query }, _req, reply) =>
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('nhat-ky-thao-tac.xlsx'))
        .send(await svc.exportAudit(ctx, query)),
  });
}
