/**
 * The module's documents: the dialogue's minutes (Biên bản đối thoại) and the consultation's report
 * on what was taken in or explained (Báo cáo tiếp thu, giải trình) as .docx in the form of Nghị định
 * 30/2020/NĐ-CP (core/documents renderNd30Docx), and the register of items as .xlsx (renderXlsx).
 */
import type { AnswerItem, AnswerItemExportQuery } from '@danvan/contracts';
import {
  ANSWER_COMPLIANCE_LABELS,
  ANSWER_FIELD_LABELS,
  ANSWER_ITEM_STATUS_LABELS,
  ANSWER_SOURCE_KIND_LABELS,
  formatDateVi,
} from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { StateInvalid } from '../../core/errors.ts';
import { renderNd30Docx, type Block } from '../../core/documents/nd30.ts';
import { placeNameFor } from '../../core/documents/place.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import * as org from '../org/index.ts';
import { remainingCommentItems } from './comment/comment.repository.ts';
import { allAnswerItems } from './item/read-item.ts';
import { loadSource } from './source/read-source.ts';
import { presentSourceDetail } from './source/source.present.ts';

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

async function issuerOf(ctx: Ctx, unitId: number) {
  const unit = (await org.getUnitById(ctx, unitId))!;
  const parent = unit.parentId ? await org.getUnitById(ctx, unit.parentId) : undefined;
  return {
    unit,
    issuer: unit.name.toLocaleUpperCase('vi-VN'),
    issuerParent: parent ? parent.name.toLocaleUpperCase('vi-VN') : undefined,
    place: await placeNameFor(unit, (ids) => org.getUnitsByIds(ctx, ids)),
  };
}

/** Biên bản buổi đối thoại trực tiếp (Quy định 11-QĐi/TW), with the commitments and their owners and due dates. */
export async function dialogueMinutesDocx(ctx: Ctx, id: number) {
  const { source: row, viaItems } = await loadSource(ctx, id);
  const s = await presentSourceDetail(ctx, row, viaItems);
  if (!s.dialogue || s.dialogue.state !== 'held')
    throw StateInvalid('Chỉ lập biên bản cho buổi đối thoại đã tổ chức.');
  const d = s.dialogue;
  const who = await issuerOf(ctx, s.unitId);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Hôm nay, ngày ${formatDateVi(d.heldOn!)}, tại ${d.place}, ${s.unitName} tổ chức đối thoại trực tiếp giữa người đứng đầu với Nhân dân về: ${s.title}.`,
    },
    { kind: 'heading', level: 1, text: 'I. THÀNH PHẦN' },
    { kind: 'paragraph', text: `Chủ trì: ${d.chairName}.` },
    { kind: 'paragraph', text: `Thành phần tham dự: ${d.participantsText || 'như danh sách kèm theo'}.` },
    {
      kind: 'paragraph',
      text: `Số người tham dự: ${(d.participantCount ?? 0).toLocaleString('vi-VN')} người.`,
    },
    { kind: 'heading', level: 1, text: 'II. NỘI DUNG' },
    { kind: 'heading', level: 2, text: '1. Ý kiến, kiến nghị của Nhân dân' },
    ...d.issuesRaised
      .split(/\n+/)
      .filter((x) => x.trim())
      .map((t) => ({ kind: 'paragraph' as const, text: t.trim() })),
    { kind: 'heading', level: 2, text: '2. Kết luận của người chủ trì' },
    { kind: 'paragraph', text: d.conclusion || 'Không có.' },
    { kind: 'heading', level: 2, text: '3. Nội dung tiếp thu, cam kết giải quyết' },
    s.sourceItems.length
      ? {
          kind: 'table',
          columns: ['STT', 'Nội dung', 'Đơn vị, người chịu trách nhiệm', 'Thời hạn'],
          rows: s.sourceItems.map((i) => [
            i.number,
            i.text,
            [i.responsibleUnit?.name, i.ownerName].filter(Boolean).join(' – '),
            i.dueDate ? formatDateVi(i.dueDate) : '',
          ]),
        }
      : { kind: 'paragraph', text: 'Không có nội dung cam kết.' },
    {
      kind: 'paragraph',
      text: 'Biên bản được lập xong hồi cùng ngày, đã đọc lại cho những người tham dự cùng nghe và thống nhất.',
    },
  ];
  const buffer = await renderNd30Docx({
    issuerParent: who.issuerParent,
    issuer: who.issuer,
    numberSymbol: '/BB-ĐT',
    place: who.place,
    date: d.heldOn,
    docType: 'BIÊN BẢN',
    subject: `Đối thoại trực tiếp giữa người đứng đầu với Nhân dân: ${s.title}`,
    blocks,
    recipients: ['Các cơ quan, đơn vị có liên quan', 'Lưu: VT'],
    signer: { authority: 'NGƯỜI CHỦ TRÌ', position: '', name: d.chairName },
  });
  return { buffer, filename: `bien-ban-doi-thoai-${slug(s.title)}.docx` };
}

/**
 * Báo cáo tiếp thu, giải trình ý kiến Nhân dân: every remaining comment (published, not hidden or
 * rejected) with the agency's answer, or the reason it was not taken in.
 */
export async function consultationReportDocx(ctx: Ctx, id: number) {
  const { source: row, viaItems } = await loadSource(ctx, id);
  const s = await presentSourceDetail(ctx, row, viaItems);
  if (!s.consultation)
    throw StateInvalid('Chỉ lập báo cáo tiếp thu, giải trình cho đợt lấy ý kiến Nhân dân.');
  const comments = await remainingCommentItems(ctx.db, id);
  const byItem = new Map(s.sourceItems.map((i) => [i.id, i]));
  const who = await issuerOf(ctx, s.unitId);
  const answerOf = (i: AnswerItem | undefined) => {
    if (!i) return 'Chưa trả lời';
    if (i.status === 'not_taken') return `Giải trình, không tiếp thu: ${i.declineReason}`;
    if (i.answerText) return `Tiếp thu: ${i.answerText}`;
    return 'Chưa trả lời';
  };
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022, ${s.unitName} đã lấy ý kiến Nhân dân về ${s.consultation.draftTitle} từ ngày ${formatDateVi(s.consultation.opensOn)} đến ngày ${formatDateVi(s.consultation.closesOn)}. Kết quả tiếp thu, giải trình như sau:`,
    },
    { kind: 'heading', level: 1, text: 'I. TỔNG HỢP Ý KIẾN' },
    {
      kind: 'paragraph',
      text: `Tổng số ý kiến được tổng hợp: ${comments.length.toLocaleString('vi-VN')} ý kiến (không tính ý kiến không được duyệt hoặc đã ẩn theo quy chế kiểm duyệt).`,
    },
    { kind: 'heading', level: 1, text: 'II. NỘI DUNG TIẾP THU, GIẢI TRÌNH' },
    comments.length
      ? {
          kind: 'table',
          columns: ['STT', 'Ý kiến góp ý', 'Người góp ý', 'Tiếp thu, giải trình'],
          rows: comments.map((c, k) => [
            k + 1,
            c.text,
            c.authorName || 'Ẩn danh',
            answerOf(c.itemId ? byItem.get(c.itemId) : undefined),
          ]),
        }
      : { kind: 'paragraph', text: 'Không có ý kiến góp ý.' },
  ];
  const buffer = await renderNd30Docx({
    issuerParent: who.issuerParent,
    issuer: who.issuer,
    numberSymbol: '/BC',
    place: who.place,
    date: null,
    docType: 'BÁO CÁO',
    subject: `Tiếp thu, giải trình ý kiến Nhân dân về ${s.consultation.draftTitle}`,
    blocks,
    recipients: ['Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp', 'Lưu: VT'],
    signer: { authority: 'THỦ TRƯỞNG CƠ QUAN', position: '', name: '' },
  });
  return { buffer, filename: `bao-cao-tiep-thu-giai-trinh-${slug(s.title)}.docx` };
}

