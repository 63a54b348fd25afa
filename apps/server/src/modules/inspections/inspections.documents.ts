/**
 * The module's documents: the register of inspections as .xlsx (the inspections; their violations,
 * with the person's data only where the reader holds inspections:persons, else "đã ẩn danh"; their
 * recommendations), and the conclusion (kết luận thanh tra / kiểm tra) as .docx in the form of Nghị
 * định 30/2020/NĐ-CP (core/documents renderNd30Docx).
 */
import { ANONYMISED, type InspectionExportQuery } from '@danvan/contracts';
import {
  CONDUCT_RULE_LABELS,
  INSPECTION_KIND_LABELS,
  INSPECTION_MODE_LABELS,
  INSPECTION_STATE_LABELS,
  RECOMMENDATION_STATE_LABELS,
  SANCTION_LABELS,
  formatDateVi,
  recommendationOverdue,
} from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { renderNd30Docx, type Block } from '../../core/documents/nd30.ts';
import { placeNameFor } from '../../core/documents/place.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import { fetchRows } from '../../core/page.ts';
import * as org from '../org/index.ts';
import * as repo from './inspection/inspection.repository.ts';
import { canInspection, inspectionReadScopes } from './inspection/inspection.policy.ts';
import { teamOf } from './inspection/inspection.present.ts';
import { inspectionFilter, loadInspection } from './inspection/read-inspection.ts';
import * as recommendationsRepo from './recommendation/recommendation.repository.ts';
import * as violationsRepo from './violation/violation.repository.ts';

/** At most this many rows in one file. */
export const EXPORT_LIMIT = 5_000;

const label = (table: Record<string, { vi: string }>, code: string | null) =>
  code ? (table[code]?.vi ?? code) : '';

