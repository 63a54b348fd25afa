/**
 * The synthesis of a compiled report (the province's report to the ministry): not the units' texts
 * one after another, but what an officer can send. An overview of how the units reported (counts and
 * shares by unit group, the late and the missing), then for each section of the template its rolled-up
 * figures by group with each group's share, and the units that stand out on its indicators. Text in
 * Vietnamese, numbers in the Vietnamese format (1.234,5; 66,7%). The units' own narratives are not part
 * of it: the editor offers them beside each section as excerpts to pick from.
 */
import { isSent } from './rules.ts';

/** A table of the synthesis: numbers are shown in the reader's format, text as it is. */
export interface SynthesisTable {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export interface SectionSynthesis {
  code: string;
  paragraphs: string[];
  tables: SynthesisTable[];
}

export interface Synthesis {
  overview: { paragraphs: string[]; tables: SynthesisTable[] };
  sections: SectionSynthesis[];
}

export interface SynthesisIndicator {
  code: string;
  name: string;
  unit: string;
  sectionCode: string;
  aggregation: string;
}

/** A unit that had to report, where its report stands, and (when it counts) its figures. */
export interface SynthesisUnit {
  name: string;
  /** The keys of the groups it belongs to (see SynthesisInput.groups). */
  groups: readonly string[];
  /** The report's status, or 'not_started'. */
  status: string;
  /** Against the deadline: on_time, late, missing, not_due. */
  timeliness: string;
  /** Its report counts in the roll-up: its figures are in `values`. */
  counted: boolean;
  values: Readonly<Record<string, number | null | undefined>>;
}

export interface SynthesisGroup {
  key: string;
  name: string;
  /** The roll-up of the group's units, indicator by indicator. */
  totals: Readonly<Record<string, number | null | undefined>>;
}

export interface SynthesisInput {
  sections: readonly { code: string }[];
  indicators: readonly SynthesisIndicator[];
  /** The roll-up of the whole subtree. */
  totals: Readonly<Record<string, number | null | undefined>>;
  reportsCounted: number;
  units: readonly SynthesisUnit[];
  groups: readonly SynthesisGroup[];
  includeSubmitted: boolean;
  /** The header of the whole-subtree column, e.g. 'Toàn tỉnh'. */
  totalLabel: string;
}

/** Units that stand out per indicator, and the most names listed in a sentence. */
const TOP = 3;
const MAX_NAMES = 30;

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** A number in the Vietnamese format: 12.345,68. */
export const formatNumberVi = (n: number): string => numberFormat.format(n);

/** A share (0..1) in the Vietnamese format: 66,7%. */
export const formatShareVi = (part: number, whole: number): string =>
  whole ? percentFormat.format(part / whole) : '—';

/** A figure with its unit of measure: '17 đơn', '76,47%'. */
function withUnit(v: number, unit: string): string {
  return unit === '%' ? `${formatNumberVi(v)}%` : `${formatNumberVi(v)} ${unit}`.trim();
}

const present = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** 'A, B, C' and, past the limit, 'và N đơn vị khác'. */
function names(list: readonly string[]): string {
  if (list.length <= MAX_NAMES) return list.join(', ');
  return `${list.slice(0, MAX_NAMES).join(', ')} và ${formatNumberVi(list.length - MAX_NAMES)} đơn vị khác`;
}

interface Counts {
  expected: number;
  sent: number;
  onTime: number;
  late: number;
  missing: number;
}

function counts(units: readonly SynthesisUnit[]): Counts {
  const sent = units.filter((u) => isSent(u.status));
  return {
    expected: units.length,
    sent: sent.length,
    onTime: sent.filter((u) => u.timeliness === 'on_time').length,
    late: sent.filter((u) => u.timeliness === 'late').length,
    missing: units.filter((u) => !isSent(u.status) && u.timeliness === 'missing').length,
  };
}

function countsRow(label: string, c: Counts): (string | number)[] {
  return [label, c.expected, c.sent, formatShareVi(c.sent, c.expected), c.onTime, c.late, c.missing];
}

function overview(input: SynthesisInput): Synthesis['overview'] {
  const all = counts(input.units);
  const n = formatNumberVi;
  const paragraphs: string[] = [];
  let first =
    `Kỳ báo cáo có ${n(all.expected)} đơn vị phải báo cáo; đã có ${n(all.sent)} đơn vị gửi báo cáo ` +
    `(đạt ${formatShareVi(all.sent, all.expected)}), trong đó ${n(all.onTime)} đơn vị gửi đúng hạn` +
    ` (${formatShareVi(all.onTime, all.expected)}) và ${n(all.late)} đơn vị gửi chậm`;
  first += all.missing ? `; ${n(all.missing)} đơn vị quá hạn chưa gửi báo cáo.` : '.';
  paragraphs.push(first);
  paragraphs.push(
    `Số liệu trong báo cáo được tổng hợp từ ${n(input.reportsCounted)} báo cáo ` +
      (input.includeSubmitted ? 'đã gửi hoặc đã được tiếp nhận.' : 'đã được tiếp nhận.'),
  );
  const late = input.units.filter((u) => isSent(u.status) && u.timeliness === 'late').map((u) => u.name);
  if (late.length) paragraphs.push(`Đơn vị gửi báo cáo chậm: ${names(late)}.`);
  const missing = input.units
    .filter((u) => !isSent(u.status) && u.timeliness === 'missing')
    .map((u) => u.name);
  if (missing.length) paragraphs.push(`Đơn vị quá hạn chưa gửi báo cáo: ${names(missing)}.`);
  const tables: SynthesisTable[] = [];
  if (input.groups.length)
    tables.push({
      title: 'Tình hình gửi báo cáo theo khối',
      columns: ['Khối', 'Phải báo cáo', 'Đã gửi', 'Tỷ lệ đã gửi', 'Đúng hạn', 'Gửi chậm', 'Quá hạn chưa gửi'],
      rows: [
        ...input.groups.map((g) =>
          countsRow(g.name, counts(input.units.filter((u) => u.groups.includes(g.key)))),
        ),
        countsRow(input.totalLabel, all),
      ],
    });
  return { paragraphs, tables };
}

/** The units with the highest figures of an indicator (those whose report counts), best first. */
function leaders(input: SynthesisInput, code: string) {
  return input.units
    .filter((u) => u.counted && present(u.values[code]))
    .map((u) => ({ name: u.name, value: u.values[code] as number }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'vi'))
    .slice(0, TOP);
}

function section(input: SynthesisInput, code: string): SectionSynthesis | null {
  const inds = input.indicators.filter((i) => i.sectionCode === code);
  if (!inds.length) return null;
  const paragraphs: string[] = [];
  for (const i of inds) {
    const total = input.totals[i.code];
    if (!present(total)) continue;
    let line = `- ${i.name}: ${withUnit(total, i.unit)}`;
    const byGroup = input.groups
      .map((g) => ({ g, v: g.totals[i.code] }))
      .filter((x): x is { g: SynthesisGroup; v: number } => present(x.v));
    if (byGroup.length)
      line +=
        i.aggregation === 'sum'
          ? `, trong đó ${byGroup
              .map((x) => `${x.g.name} ${withUnit(x.v, i.unit)} (${formatShareVi(x.v, total)})`)
              .join('; ')}`
          : ` (${byGroup.map((x) => `${x.g.name}: ${withUnit(x.v, i.unit)}`).join('; ')})`;
    const top = leaders(input, i.code);
    if (top.length && i.aggregation !== 'last')
      line += `; cao nhất: ${top.map((t) => `${t.name} (${withUnit(t.value, i.unit)})`).join(', ')}`;
    paragraphs.push(`${line}.`);
  }
  if (!paragraphs.length) paragraphs.push('Chưa có số liệu của các đơn vị cho mục này.');
  const tables: SynthesisTable[] = [];
  if (input.groups.length)
    tables.push({
      title: 'Số liệu theo khối',
      columns: ['Chỉ tiêu', 'Đơn vị tính', input.totalLabel, ...input.groups.map((g) => g.name)],
      rows: inds.map((i) => {
        const total = input.totals[i.code];
        return [
          i.name,
          i.unit,
          present(total) ? total : null,
          ...input.groups.map((g) => {
            const v = g.totals[i.code];
            if (!present(v)) return null;
            return i.aggregation === 'sum' && present(total) && total
              ? `${formatNumberVi(v)} (${formatShareVi(v, total)})`
              : v;
          }),
        ];
      }),
    });
  const standout = inds
    .filter((i) => i.aggregation !== 'last')
    .map((i) => [i, leaders(input, i.code)] as const)
    .filter(([, top]) => top.length > 0);
  if (standout.length)
    tables.push({
      title: 'Đơn vị nổi bật',
      columns: ['Chỉ tiêu', 'Đơn vị có số liệu cao nhất'],
      rows: standout.map(([i, top]) => [
        i.name,
        top.map((t) => `${t.name}: ${withUnit(t.value, i.unit)}`).join('; '),
      ]),
    });
  return { code, paragraphs, tables };
}

/** The synthesis of a compilation: the overview, then each section that has indicators. */
export function synthesizeCompilation(input: SynthesisInput): Synthesis {
  return {
    overview: overview(input),
    sections: input.sections
      .map((s) => section(input, s.code))
      .filter((s): s is SectionSynthesis => s !== null),
  };
}