/** The register of items as .xlsx (the list's filters). */
export async function exportItemsXlsx(ctx: Ctx, q: AnswerItemExportQuery): Promise<Buffer> {
  const items = await allAnswerItems(ctx, q);
  return renderXlsx([
    {
      name: 'Nội dung trả lời',
      title: 'DANH SÁCH KIẾN NGHỊ, NỘI DUNG CẦN TRẢ LỜI',
      columns: [
        { header: 'STT', key: 'stt', width: 6, type: 'integer' },
        { header: 'Loại', key: 'kind', width: 22 },
        { header: 'Văn bản, hồ sơ', key: 'source', width: 36 },
        { header: 'Số', key: 'number', width: 6, type: 'integer' },
        { header: 'Nội dung', key: 'text', width: 50 },
        { header: 'Lĩnh vực', key: 'field', width: 18 },
        { header: 'Đơn vị chủ trì', key: 'unit', width: 28 },
        { header: 'Hạn trả lời', key: 'due', width: 14, type: 'date' },
        { header: 'Trạng thái', key: 'status', width: 18 },
        { header: 'Tình trạng hạn', key: 'compliance', width: 20 },
        { header: 'Ngày trả lời', key: 'answeredOn', width: 14, type: 'date' },
        { header: 'Nội dung trả lời', key: 'answer', width: 50 },
      ],
      rows: items.map((i, k) => ({
        stt: k + 1,
        kind: ANSWER_SOURCE_KIND_LABELS[i.sourceKind].vi,
        source: i.sourceTitle,
        number: i.number,
        text: i.text,
        field: ANSWER_FIELD_LABELS[i.field].vi,
        unit: i.responsibleUnit?.name ?? '',
        due: i.dueDate,
        status: ANSWER_ITEM_STATUS_LABELS[i.status].vi,
        compliance: ANSWER_COMPLIANCE_LABELS[i.compliance].vi,
        answeredOn: i.answeredOn,
        answer: i.status === 'not_taken' ? i.declineReason : i.answerText,
      })),
    },
  ]);
}