export async function exportInspectionsXlsx(ctx: Ctx, q: InspectionExportQuery): Promise<Buffer> {
  const { filter } = await inspectionFilter(ctx, q);
  const t = today(ctx);
  const rows = await fetchRows(repo.inspectionList(ctx.db, inspectionReadScopes(ctx), filter, t).rows, {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  const violations: Record<string, string | null>[] = [];
  const recommendations: Record<string, string | null>[] = [];
  for (const r of rows) {
    const persons = canInspection(ctx.actor, 'persons', r);
    for (const v of await violationsRepo.listViolations(ctx.db, r.id))
      violations.push({
        inspection: r.title,
        unitName: r.unitName,
        personName: persons ? v.personName : ANONYMISED,
        personPosition: persons ? v.personPosition : ANONYMISED,
        rule: label(CONDUCT_RULE_LABELS, v.rule),
        description: v.description,
        sanction: label(SANCTION_LABELS, v.sanction),
        sanctionDecision: v.sanctionDecision,
        sanctionOn: v.sanctionOn,
      });
    for (const x of await recommendationsRepo.listRecommendations(ctx.db, r.id))
      recommendations.push({
        inspection: r.title,
        content: x.content,
        responsible: x.responsibleUnitName,
        dueOn: x.dueOn,
        state: label(RECOMMENDATION_STATE_LABELS, x.state),
        overdue: recommendationOverdue(x, t) ? 'Quá hạn' : '',
        doneOn: x.doneOn,
        evidence: x.evidence,
      });
  }
  const n = (i: number) => i + 1;
  return renderXlsx([
    {
      name: 'Thanh tra, kiểm tra',
      title: 'DANH SÁCH CUỘC THANH TRA, KIỂM TRA CÔNG VỤ',
      columns: [
        { header: 'STT', key: 'stt', width: 6, type: 'integer' },
        { header: 'Tên cuộc thanh tra, kiểm tra', key: 'title', width: 40 },
        { header: 'Loại hình', key: 'kind', width: 18 },
        { header: 'Hình thức', key: 'mode', width: 14 },
        { header: 'Đơn vị được thanh tra, kiểm tra', key: 'unitName', width: 28 },
        { header: 'Cơ quan tiến hành', key: 'conductor', width: 24 },
        { header: 'Từ ngày', key: 'startOn', width: 12, type: 'date' },
        { header: 'Đến ngày', key: 'endOn', width: 12, type: 'date' },
        { header: 'Trạng thái', key: 'state', width: 14 },
        { header: 'Số kết luận', key: 'conclusionNumber', width: 16 },
        { header: 'Ngày kết luận', key: 'conclusionDate', width: 12, type: 'date' },
        { header: 'Số vi phạm', key: 'violations', width: 10, type: 'integer' },
        { header: 'Số kiến nghị', key: 'recommendations', width: 10, type: 'integer' },
        { header: 'Kiến nghị quá hạn', key: 'overdue', width: 10, type: 'integer' },
      ],
      rows: rows.map((r, i) => ({
        stt: n(i),
        title: r.title,
        kind: label(INSPECTION_KIND_LABELS, r.kind),
        mode: label(INSPECTION_MODE_LABELS, r.mode),
        unitName: r.unitName,
        conductor: r.conductorUnitName,
        startOn: r.startOn,
        endOn: r.endOn,
        state: label(INSPECTION_STATE_LABELS, r.state),
        conclusionNumber: r.conclusionNumber,
        conclusionDate: r.conclusionDate,
        violations: Number(r.violations),
        recommendations: Number(r.recommendations),
        overdue: Number(r.recommendationsOverdue),
      })),
    },
    {
      name: 'Vi phạm',
      title: 'CÁC TRƯỜNG HỢP VI PHẠM',
      columns: [
        { header: 'Cuộc thanh tra, kiểm tra', key: 'inspection', width: 32 },
        { header: 'Đơn vị', key: 'unitName', width: 24 },
        { header: 'Người vi phạm', key: 'personName', width: 22 },
        { header: 'Chức vụ', key: 'personPosition', width: 18 },
        { header: 'Quy định bị vi phạm', key: 'rule', width: 36 },
        { header: 'Hành vi vi phạm', key: 'description', width: 40 },
        { header: 'Hình thức xử lý', key: 'sanction', width: 18 },
        { header: 'Quyết định xử lý', key: 'sanctionDecision', width: 20 },
        { header: 'Ngày quyết định', key: 'sanctionOn', width: 12, type: 'date' },
      ],
      rows: violations,
    },
    {
      name: 'Kiến nghị',
      title: 'KIẾN NGHỊ VÀ KẾT QUẢ THỰC HIỆN',
      columns: [
        { header: 'Cuộc thanh tra, kiểm tra', key: 'inspection', width: 32 },
        { header: 'Nội dung kiến nghị', key: 'content', width: 44 },
        { header: 'Đơn vị thực hiện', key: 'responsible', width: 24 },
        { header: 'Hạn thực hiện', key: 'dueOn', width: 12, type: 'date' },
        { header: 'Trạng thái', key: 'state', width: 16 },
        { header: 'Quá hạn', key: 'overdue', width: 10 },
        { header: 'Ngày hoàn thành', key: 'doneOn', width: 12, type: 'date' },
        { header: 'Kết quả, minh chứng', key: 'evidence', width: 40 },
      ],
      rows: recommendations,
    },
  ]);
}

/** The conclusion of an inspection (Kết luận thanh tra / kiểm tra công vụ), in NĐ 30/2020 form. */
export async function conclusionDocx(ctx: Ctx, id: number): Promise<{ buffer: Buffer; filename: string }> {
  const r = await loadInspection(ctx, id);
  const conductor = (await org.getUnitById(ctx, r.conductorUnitId))!;
  const persons = canInspection(ctx.actor, 'persons', r);
  const what = r.kind === 'inspection' ? 'thanh tra' : 'kiểm tra';
  const violations = await violationsRepo.listViolations(ctx.db, r.id);
  const recommendations = await recommendationsRepo.listRecommendations(ctx.db, r.id);
  const team = teamOf(r.team);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${r.decisionNumber ? `Quyết định số ${r.decisionNumber}` : `kế hoạch ${what} công vụ`}, từ ngày ${formatDateVi(r.startOn)}${r.endOn ? ` đến ngày ${formatDateVi(r.endOn)}` : ''}, ${team.length ? `Đoàn ${what} gồm ${team.map((m) => (m.role ? `${m.name} (${m.role})` : m.name)).join(', ')}` : `Đoàn ${what}`} đã tiến hành ${what} công vụ tại ${r.unitName}${r.scope ? ` về ${r.scope.replace(/[.;]\s*$/u, '')}` : ''}.`,
    },
    { kind: 'heading', level: 1, text: `I. KẾT QUẢ ${what.toLocaleUpperCase('vi-VN')}` },
    {
      kind: 'paragraph',
      text: r.findings || `Đoàn ${what} đã xem xét hồ sơ, tài liệu và làm việc với đơn vị.`,
    },
    { kind: 'heading', level: 1, text: 'II. KẾT LUẬN' },
    { kind: 'paragraph', text: r.conclusionText || 'Chưa có nội dung kết luận.' },
    ...(violations.length
      ? ([
          { kind: 'heading', level: 2, text: 'Các trường hợp vi phạm' },
          ...violations.map((v, i): Block => ({
            kind: 'paragraph',
            text: `${i + 1}. ${persons ? [v.personName, v.personPosition, v.personUnit].filter(Boolean).join(', ') : `Người vi phạm (${ANONYMISED})`}: ${v.description.replace(/[.;]\s*$/u, '')} (${label(CONDUCT_RULE_LABELS, v.rule)}); hình thức xử lý: ${label(SANCTION_LABELS, v.sanction).toLocaleLowerCase('vi-VN')}${v.sanctionDecision ? `, ${v.sanctionDecision}` : ''}.`,
          })),
        ] as Block[])
      : []),
    { kind: 'heading', level: 1, text: 'III. KIẾN NGHỊ' },
    ...(recommendations.length
      ? recommendations.map((x, i): Block => ({
          kind: 'paragraph',
          text: `${i + 1}. ${x.responsibleUnitName}: ${x.content.replace(/[.;]\s*$/u, '')}${x.dueOn ? `; thời hạn hoàn thành trước ngày ${formatDateVi(x.dueOn)}` : ''}.`,
        }))
      : [{ kind: 'paragraph', text: 'Không có kiến nghị.' } as Block]),
    {
      kind: 'paragraph',
      text: `${r.unitName} có trách nhiệm thực hiện các kiến nghị trên và báo cáo kết quả về ${conductor.name}.`,
    },
  ];
  const buffer = await renderNd30Docx({
    issuer: conductor.name,
    numberSymbol: r.conclusionNumber || '…/KL',
    place: await placeNameFor(conductor, (ids) => org.getUnitsByIds(ctx, ids)),
    date: r.conclusionDate,
    docType: 'KẾT LUẬN',
    subject: `${what === 'thanh tra' ? 'Thanh tra' : 'Kiểm tra'} công vụ tại ${r.unitName}`,
    blocks,
    recipients: [r.unitName, 'Lưu: VT, hồ sơ đoàn'],
    signer: {
      position: (r.signerPosition || 'THỦ TRƯỞNG CƠ QUAN').toLocaleUpperCase('vi-VN'),
      name: r.signerName,
    },
  });
  const num = (r.conclusionNumber || String(r.id)).replace(/[/\\\s]+/g, '-');
  return { buffer, filename: `ket-luan-${what === 'thanh tra' ? 'thanh-tra' : 'kiem-tra'}-${num}.docx` };
}
