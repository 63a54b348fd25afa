import type { FastifyInstance } from 'fastify';
import { AuditQuery, AuditView, paged } from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { exportAudit } from './entry/export-entries.ts';
import { listAudit } from './entry/read-entries.ts';

const tags = ['Nhật ký'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerAuditRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/audit',
    operationId: 'listAuditEntries',
    access: 'audit:read',
    tags,
    summary: 'Nhật ký thao tác trong phạm vi',
    response: paged(AuditView),
    query: AuditQuery,
    handler: (ctx, { query }) => listAudit(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/audit/export.xlsx',
    operationId: 'exportAuditEntries',
    access: 'audit:read',
    tags,
    summary: 'Xuất nhật ký ra .xlsx',
    response: { file: [XLSX] },
    query: AuditQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { query }) =>
      download({ filename: 'nhat-ky-thao-tac.xlsx', contentType: XLSX, body: await exportAudit(ctx, query) }),
  });
}
