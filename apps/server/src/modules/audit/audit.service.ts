import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditQuery } from '@danvan/contracts';
import { addDays, formatDateTimeVi } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { requireActor, scopesFor, unitIdInScopeSql } from '../../core/scope.ts';
import { auditLog } from '../../db/schema/platform.ts';
import { orgUnits } from '../../db/schema/org.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';

type Filter = Omit<z.infer<typeof AuditQuery>, 'page' | 'pageSize'>;

/** Dates are Vietnamese calendar days: [from 00:00, to+1 00:00) at UTC+7. */
function vnDayStart(iso: string): Date {
  return new Date(`${iso}T00:00:00+07:00`);
}

function whereOf(ctx: Ctx, f: Filter): SQL {
  const scopes = scopesFor(requireActor(ctx.actor), 'audit:read');
  // Entries without a unit (logins, accounts) are shown to those who read the audit of a whole root.
  const rootReader = scopes.some((s) => s.subtree && s.path.split('/').filter(Boolean).length === 1);
  const scope = rootReader
    ? or(sql`${auditLog.unitId} is null`, unitIdInScopeSql(scopes, auditLog.unitId))!
    : unitIdInScopeSql(scopes, auditLog.unitId);
  return and(
    scope,
    f.unitId ? eq(auditLog.unitId, f.unitId) : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.from ? gte(auditLog.at, vnDayStart(f.from)) : undefined,
    f.to ? lt(auditLog.at, vnDayStart(addDays(f.to, 1))) : undefined,
  )!;
}

async function query(ctx: Ctx, f: Filter, limit: number, offset: number) {
  const where = whereOf(ctx, f);
  const rows = await ctx.db
    .select({ a: auditLog, unitName: orgUnits.name })
    .from(auditLog)
    .leftJoin(orgUnits, eq(orgUnits.id, auditLog.unitId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
  return {
    items: rows.map(({ a, unitName }) => ({ ...a, at: a.at.toISOString(), unitName })),
    where,
  };
}

export async function listAudit(ctx: Ctx, q: z.infer<typeof AuditQuery>) {
  const { items, where } = await query(ctx, q, q.pageSize, (q.page - 1) * q.pageSize);
  const [{ n }] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where);
  return { items, total: n, page: q.page, pageSize: q.pageSize };
}

export const AUDIT_EXPORT_LIMIT = 50_000;

export async function exportAudit(ctx: Ctx, f: Filter): Promise<Buffer> {
  const { items } = await query(ctx, f, AUDIT_EXPORT_LIMIT, 0);
  return renderXlsx([
    {
      name: 'Nhật ký',
      title: 'NHẬT KÝ THAO TÁC HỆ THỐNG',
      columns: [
        { header: 'Thời gian', key: 'at', width: 18 },
        { header: 'Người thực hiện', key: 'actor', width: 24 },
        { header: 'Đơn vị', key: 'unit', width: 30 },
        { header: 'Đối tượng', key: 'entity', width: 16 },
        { header: 'Mã bản ghi', key: 'entityId', width: 10 },
        { header: 'Thao tác', key: 'action', width: 14 },
        { header: 'Địa chỉ IP', key: 'ip', width: 14 },
        { header: 'Mã yêu cầu', key: 'requestId', width: 36 },
        { header: 'Trước', key: 'before', width: 50 },
        { header: 'Sau', key: 'after', width: 50 },
      ],
      rows: items.map((e) => ({
        at: formatDateTimeVi(new Date(e.at)),
        actor: e.actorName,
        unit: e.unitName,
        entity: e.entity,
        entityId: e.entityId,
        action: e.action,
        ip: e.ip,
        requestId: e.requestId,
        before: e.before == null ? null : JSON.stringify(e.before).slice(0, 32000),
        after: e.after == null ? null : JSON.stringify(e.after).slice(0, 32000),
      })),
    },
  ]);
}
