import type { FastifyInstance } from 'fastify';
import { FileListQuery, FileUploadQuery, IdParam } from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { readUpload } from '../../core/files.ts';
import { deleteFile } from './file/delete-file.ts';
import { downloadFile } from './file/download-file.ts';
import { listFiles } from './file/list-files.ts';
import { uploadFile } from './file/upload-file.ts';

const tags = ['Tệp đính kèm'];

export function registerFilesRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/files',
    access: 'files:read',
    tags,
    summary: 'Tệp đính kèm của một hồ sơ',
    query: FileListQuery,
    handler: (ctx, { query }) => listFiles(ctx, query.entity, query.entityId),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/files',
    access: 'files:write',
    tags,
    summary: 'Tải lên tệp minh chứng cho một hồ sơ (multipart: file)',
    query: FileUploadQuery,
    handler: async (ctx, { query }, req, reply) => {
      // the body is read only once the record is found and the actor may attach to it
      const file = await uploadFile(ctx, query.entity, query.entityId, () =>
        readUpload(req, ctx.config.maxUploadBytes),
      );
      reply.code(201);
      return file;
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/files/:id/content',
    access: 'files:read',
    tags,
    summary: 'Tải tệp về',
    params: IdParam,
    handler: async (ctx, { params }) => download(await downloadFile(ctx, params.id)),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/files/:id',
    access: 'files:write',
    tags,
    summary: 'Xóa tệp đính kèm',
    params: IdParam,
    handler: (ctx, { params }) => deleteFile(ctx, params.id),
  });
}
