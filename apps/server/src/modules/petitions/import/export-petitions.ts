import type { PetitionListQuery } from '@danvan/contracts';
import {
  PETITION_CHANNEL_LABELS,
  PETITION_FIELD_LABELS,
  PETITION_FLAG_LABELS,
  PETITION_KIND_LABELS,
  PETITION_STATUS_LABELS,
  type PetitionChannel,
  type PetitionField,
  type PetitionKind,
  type PetitionStatus,
} from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { renderXlsx } from '../../../core/documents/xlsx.ts';
import { listPetitions } from '../petition/read-petition.ts';

/** The register as .xlsx (dates as Date cells): never a content, never a denouncer (a tố cáo has no name). */
export async function exportPetitions(ctx: Ctx, q: Omit<PetitionListQuery, 'page' | 'pageSize'>) {
  const { items } = await listPetitions(ctx, { ...q, page: 1, pageSize: 20_000 } as PetitionListQuery);
  const day = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);
  return renderXlsx([
    {
      name: 'Sổ đơn thư',
      title: 'SỔ THEO DÕI TIẾP NHẬN, XỬ LÝ ĐƠN THƯ',
      columns: [
        { header: 'Số đơn', key: 'code' },
        { header: 'Ngày nhận', key: 'receivedOn', type: 'date' },
        { header: 'Đơn vị tiếp nhận', key: 'unit' },
        { header: 'Kênh tiếp nhận', key: 'channel' },
        { header: 'Loại đơn', key: 'kind' },
        { header: 'Lĩnh vực', key: 'field' },
        { header: 'Trích yếu nội dung', key: 'subject', width: 50 },
        { header: 'Người đứng đơn', key: 'person' },
        { header: 'Số người', key: 'count', type: 'integer' },
        { header: 'Trạng thái', key: 'status' },
        { header: 'Hạn xử lý', key: 'due', type: 'date' },
        { header: 'Cảnh báo', key: 'flags' },
      ],
      rows: items.map((p) => ({
        code: p.code,
        receivedOn: day(p.receivedOn),
        unit: p.unitName,
        channel: PETITION_CHANNEL_LABELS[p.channel as PetitionChannel].vi,
        kind: PETITION_KIND_LABELS[p.kind as PetitionKind].vi,
        field: PETITION_FIELD_LABELS[p.field as PetitionField].vi,
        subject: p.subject,
        person: p.kind === 'to_cao' ? 'Được bảo vệ' : (p.representativeName ?? ''),
        count: p.petitionersCount,
        status: PETITION_STATUS_LABELS[p.status as PetitionStatus].vi,
        due: day(p.dueDate),
        flags: p.flags.map((f) => PETITION_FLAG_LABELS[f].vi).join(', '),
      })),
    },
  ]);
}
