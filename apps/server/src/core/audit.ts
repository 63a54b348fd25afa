import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/platform.ts';
import type { Ctx } from './context.ts';

export interface AuditInput {
  entity: string;
  entityId?: string | number | null;
  unitId?: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Fields never written to the audit trail. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'newPassword', 'currentPassword']);
function scrub(v: unknown): unknown {
  if (v === undefined) return null;
  return JSON.parse(
    JSON.stringify(v, (k, val) =>
      SECRET_KEYS.has(k) ? '[ẩn]' : typeof val === 'bigint' ? Number(val) : val,
    ),
  );
}

/** Writes one audit row in the given transaction; if it fails the surrounding change rolls back. */
export async function audit(tx: Db, ctx: Ctx, e: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    at: ctx.clock.now(),
    actorId: ctx.actor && !ctx.actor.system ? ctx.actor.userId : null,
    actorName: ctx.actor?.fullName ?? 'Hệ thống',
    ip: ctx.ip,
    requestId: ctx.requestId,
    unitId: e.unitId ?? null,
    entity: e.entity,
    entityId: e.entityId == null ? null : String(e.entityId),
    action: e.action,
    before: scrub(e.before) as never,
    after: scrub(e.after) as never,
  });
}

/** Runs `fn` in a transaction (or the one already open on ctx) with ctx.db bound to it. */
export async function inTx<T>(ctx: Ctx, fn: (tx: Db, txCtx: Ctx) => Promise<T>): Promise<T> {
  if ((ctx as Ctx & { inTx?: boolean }).inTx) return fn(ctx.db, ctx);
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx as unknown as Db, inTx: true } as Ctx;
    return fn(tx as unknown as Db, txCtx);
  });
}
