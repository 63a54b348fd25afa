/**
 * The module's documents: the registers of models and of commendations as .xlsx (core/documents
 * renderXlsx, dates as Date cells), and the commendation decision as .docx in the form of Nghị định
 * 30/2020/NĐ-CP (core/documents renderNd30Docx).
 */
import type { CommendationExportQuery, ModelExportQuery } from '@danvan/contracts';
import {
  COMMENDATION_FORM_LABELS,
  MODEL_FIELD_LABELS,
  MODEL_LEVEL_LABELS,
  MODEL_STATE_LABELS,
  MODEL_SUBJECT_LABELS,
  formatDateVi,
} from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { renderNd30Docx, type Block } from '../../core/documents/nd30.ts';
import { placeNameFor } from '../../core/documents/place.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import { fetchRows } from '../../core/page.ts';
import * as org from '../org/index.ts';
import * as commendationsRepo from './commendation/commendation.repository.ts';
import { commendationReadScopes } from './commendation/commendation.policy.ts';
import { commendationFilter, loadCommendation } from './commendation/read-commendation.ts';
import * as modelsRepo from './model/model.repository.ts';
import { modelReadScopes } from './model/model.policy.ts';
import { registrationOf } from './model/model.present.ts';
import { modelFilter } from './model/read-model.ts';

/** At most this many rows in one file. */
export const EXPORT_LIMIT = 20_000;

const label = (table: Record<string, { vi: string }>, code: string | null) =>
  code ? (table[code]?.vi ?? code) : '';

