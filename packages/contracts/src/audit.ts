import { z } from 'zod';
import { Id, IsoDate, Key, PageQuery } from './common.ts';
import { labelled } from './labels.ts';

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
  unitId: labelled(Id, 'Đơn vị').optional(),
  actorId: labelled(Id, 'Người thực hiện').optional(),
  entity: Key(60, 'Loại hồ sơ').optional(),
  action: Key(60, 'Thao tác').optional(),
  from: labelled(IsoDate, 'Từ ngày').optional(),
  to: labelled(IsoDate, 'Đến ngày').optional(),
});
