/** The register of guiding documents as .xlsx. */
import type { GuidingDocumentKind, GuidingDocumentQuery } from '@danvan/contracts';
import { GUIDING_DOCUMENT_KIND_LABELS } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { renderXlsx } from '../../../core/documents/xlsx.ts';
import { fetchRows } from '../../../core/page.ts';
import { readScopes, readableUnit } from '../shared/unit.policy.ts';
import * as repo from './guiding-document.repository.ts';

export async function exportDocs(ctx: Ctx, q: Omit<GuidingDocumentQuery, 'page' | 'pageSize'>) {
  requireActor(ctx.actor);
  const usableBy = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const list = repo.docList(ctx.db, readScopes(ctx), {
    q: q.q?.trim() || undefined,
    kind: q.kind,
    year: q.year,
    usableBy,
  });
  const rows = await fetchRows(list.rows, { limit: 20_000, offset: 0 });
  return renderXlsx([
    {
      name: 'Văn bản chỉ đạo',
      title: 'SỔ VĂN BẢN CHỈ ĐẠO',
      columns: [
        { header: 'STT', key: 'stt', width: 6 },
        { header: 'Số, ký hiệu', key: 'numberSymbol', width: 22 },
        { header: 'Ngày ban hành', key: 'issuedOn', width: 14, type: 'date' },
        { header: 'Loại văn bản', key: 'kind', width: 16 },
        { header: 'Cơ quan ban hành', key: 'issuer', width: 32 },
        { header: 'Trích yếu', key: 'title', width: 60 },
        { header: 'Tóm tắt', key: 'summary', width: 60 },
        { header: 'Đơn vị lưu', key: 'unitName', width: 30 },
      ],
      rows: rows.map((d, i) => ({
        stt: i + 1,
        numberSymbol: d.numberSymbol,
        issuedOn: d.issuedOn,
        kind: GUIDING_DOCUMENT_KIND_LABELS[d.kind as GuidingDocumentKind]?.vi ?? d.kind,
        issuer: d.issuer,
        title: d.title,
        summary: d.summary,
        unitName: d.unitName,
      })),
    },
  ]);
}