export async function exportModelsXlsx(ctx: Ctx, q: ModelExportQuery): Promise<Buffer> {
  const { filter } = await modelFilter(ctx, q);
  const rows = await fetchRows(modelsRepo.modelList(ctx.db, modelReadScopes(ctx), filter).rows, {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  return renderXlsx([
    {
      name: 'Mô hình Dân vận khéo',
      title: 'DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO”',
      columns: [
        { header: 'STT', key: 'stt', width: 6, type: 'integer' },
        { header: 'Tên mô hình', key: 'name', width: 40 },
        { header: 'Đơn vị', key: 'unitName', width: 28 },
        { header: 'Lĩnh vực', key: 'field', width: 22 },
        { header: 'Tập thể/cá nhân', key: 'subject', width: 14 },
        { header: 'Ngày đăng ký', key: 'registeredOn', width: 14, type: 'date' },
        { header: 'Ngày bắt đầu', key: 'startedOn', width: 14, type: 'date' },
        { header: 'Trạng thái', key: 'state', width: 16 },
        { header: 'Điểm đánh giá', key: 'score', width: 12, type: 'decimal' },
        { header: 'Cấp công nhận', key: 'level', width: 14 },
        { header: 'Ngày công nhận', key: 'recognisedOn', width: 14, type: 'date' },
        { header: 'Mục tiêu, chỉ tiêu', key: 'goals', width: 50 },
      ],
      rows: rows.map((r, i) => ({
        stt: i + 1,
        name: r.name,
        unitName: r.unitName,
        field: label(MODEL_FIELD_LABELS, r.field),
        subject: label(MODEL_SUBJECT_LABELS, r.subject),
        registeredOn: r.registeredOn,
        startedOn: r.startedOn,
        state: label(MODEL_STATE_LABELS, r.state),
        score: r.latestTotal === null ? null : Number(r.latestTotal),
        level: label(MODEL_LEVEL_LABELS, r.recognisedLevel),
        recognisedOn: r.recognisedOn,
        goals: registrationOf(r.registration).goals,
      })),
    },
  ]);
}

export async function exportCommendationsXlsx(ctx: Ctx, q: CommendationExportQuery): Promise<Buffer> {
  const { filter } = await commendationFilter(ctx, q);
  const list = commendationsRepo.commendationList(ctx.db, commendationReadScopes(ctx), filter);
  const rows = await fetchRows(list.rows, { limit: EXPORT_LIMIT, offset: 0 });
  return renderXlsx([
    {
      name: 'Khen thưởng',
      title: 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC BIỂU DƯƠNG, KHEN THƯỞNG',
      columns: [
        { header: 'STT', key: 'stt', width: 6, type: 'integer' },
        { header: 'Tập thể, cá nhân', key: 'recipientName', width: 32 },
        { header: 'Tập thể/cá nhân', key: 'recipientKind', width: 14 },
        { header: 'Đơn vị', key: 'unitName', width: 28 },
        { header: 'Hình thức', key: 'form', width: 16 },
        { header: 'Cấp', key: 'level', width: 12 },
        { header: 'Số quyết định', key: 'decisionNumber', width: 18 },
        { header: 'Ngày quyết định', key: 'decisionDate', width: 14, type: 'date' },
        { header: 'Cơ quan quyết định', key: 'issuerName', width: 28 },
        { header: 'Người ký', key: 'signer', width: 24 },
        { header: 'Mô hình', key: 'modelName', width: 32 },
        { header: 'Thành tích', key: 'achievement', width: 50 },
      ],
      rows: rows.map((r, i) => ({
        stt: i + 1,
        recipientName: r.recipientName,
        recipientKind: label(MODEL_SUBJECT_LABELS, r.recipientKind),
        unitName: r.unitName,
        form: label(COMMENDATION_FORM_LABELS, r.form),
        level: label(MODEL_LEVEL_LABELS, r.level),
        decisionNumber: r.decisionNumber,
        decisionDate: r.decisionDate,
        issuerName: r.issuerName,
        signer: [r.signerPosition, r.signerName].filter(Boolean).join(' '),
        modelName: r.modelName ?? '',
        achievement: r.achievement,
      })),
    },
  ]);
}

/** The commendation decision (Quyết định khen thưởng), in NĐ 30/2020 form. */
export async function commendationDocx(ctx: Ctx, id: number): Promise<{ buffer: Buffer; filename: string }> {
  const r = await loadCommendation(ctx, id);
  const unit = (await org.getUnitById(ctx, r.unitId))!;
  const form = label(COMMENDATION_FORM_LABELS, r.form);
  const what = `${form.toLocaleLowerCase('vi-VN')} ${r.recipientKind === 'individual' ? 'cá nhân' : 'tập thể'}`;
  const [y, m, d] = r.decisionDate.split('-');
  void d;
  const blocks: Block[] = [
    { kind: 'paragraph', italic: true, text: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;' },
    {
      kind: 'paragraph',
      italic: true,
      text: `Căn cứ kết quả thực hiện phong trào thi đua “Dân vận khéo” năm ${y} và đề nghị của cơ quan tham mưu về thi đua, khen thưởng (tháng ${Number(m)}/${y}).`,
    },
    { kind: 'heading', level: 1, text: 'QUYẾT ĐỊNH:' },
    {
      kind: 'paragraph',
      text: `Điều 1. Tặng ${form} cho ${r.recipientKind === 'individual' ? 'ông (bà)' : 'tập thể'} ${r.recipientName}, ${unit.name}${r.achievement ? `, đã có thành tích: ${r.achievement.replace(/[.;]\s*$/u, '')}` : ', đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”'}${r.modelName ? ` (mô hình “${r.modelName}”)` : ''}.`,
    },
    {
      kind: 'paragraph',
      text: `Điều 2. ${r.recipientKind === 'individual' ? 'Cá nhân' : 'Tập thể'} có tên tại Điều 1 được hưởng chế độ khen thưởng theo quy định của pháp luật về thi đua, khen thưởng.`,
    },
    {
      kind: 'paragraph',
      text: `Điều 3. Quyết định có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan, đơn vị có liên quan và ${r.recipientKind === 'individual' ? 'cá nhân' : 'tập thể'} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
    },
  ];
  const buffer = await renderNd30Docx({
    issuer: r.issuerName,
    numberSymbol: r.decisionNumber,
    place: await placeNameFor(unit, (ids) => org.getUnitsByIds(ctx, ids)),
    date: r.decisionDate,
    docType: 'QUYẾT ĐỊNH',
    subject: `Về việc ${what} có thành tích trong phong trào thi đua “Dân vận khéo”`,
    blocks,
    recipients: ['Như Điều 3', `Lưu: VT (ngày ${formatDateVi(r.decisionDate)})`],
    signer: {
      position: (r.signerPosition || 'THỦ TRƯỞNG CƠ QUAN').toLocaleUpperCase('vi-VN'),
      name: r.signerName,
    },
  });
  return { buffer, filename: `quyet-dinh-khen-thuong-${r.decisionNumber.replace(/[/\\\s]+/g, '-')}.docx` };
}
