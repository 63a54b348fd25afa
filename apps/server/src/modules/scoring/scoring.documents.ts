/**
 * The module's documents: a unit's self-assessment and appraisal as .xlsx (one sheet each), the
 * ranking per unit group as .xlsx (one sheet per group), and the decision recognising the results
 * (quyết định công nhận kết quả đánh giá, xếp loại) as .docx in NĐ 30/2020 form with its annex table
 * (core/documents).
 */
import type { AssessmentDetail, Ranking } from '@danvan/contracts';
import { BAND_LABELS, CRITERION_KIND_LABELS, SCORED_BY_LABELS, formatPoints } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { renderNd30Docx, type Block } from '../../core/documents/nd30.ts';
import { placeNameFor } from '../../core/documents/place.ts';
import { renderXlsx, type XlsxValue } from '../../core/documents/xlsx.ts';
import * as org from '../org/index.ts';
import { getAssessment } from './assessment/read-assessment.ts';
import { computeRanking } from './round/ranking.ts';
import { loadRound } from './round/read-round.ts';

const band = (b: string | null) => (b ? BAND_LABELS[b as keyof typeof BAND_LABELS].vi : '');

function itemRows(
  a: AssessmentDetail,
  pick: (i: AssessmentDetail['groups'][number]['items'][number]) => Record<string, XlsxValue>,
) {
  const rows: Record<string, XlsxValue>[] = [];
  for (const g of a.groups) {
    rows.push({ code: g.code, name: g.name.toLocaleUpperCase('vi-VN'), max: g.maxPoints });
    for (const i of g.items)
      rows.push({
        code: i.criterionCode,
        name: i.name,
        kind: CRITERION_KIND_LABELS[i.kind].vi,
        scoredBy: SCORED_BY_LABELS[i.scoredBy].vi,
        max: i.maxPoints,
        ...pick(i),
      });
  }
  return rows;
}

export async function assessmentXlsx(ctx: Ctx, id: number): Promise<{ buffer: Buffer; filename: string }> {
  const a = await getAssessment(ctx, id);
  const head = [
    { header: 'Mã', key: 'code', width: 8 },
    { header: 'Tiêu chí', key: 'name', width: 60 },
    { header: 'Loại', key: 'kind', width: 12 },
    { header: 'Bên chấm', key: 'scoredBy', width: 16 },
    { header: 'Điểm tối đa', key: 'max', width: 10, type: 'decimal' as const },
  ];
  const total = (label: string, key: string, v: number | null) => ({ name: label, [key]: v });
  const buffer = await renderXlsx([
    {
      name: 'Tự chấm',
      title: `BẢNG TỰ CHẤM ĐIỂM CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM ${a.year} – ${a.unitName.toLocaleUpperCase('vi-VN')}`,
      columns: [
        ...head,
        { header: 'Điểm đề xuất từ số liệu', key: 'proposed', width: 12, type: 'decimal' },
        { header: 'Số liệu', key: 'proposal', width: 40 },
        { header: 'Điểm tự chấm', key: 'self', width: 10, type: 'decimal' },
        { header: 'Lý do điều chỉnh', key: 'reason', width: 30 },
        { header: 'Tài liệu kiểm chứng', key: 'evidence', width: 40 },
      ],
      rows: [
        ...itemRows(a, (i) => ({
          proposed: i.proposal?.score ?? null,
          proposal: i.proposal?.description ?? '',
          self: i.selfScore,
          reason: i.selfReason,
          evidence: i.evidenceLinks.map((l) => l.label).join('; '),
        })),
        total('TỔNG ĐIỂM TỰ CHẤM', 'self', a.selfTotal),
      ],
    },
    {
      name: 'Thẩm định',
      title: `KẾT QUẢ THẨM ĐỊNH CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM ${a.year} – ${a.unitName.toLocaleUpperCase('vi-VN')}`,
      columns: [
        ...head,
        { header: 'Điểm tự chấm', key: 'self', width: 10, type: 'decimal' },
        { header: 'Điểm thẩm định', key: 'appraised', width: 10, type: 'decimal' },
        { header: 'Nhận xét thẩm định', key: 'comment', width: 36 },
        { header: 'Giải trình của đơn vị', key: 'explanation', width: 36 },
        { header: 'Điểm kết quả', key: 'final', width: 10, type: 'decimal' },
        { header: 'Ý kiến kết luận', key: 'decision', width: 30 },
      ],
      rows: [
        ...itemRows(a, (i) => ({
          self: i.selfScore,
          appraised: i.appraisedScore,
          comment: i.appraisalComment,
          explanation: i.explanation,
          final: i.finalScore,
          decision: i.decisionComment,
        })),
        { name: 'TỔNG ĐIỂM', self: a.selfTotal, appraised: a.appraisedTotal, final: a.finalTotal },
        { name: 'XẾP LOẠI (theo điểm, trước tỷ lệ khống chế)', final: null, decision: band(a.band) },
      ],
    },
  ]);
  return { buffer, filename: `cham-diem-${a.year}-${a.unitCode}.xlsx` };
}

