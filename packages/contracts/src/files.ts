import { z } from 'zod';

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
export const FileListQuery = z.object({ entity: z.string().max(60), entityId: z.string().max(60) });
