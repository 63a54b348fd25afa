import { z } from 'zod';
import { Id, IsoDate, Key, PageQuery } from './common.ts';

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string().nullable(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditQuery = PageQuery.extend({
  unitId: Id.optional(),
  actorId: Id.optional(),
  entity: Key(60, 'Loại hồ sơ').optional(),
  action: Key(60, 'Thao tác').optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
