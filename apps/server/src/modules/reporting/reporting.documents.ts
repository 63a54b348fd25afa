import type { ReportSynthesis, SynthesisTable, TemplateDetail } from '@danvan/contracts';
import {
  AGGREGATION_RULE_NAMES_VI,
  countsInRollup,
  flattenSections,
  VALUE_SOURCE_NAMES_VI,
  type SectionDef,
} from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { renderNd30Docx, type Block } from '../../core/documents/nd30.ts';
import { placeNameFor } from '../../core/documents/place.ts';
import { renderXlsx, type XlsxSheet } from '../../core/documents/xlsx.ts';
import * as org from '../org/index.ts';
import * as reports from './report/report.repository.ts';
import * as templates from './template/template.repository.ts';
import { loadReport } from './report/load-report.ts';
import { STATUS_NAMES } from './report/report.present.ts';
import { getRollup } from './rollup/read-rollup.ts';
import { periodReports } from './rollup/period-reports.ts';
import { visiblePeriod } from './period/read-period.ts';

const SOURCE_NAMES: Record<string, string> = VALUE_SOURCE_NAMES_VI;

/** 'Ủy ban nhân dân tỉnh Đồng Nai' → 'Đồng Nai' (the place name of a document). */
export function placeName(rootName: string): string {
  return rootName
    .replace(/^(Ủy ban nhân dân|UBND)\s+/iu, '')
    .replace(/^(tỉnh|thành phố)\s+/iu, '')
    .trim();
}

/** 'Đề cương báo cáo kết quả …' → 'Kết quả …': the summary line of the report. */
export function reportSubject(templateName: string, periodName: string): string {
  const base = templateName.replace(/^Đề cương (hướng dẫn )?báo cáo\s+/iu, '');
  const cap = base.charAt(0).toLocaleUpperCase('vi-VN') + base.slice(1);
  const when = periodName.replace(/^Báo cáo\s+/iu, '');
  return `${cap} ${when}`.trim();
}

function issuerOf(unit: { name: string; kind: string }, parent: { name: string; kind: string } | undefined) {
  const isCommittee = unit.kind === 'commune' || unit.kind === 'province' || unit.kind === 'district';
  const issuer =
    isCommittee && !/^(Ủy ban|UBND)/iu.test(unit.name) ? `Ủy ban nhân dân ${unit.name}` : unit.name;
  const issuerParent = !isCommittee && parent ? parent.name : undefined;
  return { issuer, issuerParent, isCommittee };
}

function indicatorRows(template: TemplateDetail, sectionCode: string, values: Map<number, reports.ValueRow>) {
  return template.indicators
    .filter((i) => i.sectionCode === sectionCode)
    .map((i, n) => {
      const v = values.get(i.id);
      const note = v?.source === 'override' ? `Đã điều chỉnh: ${v.overrideReason ?? ''}` : '';
      return [n + 1, i.name, i.unit, v?.value ?? null, note] as (string | number | null)[];
    });
}

/** Text lines as paragraphs, a line starting with '- ' as a bullet. */
function textBlocks(text: string): Block[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((para) =>
      /^[-–•]\s/u.test(para) ? { kind: 'bullets', items: [para] } : { kind: 'paragraph', text: para },
    );
}

/** A synthesis table with its title above it. */
const tableBlocks = (t: SynthesisTable): Block[] => [
  { kind: 'paragraph', text: `${t.title}:`, italic: true },
  { kind: 'table', columns: t.columns, rows: t.rows },
];

/**
 * The report as a .docx in the NĐ 30/2020 format, following the template's outline with its figures.
 * The province's report opens with how the units reported, and each section carries, after its text
 * and figures, the synthesis tables of the compilation (by unit group, standout units).
 */
