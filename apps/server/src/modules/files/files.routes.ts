import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FileListQuery, IdParam } from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { contentDisposition, readUpload } from '../../core/files.ts';
import * as svc from './files.service.ts';

const tags = ['Tệp đính kèm'];

export function registerFilesRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/files',
    access: 'files:read',
    tags,
    summary: 'Tệp đính kèm của một hồ sơ',
    query: FileListQuery,
    handler: (ctx, { query }) => svc.listFiles(ctx, query.entity, query.entityId),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/files',
    access: 'files:write',
    tags,
    summary: 'Tải lên tệp minh chứng cho một hồ sơ (multipart: file)',
    query: z.object({ entity: z.string().max(60), entityId: z.string().max(60) }),
    handler: async (ctx, { query }, req, reply) => {
      const upload = await readUpload(req, ctx.config.maxUploadBytes);
      reply.code(201);
      return svc.uploadFile(ctx, query.entity, query.entityId, upload);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/files/:id/content',
    access: 'files:read',
    tags,
    summary: 'Tải tệp về',
    params: IdParam,
    handler: async (ctx, { params }, _req, reply) => {
      const { meta, content } = await svc.downloadFile(ctx, params.id);
      const inline = meta.mime === 'application/pdf' || meta.mime.startsWith('image/');
      return reply
        .header('content-type', meta.mime)
        .header('content-disposition', contentDisposition(meta.originalName, inline))
        .send(content);
    },
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/files/:id',
    access: 'files:write',
    tags,
    summary: 'Xóa tệp đính kèm',
    params: IdParam,
    handler: (ctx, { params }) => svc.deleteFile(ctx, params.id),
  });
}
