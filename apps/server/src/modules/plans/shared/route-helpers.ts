/** What the route files of the plans module share: the OpenAPI tag and file replies. */
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../../../core/files.ts';

export const tags = ['Kế hoạch, nhiệm vụ'];
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const file = (reply: FastifyReply, type: string, name: string, buf: Buffer) =>
  reply.header('content-type', type).header('content-disposition', contentDisposition(name)).send(buf);
