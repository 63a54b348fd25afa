import type { z } from 'zod';
import type { AuditQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { listPage } from '../../../core/page.ts';
import { requireActor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import { auditReadScope } from './entry.policy.ts';
import { presentAudit } from './entry.present.ts';
import * as repo from './entry.repository.ts';

/** One page of the audit trail in the reader's scope, in readable form. */
export async function listAudit(ctx: Ctx, q: z.infer<typeof AuditQuery>) {
  return listPage(ctx, q, {
    ...repo.entryList(ctx.db, auditReadScope(requireActor(ctx.actor)), q),
    present: (rows) => presentAudit(ctx, rows),
  });
}

/** The audit trail of one record, for its history panel (the audit row is the record of each change). */
export async function auditHistory(db: Db, entity: string, entityId: string) {
  return repo.historyOf(db, entity, entityId);
}
