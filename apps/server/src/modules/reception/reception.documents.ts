/**
 * Documents of the reception log: the conclusion notice of a visit (thông báo kết luận buổi tiếp công
 * dân) as .docx in the form of Nghị định 30/2020/NĐ-CP, and the log as .xlsx (dates as Date cells,
 * labels not codes). The notice names the citizen (it is sent to them) but never their identity
 * document number.
 */
import {
  PETITION_FIELD_LABELS,
  RECEPTION_KIND_LABELS,
  RECEPTION_OUTCOME_LABELS,
  type ReceptionVisitFilter,
} from '@danvan/contracts';
import { formatDateVi, type PetitionField, type ReceptionKind, type ReceptionOutcome } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { StateInvalid } from '../../core/errors.ts';
import { renderNd30Docx, type Block } from '../../core/documents/nd30.ts';
import { placeNameFor } from '../../core/documents/place.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import { fetchRows } from '../../core/page.ts';
import * as org from '../org/index.ts';
import { readScopes } from './shared/unit.policy.ts';
import * as repo from './visit/visit.repository.ts';
import { authorizeVisit } from './visit/visit.policy.ts';
import { loadVisit, visitFilter } from './visit/read-visit.ts';

/** Kinds of unit that write the body above them as the issuer's parent (cơ quan chủ quản). */
const UNDER_A_PARENT = new Set(['department', 'public_service', 'state_enterprise']);

const paragraphs = (text: string): Block[] =>
  text
    .split(/\n+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ({ kind: 'paragraph' as const, text: s }));

