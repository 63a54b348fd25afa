import type { AuditEntry } from '@danvan/contracts';

// TODO(contracts): these mirror apps/server/src/modules/audit/audit.present.ts and belong in
// packages/contracts/src/audit.ts (AuditChange, and AuditEntry extended into AuditView).

/** One changed field, labelled and formatted in Vietnamese by the server. */
export interface AuditChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  /** added: not recorded before ("label: after"); removed: only before; changed: before → after. */
  kind: 'added' | 'removed' | 'changed';
}

/** An audit row as the server presents it: the raw entry plus its readable form. */
export interface AuditView extends AuditEntry {
  atText: string;
  actorLabel: string;
  entityLabel: string;
  actionLabel: string;
  recordLabel: string;
  link: string | null;
  /** created: values set; removed: values before deletion; changed: old → new. */
  mode: 'created' | 'removed' | 'changed';
  changes: AuditChange[];
  summary: string;
}
