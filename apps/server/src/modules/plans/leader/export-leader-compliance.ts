/** The leader-in-charge coverage as .xlsx. */
import type { LeaderComplianceQuery } from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { renderXlsx } from '../../../core/documents/xlsx.ts';
import { leaderCompliance } from './read-leader-compliance.ts';

export async function exportLeaderCompliance(ctx: Ctx, q: LeaderComplianceQuery) {
  const r = await leaderCompliance(ctx, q);
  const kindName = new Map(UNIT_KINDS.map((k) => [k.code as string, k.nameVi]));
  const fmt = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return renderXlsx([
    {
      name: 'Lãnh đạo phụ trách',
      title: `${q.missingOnly ? 'ĐƠN VỊ CHƯA PHÂN CÔNG' : 'TÌNH HÌNH PHÂN CÔNG'} LÃNH ĐẠO PHỤ TRÁCH CÔNG TÁC DÂN VẬN CHÍNH QUYỀN (ĐẾN NGÀY ${fmt(r.asOf)})`,
      columns: [
        { header: 'STT', key: 'stt', width: 6 },
        { header: 'Mã đơn vị', key: 'code', width: 16 },
        { header: 'Đơn vị', key: 'name', width: 40 },
        { header: 'Loại đơn vị', key: 'kind', width: 24 },
        { header: 'Lãnh đạo phụ trách', key: 'leader', width: 28 },
        { header: 'Chức vụ', key: 'position', width: 24 },
        { header: 'Văn bản phân công', key: 'decision', width: 22 },
        { header: 'Từ ngày', key: 'from', width: 12, type: 'date' },
      ],
      rows: r.rows.map((x, i) => ({
        stt: i + 1,
        code: x.unitCode,
        name: x.unitName,
        kind: kindName.get(x.kind) ?? x.kind,
        leader: x.leaderName ?? 'Chưa phân công',
        position: x.position,
        decision: x.decisionNumber,
        from: x.fromDate,
      })),
    },
  ]);
}