export async function conclusionDocx(ctx: Ctx, id: number): Promise<{ buffer: Buffer; filename: string }> {
  const v = await loadVisit(ctx, id);
  authorizeVisit(ctx, 'conclusion', v);
  if (!v.conclusion.trim())
    throw StateInvalid('Buổi tiếp chưa có nội dung kết luận: hãy ghi kết luận trước khi lập thông báo.');
  const unit = (await org.getUnitById(ctx, v.unitId))!;
  const parent =
    unit.parentId && UNDER_A_PARENT.has(unit.kind) ? await org.getUnitById(ctx, unit.parentId) : undefined;
  const day = formatDateVi(v.receivedOn);
  const who =
    v.visitorsCount > 1
      ? `đoàn ${v.visitorsCount} công dân do ông (bà) ${v.representativeName} làm đại diện`
      : `ông (bà) ${v.representativeName}`;
  const receiver = [v.receiverName, v.receiverTitle].filter(Boolean).join(', ');
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Ngày ${day}, tại ${v.place}, ${receiver} đã chủ trì tiếp ${who}${v.address ? `, địa chỉ: ${v.address}` : ''}${v.online ? ' (tiếp công dân trực tuyến)' : ''}.`,
    },
    {
      kind: 'paragraph',
      text: `Lĩnh vực: ${PETITION_FIELD_LABELS[v.field as PetitionField].vi}.`,
    },
    { kind: 'heading', level: 1, text: 'I. NỘI DUNG CÔNG DÂN TRÌNH BÀY' },
    ...paragraphs(v.content),
    { kind: 'heading', level: 1, text: 'II. KẾT LUẬN CỦA NGƯỜI CHỦ TRÌ BUỔI TIẾP' },
    ...paragraphs(v.conclusion),
    {
      kind: 'paragraph',
      text: `${unit.name} thông báo để ông (bà) ${v.representativeName} và các cơ quan, đơn vị có liên quan biết, thực hiện./.`,
    },
  ];
  const buffer = await renderNd30Docx({
    issuerParent: parent?.name,
    issuer: unit.name,
    numberSymbol: '/TB',
    place: await placeNameFor(unit, (ids) => org.getUnitsByIds(ctx, ids)),
    date: null,
    docType: 'THÔNG BÁO',
    subject: `Kết luận ${v.receiverTitle ? `của ${v.receiverTitle} ` : ''}tại buổi tiếp công dân ngày ${day}`,
    blocks,
    recipients: [`Ông (bà) ${v.representativeName}`, 'Các cơ quan, đơn vị có liên quan', 'Lưu: VT'],
    signer: {
      position: (v.receiverTitle || 'Người chủ trì buổi tiếp').toLocaleUpperCase('vi-VN'),
      name: v.receiverName,
    },
  });
  return { buffer, filename: `thong-bao-ket-luan-tiep-cong-dan-${v.id}.docx` };
}

/** The most rows one export holds. */
export const MAX_EXPORT_ROWS = 50_000;

export async function visitsXlsx(ctx: Ctx, q: ReceptionVisitFilter): Promise<Buffer> {
  const f = await visitFilter(ctx, q);
  const rows = await fetchRows(repo.visitList(ctx.db, readScopes(ctx), f).rows, {
    limit: MAX_EXPORT_ROWS,
    offset: 0,
  });
  const yes = (b: boolean) => (b ? 'Có' : '');
  const span =
    q.from || q.to
      ? ` (${q.from ? `TỪ NGÀY ${formatDateVi(q.from)}` : ''}${q.from && q.to ? ' ' : ''}${q.to ? `ĐẾN NGÀY ${formatDateVi(q.to)}` : ''})`
      : '';
  return renderXlsx([
    {
      name: 'Sổ tiếp công dân',
      title: `SỔ TIẾP CÔNG DÂN${span}`,
      columns: [
        { header: 'STT', key: 'stt', width: 6 },
        { header: 'Đơn vị', key: 'unit', width: 32 },
        { header: 'Thời gian tiếp', key: 'at', width: 17, type: 'datetime' },
        { header: 'Loại tiếp', key: 'kind', width: 22 },
        { header: 'Địa điểm', key: 'place', width: 26 },
        { header: 'Người tiếp', key: 'receiver', width: 24 },
        { header: 'Chức vụ người tiếp', key: 'receiverTitle', width: 22 },
        { header: 'Người đứng đầu trực tiếp tiếp', key: 'head', width: 12 },
        { header: 'Cấp phó tiếp thay', key: 'deputy', width: 12 },
        { header: 'Số người', key: 'visitors', width: 9, type: 'integer' },
        { header: 'Đoàn đông người', key: 'mass', width: 11 },
        { header: 'Họ tên người đến (đại diện)', key: 'rep', width: 26 },
        { header: 'Mã định danh, số giấy tờ tùy thân', key: 'idNumber', width: 18 },
        { header: 'Địa chỉ', key: 'address', width: 30 },
        { header: 'Nội dung', key: 'content', width: 50 },
        { header: 'Lĩnh vực', key: 'field', width: 18 },
        { header: 'Kết quả tiếp', key: 'outcome', width: 26 },
        { header: 'Lý do từ chối', key: 'refusal', width: 26 },
        { header: 'Ghi chú kết quả', key: 'note', width: 30 },
        { header: 'Tiếp trực tuyến', key: 'online', width: 10 },
        { header: 'Ngày thông báo tiếp trực tuyến', key: 'notice', width: 14, type: 'date' },
      ],
      rows: rows.map((v, i) => ({
        stt: i + 1,
        unit: v.unitName,
        at: v.receivedAt,
        kind: RECEPTION_KIND_LABELS[v.kind as ReceptionKind].vi,
        place: v.place,
        receiver: v.receiverName,
        receiverTitle: v.receiverTitle,
        head: yes(v.headInPerson),
        deputy: yes(v.deputyOnBehalf),
        visitors: v.visitorsCount,
        mass: yes(v.massDelegation),
        rep: v.representativeName,
        idNumber: v.idNumber,
        address: v.address,
        content: v.content,
        field: PETITION_FIELD_LABELS[v.field as PetitionField].vi,
        outcome: RECEPTION_OUTCOME_LABELS[v.outcome as ReceptionOutcome].vi,
        refusal: v.refusalReason,
        note: v.outcomeNote,
        online: yes(v.online),
        notice: v.onlineNoticeSentOn,
      })),
    },
  ]);
}
