import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/audit.ts';
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

/** Bookkeeping a save always moves; it is not a change of the record. */
const BOOKKEEPING_KEYS = new Set(['updatedAt', 'updatedBy']);

function isEmpty(v: unknown): boolean {
  return (
    v === null ||
    v === undefined ||
    v === '' ||
    v === 0 ||
    v === false ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)
  );
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * Whether an update changed nothing: every field of `after` (a whole record or just the fields sent)
 * equals the same field of `before`, bookkeeping aside; a field `before` lacks counts only when it holds
 * something (a count of 0, an empty list). Compared as stored (after scrubbing), so dates compare as text.
 */
export function isNoopUpdate(before: unknown, after: unknown): boolean {
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isRecord(before) || !isRecord(after)) return false;
  for (const [k, v] of Object.entries(after)) {
    if (BOOKKEEPING_KEYS.has(k)) continue;
    if (!Object.prototype.hasOwnProperty.call(before, k)) {
      if (!isEmpty(v)) return false;
    } else if (!sameJson(before[k], v)) return false;
  }
  return true;
}

/**
 * Writes one audit row in the given transaction; if it fails the surrounding change rolls back.
 * An 'update' whose `after` equals `before` on every field it carries is no change and writes nothing.
 */
export async function audit(tx: Db, ctx: Ctx, e: AuditInput): Promise<void> {
  const before = scrub(e.before);
  const after = scrub(e.after);
  if (e.action === 'update' && isNoopUpdate(before, after)) return;
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
    before: before as never,
    after: after as never,
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
