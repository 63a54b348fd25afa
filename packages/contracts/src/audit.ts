import { z } from 'zod';
import { IsoDate, PageQuery } from './common.ts';

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
  unitId: z.coerce.number().int().optional(),
  actorId: z.coerce.number().int().optional(),
  entity: z.string().max(60).optional(),
  action: z.string().max(60).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
