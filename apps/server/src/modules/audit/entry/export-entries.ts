import type { AuditView } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { renderXlsx } from '../../../core/documents/xlsx.ts';
import { fetchRows } from '../../../core/page.ts';
import { requireActor } from '../../../core/scope.ts';
import { auditReadScope } from './entry.policy.ts';
import { presentAudit } from './entry.present.ts';
import * as repo from './entry.repository.ts';

export const AUDIT_EXPORT_LIMIT = 50_000;

/** The audit trail in the reader's scope as an .xlsx workbook (at most AUDIT_EXPORT_LIMIT rows). */
export async function exportAudit(ctx: Ctx, f: repo.AuditFilter): Promise<Buffer> {
  const { rows: query } = repo.entryList(ctx.db, auditReadScope(requireActor(ctx.actor)), f);
  const rows = await fetchRows(query, { limit: AUDIT_EXPORT_LIMIT, offset: 0 });
  const items: AuditView[] = [];
  // names are resolved in batches of a page, so one query never carries tens of thousands of ids
  for (let i = 0; i < rows.length; i += 1000)
    items.push(...(await presentAudit(ctx, rows.slice(i, i + 1000))));
  return renderXlsx([
    {
      name: 'Nhật ký',
      title: 'NHẬT KÝ THAO TÁC HỆ THỐNG',
      columns: [
        // an instant: the sheet shows it in Vietnam time (renderXlsx), dd/mm/yyyy hh:mm
        { header: 'Thời gian', key: 'at', width: 17, type: 'datetime' },
        { header: 'Người thực hiện', key: 'actor', width: 24 },
        { header: 'Đơn vị', key: 'unit', width: 30 },
        { header: 'Thao tác', key: 'action', width: 20 },
        { header: 'Đối tượng', key: 'record', width: 36 },
        { header: 'Nội dung thay đổi', key: 'changes', width: 70 },
        { header: 'Địa chỉ IP', key: 'ip', width: 15 },
      ],
      rows: items.map((e) => ({
        at: e.at,
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
