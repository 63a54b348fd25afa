import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditQuery } from '@danvan/contracts';
import { addDays, VN_UTC_OFFSET_MINUTES } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { requireActor, scopesFor, unitIdInScopeSql } from '../../core/scope.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { orgUnits } from '../../db/schema/org.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import { presentAudit, type AuditView } from './audit.present.ts';

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
  return { rows: rows.map(({ a, unitName }) => ({ ...a, unitName })), where };
}

export async function listAudit(ctx: Ctx, q: z.infer<typeof AuditQuery>) {
  const { rows, where } = await query(ctx, q, q.pageSize, (q.page - 1) * q.pageSize);
  const items = await presentAudit(ctx, rows);
  const [{ n }] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where);
  return { items, total: n, page: q.page, pageSize: q.pageSize };
}

export const AUDIT_EXPORT_LIMIT = 50_000;

/** Vietnam wall-clock time as a Date whose UTC fields read that time: Excel dates have no time zone. */
function excelLocal(iso: string): Date {
  return new Date(Date.parse(iso) + VN_UTC_OFFSET_MINUTES * 60_000);
}

export async function exportAudit(ctx: Ctx, f: Filter): Promise<Buffer> {
  const { rows } = await query(ctx, f, AUDIT_EXPORT_LIMIT, 0);
  const items: AuditView[] = [];
  // names are resolved in batches of a page, so one query never carries tens of thousands of ids
  for (let i = 0; i < rows.length; i += 1000)
    items.push(...(await presentAudit(ctx, rows.slice(i, i + 1000))));
  return renderXlsx([
    {
      name: 'Nhật ký',
      title: 'NHẬT KÝ THAO TÁC HỆ THỐNG',
      columns: [
        { header: 'Thời gian', key: 'at', width: 17, numFmt: 'dd/mm/yyyy hh:mm' },
        { header: 'Người thực hiện', key: 'actor', width: 24 },
        { header: 'Đơn vị', key: 'unit', width: 30 },
        { header: 'Thao tác', key: 'action', width: 20 },
        { header: 'Đối tượng', key: 'record', width: 36 },
        { header: 'Nội dung thay đổi', key: 'changes', width: 70 },
        { header: 'Địa chỉ IP', key: 'ip', width: 15 },
      ],
      rows: items.map((e) => ({
        at: excelLocal(e.at),
        actor: e.actorLabel,
        unit: e.unitName,
        action: e.actionLabel,
        record: e.recordLabel.startsWith(e.entityLabel)
          ? e.recordLabel
          : `${e.entityLabel}: ${e.recordLabel}`,
        changes: e.summary || null,
        ip: e.ip,
      })),
    },
  ]);
}
