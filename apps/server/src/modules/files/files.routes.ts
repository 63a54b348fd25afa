import type { FastifyInstance } from 'fastify';
import { FileListQuery, FileMeta, FileUploadQuery, IdParam, paged } from '@danvan/contracts';
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
    operationId: 'listFiles',
    access: 'files:read',
    tags,
    summary: 'Tệp đính kèm của một hồ sơ',
    response: paged(FileMeta),
    query: FileListQuery,
    handler: (ctx, { query }) => listFiles(ctx, query.entity, query.entityId),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/files',
    operationId: 'uploadFile',
    access: 'files:write',
    tags,
    summary: 'Tải lên tệp minh chứng cho một hồ sơ (multipart: file)',
    response: FileMeta,
    status: 201,
    upload: { file: 'Tệp minh chứng (PDF, ảnh, Word, Excel…)' },
    query: FileUploadQuery,
    // the body is read only once the record is found and the actor may attach to it
    handler: (ctx, { query }, req) =>
      uploadFile(ctx, query.entity, query.entityId, () => readUpload(req, ctx.config.maxUploadBytes)),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/files/:id/content',
    operationId: 'downloadFile',
    access: 'files:read',
    tags,
    summary: 'Tải tệp về',
    response: { file: ['application/octet-stream'] },
    params: IdParam,
    handler: async (ctx, { params }) => download(await downloadFile(ctx, params.id)),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/files/:id',
    operationId: 'deleteFile',
    access: 'files:write',
    tags,
    summary: 'Xóa tệp đính kèm',
    response: null,
    params: IdParam,
    handler: (ctx, { params }) => deleteFile(ctx, params.id),
  });
}