const rankingColumns = [
  { header: 'Thứ hạng', key: 'rank', width: 8, type: 'integer' as const },
  { header: 'Đơn vị', key: 'unitName', width: 40 },
  { header: 'Tổng điểm', key: 'total', width: 10, type: 'decimal' as const },
  { header: 'Xếp loại theo điểm', key: 'bandByScore', width: 28 },
  { header: 'Xếp loại', key: 'band', width: 28 },
  { header: 'Ghi chú', key: 'note', width: 60 },
];

export async function rankingXlsx(ctx: Ctx, id: number, groupId?: number) {
  const round = await loadRound(ctx, id, 'results');
  const ranking = await computeRanking(ctx.db, round, groupId);
  const buffer = await renderXlsx(
    (ranking.groups.length
      ? ranking.groups
      : [{ groupName: 'Xếp hạng', rows: [] as Ranking['groups'][number]['rows'] }]
    ).map((g) => ({
      name: g.groupName,
      title: `KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM ${round.year} – ${g.groupName.toLocaleUpperCase('vi-VN')}`,
      columns: rankingColumns,
      rows: g.rows.map((r) => ({
        rank: r.rank,
        unitName: r.unitName,
        total: r.total,
        bandByScore: band(r.bandByScore),
        band: band(r.band),
        note: r.note,
      })),
    })),
  );
  return { buffer, filename: `xep-hang-${round.year}-dot-${round.id}.xlsx` };
}

/** Quyết định công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền, with its annex. */
export async function decisionDocx(ctx: Ctx, id: number) {
  const round = await loadRound(ctx, id, 'results');
  const ranking = await computeRanking(ctx.db, round);
  const unit = (await org.getUnitById(ctx, round.unitId))!;
  const number = round.decisionNumber || '/QĐ-UBND';
  const rows: (string | number | null)[][] = [];
  let stt = 0;
  const seen = new Set<number>();
  for (const g of ranking.groups) {
    rows.push([null, g.groupName.toLocaleUpperCase('vi-VN'), null, null, null]);
    for (const r of g.rows) {
      if (seen.has(r.unitId)) continue;
      seen.add(r.unitId);
      rows.push([++stt, r.unitName, formatPoints(r.total), band(r.band), r.rank]);
    }
  }
  const counts = Object.entries(ranking.bandCounts)
    .map(([b, n]) => `${band(b)}: ${n} đơn vị`)
    .join('; ');
  const blocks: Block[] = [
    { kind: 'paragraph', italic: true, text: 'Căn cứ Luật Tổ chức chính quyền địa phương;' },
    {
      kind: 'paragraph',
      italic: true,
      text: `Căn cứ ${round.setName} (áp dụng cho năm ${round.year}) và thang xếp loại ${ranking.bandScheme.name};`,
    },
    {
      kind: 'paragraph',
      italic: true,
      text: `Căn cứ kết quả tự chấm điểm của các cơ quan, đơn vị, địa phương và kết quả thẩm định của cơ quan tham mưu.`,
    },
    { kind: 'heading', level: 1, text: 'QUYẾT ĐỊNH:' },
    {
      kind: 'paragraph',
      text: `Điều 1. Công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền năm ${round.year} đối với ${stt} cơ quan, đơn vị, địa phương (${counts || 'chưa có đơn vị được xếp loại'}), chi tiết tại Phụ lục kèm theo Quyết định này.`,
    },
    {
      kind: 'paragraph',
      text: 'Điều 2. Kết quả đánh giá, xếp loại là căn cứ để bình xét thi đua, khen thưởng và đánh giá trách nhiệm người đứng đầu cơ quan, đơn vị, địa phương năm được đánh giá.',
    },
    {
      kind: 'paragraph',
      text: 'Điều 3. Quyết định có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan, đơn vị, địa phương có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này.',
    },
    { kind: 'heading', level: 2, text: 'PHỤ LỤC' },
    {
      kind: 'paragraph',
      text: `KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM ${round.year} (Kèm theo Quyết định số ${number} của ${unit.name})`,
    },
    {
      kind: 'table',
      columns: ['STT', 'Cơ quan, đơn vị, địa phương', 'Tổng điểm', 'Xếp loại', 'Thứ hạng trong khối'],
      rows,
    },
  ];
  if (ranking.cap?.moved.length)
    blocks.push({
      kind: 'paragraph',
      italic: true,
      text: `Ghi chú: áp dụng tỷ lệ khống chế, ${ranking.cap.moved.length} đơn vị đạt điểm xuất sắc được xếp loại hoàn thành tốt nhiệm vụ (${ranking.cap.moved.map((m) => m.unitName).join(', ')}).`,
    });
  const buffer = await renderNd30Docx({
    issuer: unit.name.toLocaleUpperCase('vi-VN'),
    numberSymbol: number,
    place: await placeNameFor(unit, (ids) => org.getUnitsByIds(ctx, ids)),
    date: round.decisionDate,
    docType: 'QUYẾT ĐỊNH',
    subject: `Về việc công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền năm ${round.year}`,
    blocks,
    recipients: ['Như Điều 3', 'Ban Dân vận Tỉnh ủy', 'Lưu: VT'],
    signer: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: (round.signerPosition || 'CHỦ TỊCH').toLocaleUpperCase('vi-VN'),
      name: round.signerName,
    },
  });
  return { buffer, filename: `quyet-dinh-cong-nhan-xep-loai-${round.year}.docx` };
}
