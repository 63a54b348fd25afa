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
  /** The record's fields before and after (null when there were none). */
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** One changed field of an audit row, labelled and formatted in Vietnamese by the server. */
export const AuditChange = z.object({
  /** The key path in before/after, e.g. "status" or "narratives.II.1". */
  field: z.string(),
  label: z.string(),
  /** The value before, formatted; null when there was none (a creation or a new field). */
  before: z.string().nullable(),
  /** The value after, formatted; null when there is none (a deletion or an emptied field). */
  after: z.string().nullable(),
  /** added: the field was not recorded before (read "label: after"); removed: only before; changed: before → after. */
  kind: z.enum(['added', 'removed', 'changed']),
});
export type AuditChange = z.infer<typeof AuditChange>;

/** An audit row as the server presents it: the raw entry plus its readable form (page and export). */
export const AuditView = AuditEntry.extend({
  /** dd/MM/yyyy HH:mm in Vietnam time. */
  atText: z.string(),
  actorLabel: z.string(),
  entityLabel: z.string(),
  actionLabel: z.string(),
  /** The record as a reader names it: "Kế hoạch “…”", "Báo cáo 6 tháng… – Xã A", or "Báo cáo #12". */
  recordLabel: z.string(),
  /** The record's page in the web app, when it has one. */
  link: z.string().nullable(),
  /** How to read the changes: values set on creation, values removed, or old → new. */
  mode: z.enum(['created', 'removed', 'changed']),
  changes: z.array(AuditChange),
  /** The changes as text, one line each: "Trạng thái: Đã gửi → Bị trả lại". */
  summary: z.string(),
});
export type AuditView = z.infer<typeof AuditView>;
export const AuditQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  actorId: labelled(Id, 'Người thực hiện').optional(),
  entity: Key(60, 'Loại hồ sơ').optional(),
  action: Key(60, 'Thao tác').optional(),
  from: labelled(IsoDate, 'Từ ngày').optional(),
  to: labelled(IsoDate, 'Đến ngày').optional(),
});