export async function reportDocx(ctx: Ctx, id: number): Promise<{ buffer: Buffer; filename: string }> {
  const l = await loadReport(ctx, id);
  const unit = (await org.getUnitById(ctx, l.report.r.unitId))!;
  const parent = unit.parentId ? await org.getUnitById(ctx, unit.parentId) : undefined;
  const root = (await org.getUnitById(ctx, l.period.p.rootUnitId))!;
  const values = new Map(l.values.map((v) => [v.indicatorId, v]));
  const narratives = (l.report.r.narratives ?? {}) as Record<string, string>;
  const blocks: Block[] = [];
  const synthesis = l.report.r.level === 'province' ? (l.report.r.synthesis as ReportSynthesis | null) : null;
  const bySection = new Map((synthesis?.sections ?? []).map((s) => [s.code, s]));
  if (synthesis) {
    for (const p of synthesis.overview.paragraphs) blocks.push({ kind: 'paragraph', text: p });
    for (const t of synthesis.overview.tables) blocks.push(...tableBlocks(t));
  }
  for (const s of flattenSections(l.template.sections as SectionDef[])) {
    blocks.push({
      kind: 'heading',
      level: Math.min(3, s.depth + 1) as 1 | 2 | 3,
      text: `${s.number}. ${s.title}`,
    });
    const syn = bySection.get(s.code);
    // a heading-only section shows the generated text itself; others show their (edited) narrative
    blocks.push(
      ...textBlocks(s.hasNarrative ? (narratives[s.code] ?? '') : (syn?.paragraphs ?? []).join('\n')),
    );
    const rows = indicatorRows(l.template, s.code, values);
    if (rows.length)
      blocks.push({ kind: 'table', columns: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú'], rows });
    for (const t of syn?.tables ?? []) blocks.push(...tableBlocks(t));
  }
  const { issuer, issuerParent, isCommittee } = issuerOf(unit, parent);
  const province = l.report.r.level === 'province';
  const signerName = (await reports.userName(ctx.db, l.report.r.submittedBy)) ?? '';
  const buffer = await renderNd30Docx({
    issuerParent,
    issuer,
    numberSymbol: `/BC-${isCommittee ? 'UBND' : unit.code.replace(/[^A-Za-z0-9Đđ]/g, '')}`,
    place: await placeNameFor(unit, (ids) => org.getUnitsByIds(ctx, ids)),
    date: l.report.r.submittedAt?.toISOString() ?? today(ctx),
    docType: 'BÁO CÁO',
    subject: reportSubject(l.template.name, l.period.p.name),
    blocks,
    recipients: province
      ? ['Bộ Nội vụ (để tổng hợp);', 'Ban Tuyên giáo và Dân vận Tỉnh ủy;', 'Lưu: VT, SNV.']
      : [`${root.name} (qua Sở Nội vụ);`, 'Lưu: VT.'],
    signer: {
      authority: isCommittee ? 'TM. ỦY BAN NHÂN DÂN' : undefined,
      position: isCommittee ? 'CHỦ TỊCH' : 'GIÁM ĐỐC',
      name: signerName,
    },
  });
  return { buffer, filename: `bao-cao-${l.report.r.id}.docx` };
}

/** The report's indicator table as .xlsx. */
export async function reportXlsx(ctx: Ctx, id: number): Promise<{ buffer: Buffer; filename: string }> {
  const l = await loadReport(ctx, id);
  const values = new Map(l.values.map((v) => [v.indicatorId, v]));
  const sheet: XlsxSheet = {
    name: 'Chỉ tiêu',
    title: `${l.report.unitName} — ${l.period.p.name} (${STATUS_NAMES[l.report.r.status as 'draft']})`,
    columns: [
      { header: 'STT', key: 'stt', width: 6 },
      { header: 'Mục', key: 'section', width: 8 },
      { header: 'Chỉ tiêu', key: 'name', width: 60 },
      { header: 'Đơn vị tính', key: 'unit', width: 12 },
      { header: 'Số liệu', key: 'value', numFmt: '#,##0.##' },
      { header: 'Nguồn', key: 'source', width: 16 },
      { header: 'Số hệ thống tính', key: 'computed', numFmt: '#,##0.##' },
      { header: 'Lý do điều chỉnh', key: 'reason', width: 40 },
    ],
    rows: l.template.indicators.map((i, n) => {
      const v = values.get(i.id);
      return {
        stt: n + 1,
        section: i.sectionCode,
        name: i.name,
        unit: i.unit,
        value: v?.value ?? null,
        source: v ? (SOURCE_NAMES[v.source] ?? v.source) : '',
        computed: v?.computedValue ?? null,
        reason: v?.overrideReason ?? null,
      };
    }),
  };
  return { buffer: await renderXlsx([sheet]), filename: `chi-tieu-bao-cao-${id}.xlsx` };
}

/** All units of a period under a unit × the template's indicators, with the roll-up as the last row. */
export async function periodXlsx(
  ctx: Ctx,
  periodId: number,
  q: { unitId?: number; includeSubmitted?: boolean },
): Promise<{ buffer: Buffer; filename: string }> {
  const { row: period } = await visiblePeriod(ctx, periodId);
  const refs = await periodReports(ctx, periodId, { unitId: q.unitId });
  const rollup = await getRollup(ctx, periodId, q);
  const inds = await templates.templateIndicators(ctx.db, period.p.templateId);
  const ids = refs.filter((r) => r.reportId).map((r) => r.reportId!);
  const values = await reports.valuesOfReports(ctx.db, ids);
  const byReport = new Map<number, Map<number, number | null>>();
  for (const v of values) {
    if (!byReport.has(v.reportId)) byReport.set(v.reportId, new Map());
    byReport.get(v.reportId)!.set(v.indicatorId, v.value);
  }
  const statusName = (s: string) => (s === 'not_started' ? 'Chưa lập' : STATUS_NAMES[s as 'draft']);
  const main: XlsxSheet = {
    name: 'Tổng hợp',
    title: `${period.p.name} — ${rollup.unitName}`,
    columns: [
      { header: 'STT', key: 'stt', width: 6 },
      { header: 'Đơn vị', key: 'unit', width: 40 },
      { header: 'Trạng thái', key: 'status', width: 14 },
      { header: 'Tính vào tổng hợp', key: 'counted', width: 10 },
      ...inds.map((i) => ({
        header: `${i.name} (${i.unit})`,
        key: `i${i.id}`,
        width: 16,
        numFmt: '#,##0.##',
      })),
    ],
    rows: [
      ...refs.map((r, n) => {
        const vals = r.reportId ? byReport.get(r.reportId) : undefined;
        return {
          stt: n + 1,
          unit: r.unitName,
          status: statusName(r.status),
          counted: countsInRollup(r.status, q.includeSubmitted) ? 'Có' : 'Không',
          ...Object.fromEntries(inds.map((i) => [`i${i.id}`, vals?.get(i.id) ?? null])),
        };
      }),
      {
        stt: null,
        unit: `Tổng hợp ${rollup.unitName} (${rollup.reportsCounted} báo cáo)`,
        status: '',
        counted: '',
        ...Object.fromEntries(rollup.indicators.map((x) => [`i${x.indicatorId}`, x.value])),
      },
    ],
  };
  const legend: XlsxSheet = {
    name: 'Chỉ tiêu',
    columns: [
      { header: 'STT', key: 'stt', width: 6 },
      { header: 'Chỉ tiêu', key: 'name', width: 70 },
      { header: 'Đơn vị tính', key: 'unit', width: 12 },
      { header: 'Cách tổng hợp', key: 'rule', width: 20 },
    ],
    rows: inds.map((i, n) => ({
      stt: n + 1,
      name: i.name,
      unit: i.unit,
      rule: AGGREGATION_RULE_NAMES_VI[i.aggregation as 'sum'] ?? i.aggregation,
    })),
  };
  return { buffer: await renderXlsx([main, legend]), filename: `tong-hop-ky-${periodId}.xlsx` };
}
