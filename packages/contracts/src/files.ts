import { z } from 'zod';
import { IdString, Key } from './common.ts';
import { labelled } from './labels.ts';

export const FileMeta = z.object({
  id: z.number().int(),
  entity: z.string(),
  entityId: z.string(),
  originalName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});
export type FileMeta = z.infer<typeof FileMeta>;
/** The record a file belongs to: its kind and its id (canonical, so one record has one spelling). */
export const FileListQuery = z.object({
  entity: Key(60, 'Loại hồ sơ'),
  entityId: labelled(IdString, 'Mã hồ sơ'),
});
/** Upload: the same owner. */
export const FileUploadQuery = FileListQuery;
