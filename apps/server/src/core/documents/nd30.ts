/**
 * Official documents (văn bản hành chính) in the format of Nghị định 30/2020/NĐ-CP on clerical work,
 * Appendix I (thể thức và kỹ thuật trình bày văn bản hành chính), rendered as .docx.
 *
 * Layout: A4 portrait; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm; Times New Roman. The
 * header is a borderless two-column table: issuing body (cơ quan ban hành) and number/symbol on the left,
 * national title (quốc hiệu) and motto (tiêu ngữ) with the place and date on the right. Then the kind of
 * document and its summary (trích yếu), the body, and a borderless two-column footer: recipients
 * (nơi nhận) on the left, the signer's authority, position and name on the right. Page numbers are
 * centred in the top margin from page 2 on.
 *
 * Horizontal rules (under the issuer, the motto and the summary) are empty paragraphs with a top border,
 * indented to the rule's length: a border on the text paragraph itself would need indents that might
 * make the text wrap.
 *
 * Layout rules checked on the PDF that LibreOffice makes of the file (nd30.layout.test.ts): the
 * issuer's name is broken here, between words and before its administrative level ('ỦY BAN NHÂN DÂN'
 * / 'TỈNH ĐỒNG NAI'), measured with Times New Roman's metrics, so the rule under it can be centred
 * under the whole name; the footer is one table row that cannot split, kept with the last sentence,
 * so the signer's authority, position and name stay on one page; 'Nơi nhận' lines end with ';' and
 * the last with '.'; a data table's columns are at least as wide as their longest word ('STT', a
 * date). The place name comes from the caller: see place.ts for how it is derived from the org tree.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: (string | number | null)[][] };

export interface Nd30Input {
  /** Cơ quan chủ quản, e.g. 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI'. A '\n' breaks the line. */
  issuerParent?: string;
  /** Cơ quan ban hành, e.g. 'SỞ NỘI VỤ'. A '\n' breaks the line. */
  issuer: string;
  /** Number and symbol without 'Số: ', e.g. '12/KH-SNV'; '/KH-SNV' (number left blank) before registration. */
  numberSymbol: string;
  /** Địa danh, e.g. 'Đồng Nai', or 'Biên Hòa' for a ward: `placeNameFor` in place.ts derives it. */
  place: string;
  /** ISO date ('2026-03-05' or a timestamp, read in Asia/Ho_Chi_Minh); null leaves day and month blank. */
  date: string | null;
  /** 'KẾ HOẠCH' | 'BÁO CÁO' | 'QUYẾT ĐỊNH' | …; '' or 'CÔNG VĂN' for an official letter (công văn). */
  docType: string;
  /** Trích yếu. For a công văn it is written 'V/v …' under the number. */
  subject: string;
  blocks: Block[];
  /**
   * Nơi nhận lines, e.g. 'Như trên'. Each is written '- …;' and the last '- Lưu: ….', whatever
   * punctuation they came with; 'Lưu: VT.' is added when no line starts with 'Lưu'.
   */
  recipients: string[];
  signer: {
    /** Thẩm quyền ký, e.g. 'KT. GIÁM ĐỐC' or 'TM. ỦY BAN NHÂN DÂN'; '\n' separates several lines. */
    authority?: string;
    /** Chức vụ, e.g. 'PHÓ GIÁM ĐỐC'. */
    position: string;
    name: string;
  };
}

// ---------------------------------------------------------------------------------------------
// Measures. Twips (1/20 pt); sizes in half-points as WordprocessingML wants them.

const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

export const ND30_PAGE = {
  width: 11906, // A4: 210 mm
  height: 16838, // A4: 297 mm
  marginTop: mmToTwips(20), // 1134
  marginBottom: mmToTwips(20), // 1134
  marginLeft: mmToTwips(30), // 1701
  marginRight: mmToTwips(15), // 850
} as const;

const TEXT_WIDTH = ND30_PAGE.width - ND30_PAGE.marginLeft - ND30_PAGE.marginRight; // 9355 ≈ 165 mm
const FONT = 'Times New Roman';
const pt = (points: number) => points * 2; // half-points

const SIZE = {
  body: pt(14),
  quocHieu: pt(12),
  tieuNgu: pt(13),
  issuer: pt(12),
  number: pt(13),
  place: pt(13),
  docType: pt(14),
  subject: pt(14),
  congVanSubject: pt(12),
  table: pt(13),
  noiNhanLabel: pt(12),
  noiNhan: pt(11),
  signer: pt(13),
  pageNumber: pt(13),
};

/** Header and footer column widths (left, right); the right column holds the national title, 82 mm at 12 pt. */
const HEADER_COLUMNS = [TEXT_WIDTH - mmToTwips(95), mmToTwips(95)] as const;
const FOOTER_COLUMNS = [Math.floor(TEXT_WIDTH / 2), TEXT_WIDTH - Math.floor(TEXT_WIDTH / 2)] as const;
const CELL_MARGIN = 57; // 1 mm

/** Width of 'Độc lập - Tự do - Hạnh phúc' in Times New Roman bold 13 pt (metrics of Liberation Serif). */
const TIEU_NGU_WIDTH = 3016;

const BODY_FIRST_LINE_INDENT = 567; // 1 cm
const BODY_SPACING = { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO }; // 6 pt after, 1.15 lines

const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

// ---------------------------------------------------------------------------------------------
// Text helpers (pure, exported for tests).

/** NFC, without characters XML 1.0 forbids (they would make the file unreadable). */
export function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

const upper = (s: string) => cleanText(s).toLocaleUpperCase('vi-VN');

/** 'Số: 12/KH-SNV', or 'Số:      /KH-SNV' when the number is still blank. */
export function formatNumberLine(numberSymbol: string): string {
  const s = cleanText(numberSymbol)
    .trim()
    .replace(/^Số\s*:?\s*/iu, '');
  if (s === '' || s.startsWith('/')) return `Số:      ${s}`;
  return `Số: ${s}`;
}

function calendarDate(iso: string): { y: number; m: number; d: number } {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (plain) return { y: Number(plain[1]), m: Number(plain[2]), d: Number(plain[3]) };
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) throw new RangeError(`Invalid document date: ${iso}`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(t);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/**
 * '<place>, ngày 05 tháng 3 năm 2026'. Per NĐ 30/2020, Appendix I, days below 10 and the months 1 and 2
 * take a leading zero ('ngày 05 tháng 01'); other months do not ('tháng 3', 'tháng 12').
 */
export function formatPlaceAndDate(place: string, date: string | null): string {
  const p = cleanText(place).trim();
  if (date === null) return `${p}, ngày     tháng     năm 20...`;
  const { y, m, d } = calendarDate(date);
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `${p}, ngày ${day} tháng ${month} năm ${y}`;
}

/** Appends the end mark './.' to the last sentence of the body ('… trên' and '… trên.' both end '… trên./.'). */
export function withEndMark(text: string): string {
  const t = text.replace(/\s+$/u, '');
  if (t.endsWith('./.')) return t;
  return `${t.replace(/[.;:,]+$/u, '')}./.`;
}

const isCongVan = (docType: string) => {
  const t = upper(docType).trim();
  return t === '' || t === 'CÔNG VĂN';
};

// ---------------------------------------------------------------------------------------------
// Building blocks.

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for text, one line per '\n'. */
function runs(text: string, style: RunStyle): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }));
}

const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };

function centred(text: string, style: RunStyle, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: tight,
    ...extra,
    children: runs(text, style),
  });
}

/** A centred horizontal rule of the given width inside a space of the given width. */
function rule(width: number, within: number, spaceBefore = 40): Paragraph {
  const w = Math.max(300, Math.min(width, within));
  const side = Math.max(0, Math.floor((within - w) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: spaceBefore, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

// Advance widths (1/1000 em) of Times New Roman, regular and bold (the Adobe Times metrics, which
// Liberation Serif, LibreOffice's stand-in, shares). Vietnamese letters take the width of their base
// letter; the horned Ơ, Ư are a little wider.
const TIMES: Record<'regular' | 'bold', Record<string, number>> = {
  regular: widths(
    '722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 722 722 611',
    '444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444',
  ),
  bold: widths(
    '722 667 722 722 667 611 778 778 389 500 778 667 944 722 778 611 778 722 556 667 722 722 1000 722 722 667',
    '500 556 444 556 444 333 500 556 278 333 556 278 833 556 500 556 556 444 389 333 556 500 722 500 500 444',
  ),
};
function widths(upperCase: string, lowerCase: string): Record<string, number> {
  const out: Record<string, number> = { ' ': 250, '.': 250, ',': 250, ':': 278, ';': 278, '/': 278 };
  Object.assign(out, { '-': 333, '(': 333, ')': 333, '–': 500, '"': 444 });
  for (let d = 0; d <= 9; d++) out[String(d)] = 500;
  upperCase.split(' ').forEach((w, i) => (out[String.fromCharCode(65 + i)] = Number(w)));
  lowerCase.split(' ').forEach((w, i) => (out[String.fromCharCode(97 + i)] = Number(w)));
  return out;
}

/** Width in twips of one line of text in Times New Roman at the given size (half-points), 3% to spare. */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  const table = TIMES[bold ? 'bold' : 'regular'];
  let units = 0;
  for (const ch of cleanText(text)) {
    const base = ch.normalize('NFD').charAt(0).replace('Đ', 'D').replace('đ', 'd');
    units += (table[base] ?? 600) + (/[ƠƯơư]/u.test(ch) ? 60 : 0);
  }
  return Math.ceil(((units / 1000) * (halfPoints / 2) * 20 * 103) / 100);
}

/** The width of the longest of the lines. */
function linesWidth(lines: string[], halfPoints: number, bold: boolean): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, halfPoints, bold)));
}

/** Administrative levels: a body's name breaks before them ('ỦY BAN NHÂN DÂN' / 'TỈNH ĐỒNG NAI'). */
const LEVEL_WORDS = /^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|XÃ|PHƯỜNG|ĐẶC)$/u;

/**
 * The lines of a name in the header (issuing body, or the body above it), each within `maxWidth`:
 * as few lines as will fit, broken between words only, preferring a break before the administrative
 * level ('ỦY BAN NHÂN DÂN' / 'PHƯỜNG BIÊN HÒA'), otherwise the most even lines. A '\n' in the name is
 * kept as a break of its own.
 */
export function breakName(name: string, maxWidth: number, halfPoints: number, bold: boolean): string[] {
  return cleanText(name)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/gu, ' '))
    .filter(Boolean)
    .flatMap((line) => breakLine(line, maxWidth, halfPoints, bold));
}

function breakLine(line: string, maxWidth: number, halfPoints: number, bold: boolean): string[] {
  const words = line.split(' ');
  const width = (ws: string[]) => textWidth(ws.join(' '), halfPoints, bold);
  if (width(words) <= maxWidth || words.length === 1) return [line];
  type Layout = { lines: string[]; score: number; levelBreak: boolean };
  // The best layout with k lines (k = 2, 3, 4: names have a dozen words at most): the most even lines.
  const bestOf = (k: number, wantLevelBreak: boolean): Layout | null => {
    let best: Layout | null = null;
    const walk = (start: number, left: number, acc: string[][]) => {
      if (left === 1) {
        const lines = [...acc, words.slice(start)];
        const ws = lines.map(width);
        if (Math.max(...ws) > maxWidth) return;
        const levelBreak = lines.slice(1).some((l) => LEVEL_WORDS.test(l[0]));
        if (wantLevelBreak && !levelBreak) return;
        const score = Math.max(...ws) - Math.min(...ws);
        if (!best || score < best.score) best = { lines: lines.map((l) => l.join(' ')), score, levelBreak };
        return;
      }
      for (let end = start + 1; end <= words.length - left + 1; end++)
        walk(end, left - 1, [...acc, words.slice(start, end)]);
    };
    walk(0, k, []);
    return best;
  };
  const ks = [2, 3, 4].filter((k) => k <= words.length);
  // A break before the administrative level ('ỦY BAN NHÂN DÂN' / 'PHƯỜNG LONG BÌNH …') wins even at the
  // cost of one more line; only a name with no such layout gets the most even lines of the fewest.
  for (const k of ks) {
    const withLevel = bestOf(k, true);
    if (withLevel) return withLevel.lines;
  }
  for (const k of ks) {
    const any = bestOf(k, false);
    if (any) return any.lines;
  }
  return [line];
}

const noBorders = TableBorders.NONE;

function layoutTable(
  columns: readonly number[],
  cells: Paragraph[][],
  row: { cantSplit?: boolean } = {},
): Table {
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: row.cantSplit,
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: columns[i], type: WidthType.DXA },
              borders: noBorders,
              margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
              children,
            }),
        ),
      }),
    ],
  });
}

function headerTable(input: Nd30Input): Table {
  const [leftWidth, rightWidth] = HEADER_COLUMNS;
  const leftInner = leftWidth - 2 * CELL_MARGIN;
  const rightInner = rightWidth - 2 * CELL_MARGIN;

  // Names are broken into lines here (between words, before the administrative level) rather than
  // left to the word processor, so that no line overflows the column and the rule below can be
  // measured: 1/3 to 1/2 of the name's longest line, centred under the whole name.
  const left: Paragraph[] = [];
  if (input.issuerParent?.trim()) {
    const lines = breakName(upper(input.issuerParent), leftInner, SIZE.issuer, false);
    left.push(centred(lines.join('\n'), { size: SIZE.issuer }));
  }
  const issuerLines = breakName(upper(input.issuer), leftInner, SIZE.issuer, true);
  left.push(centred(issuerLines.join('\n'), { size: SIZE.issuer, bold: true }, { keepNext: true }));
  const issuerWidth = Math.min(linesWidth(issuerLines, SIZE.issuer, true), leftInner);
  left.push(rule(Math.round(issuerWidth * 0.42), leftInner)); // 1/3 to 1/2 of the line
  left.push(
    centred(
      formatNumberLine(input.numberSymbol),
      { size: SIZE.number },
      { spacing: { ...tight, before: 120 } },
    ),
  );
  if (isCongVan(input.docType) && input.subject.trim()) {
    left.push(
      centred(
        `V/v ${cleanText(input.subject).trim()}`,
        { size: SIZE.congVanSubject },
        { spacing: { ...tight, before: 60 } },
      ),
    );
  }

  const right: Paragraph[] = [
    centred(QUOC_HIEU, { size: SIZE.quocHieu, bold: true }),
    centred(TIEU_NGU, { size: SIZE.tieuNgu, bold: true }),
    rule(TIEU_NGU_WIDTH, rightInner),
    centred(
      formatPlaceAndDate(input.place, input.date),
      { size: SIZE.place, italics: true },
      { spacing: { ...tight, before: 120 } },
    ),
  ];
  return layoutTable(HEADER_COLUMNS, [left, right]);
}

function titleParagraphs(input: Nd30Input): Paragraph[] {
  if (isCongVan(input.docType)) return [new Paragraph({ spacing: { before: 240, after: 0 }, children: [] })];
  const subject = cleanText(input.subject).trim();
  const out = [
    centred(
      upper(input.docType),
      { size: SIZE.docType, bold: true },
      { spacing: { ...tight, before: 360 }, keepNext: true },
    ),
  ];
  if (subject) {
    out.push(centred(subject, { size: SIZE.subject, bold: true }, { keepNext: true }));
    const lineWidth = Math.min(textWidth(subject, SIZE.subject, true), TEXT_WIDTH);
    out.push(rule(Math.round(lineWidth * 0.42), TEXT_WIDTH, 60)); // 1/3 to 1/2 of the line
  }
  out.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
  return out;
}

function bodyParagraph(
  text: string,
  style: RunStyle = {},
  extra: Partial<IParagraphOptions> = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: BODY_FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    ...extra,
    children: runs(text, { size: SIZE.body, ...style }),
  });
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function cellText(v: string | number | null): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? numberFormat.format(v) : '';
  return v;
}

const DATA_CELL_MARGIN = 85;

/**
 * Column widths: each column at least as wide as its longest word (header in bold) or number, so that
 * 'STT' or a date never breaks inside; the rest of the width goes to the columns that want more, in
 * proportion to their longest content.
 */
export function dataColumnWidths(columns: string[], rows: (string | number | null)[][]): number[] {
  const longestWord = (t: string, bold: boolean) =>
    Math.max(0, ...t.split(/\s+/u).map((w) => textWidth(w, SIZE.table, bold)));
  const pad = 2 * DATA_CELL_MARGIN + 40;
  const min = columns.map((header, c) =>
    Math.min(
      Math.round(TEXT_WIDTH * 0.4),
      pad +
        Math.max(
          longestWord(header, true),
          ...rows.map((r) => {
            const v = r[c] ?? null;
            return typeof v === 'number'
              ? textWidth(cellText(v), SIZE.table)
              : longestWord(cellText(v), false);
          }),
        ),
    ),
  );
  const desired = columns.map((header, c) => {
    const longest = Math.max(
      Math.min(header.length, 12),
      ...rows.map((r) => Math.min(cellText(r[c] ?? null).length, 60)),
    );
    return Math.max(3, Math.min(longest, 40));
  });
  const minTotal = min.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (minTotal >= TEXT_WIDTH) {
    widths = min.map((m) => Math.floor((m / minTotal) * TEXT_WIDTH));
  } else {
    const totalDesired = desired.reduce((a, b) => a + b, 0);
    const want = desired.map((d, i) => Math.max(0, (d / totalDesired) * TEXT_WIDTH - min[i]));
    const totalWant = want.reduce((a, b) => a + b, 0);
    const extra = TEXT_WIDTH - minTotal;
    widths = min.map((m, i) =>
      Math.floor(m + (totalWant > 0 ? (want[i] / totalWant) * extra : extra / min.length)),
    );
  }
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function dataTable(columns: string[], rows: (string | number | null)[][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const widths = dataColumnWidths(columns, rows);
  const cell = (
    text: string,
    i: number,
    opts: { bold?: boolean; align: 'left' | 'center' | 'right'; head?: boolean },
  ) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      borders,
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: DATA_CELL_MARGIN, right: DATA_CELL_MARGIN, top: 40, bottom: 40 },
      shading: opts.head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
      children: [
        new Paragraph({
          alignment:
            opts.align === 'center'
              ? AlignmentType.CENTER
              : opts.align === 'right'
                ? AlignmentType.RIGHT
                : AlignmentType.LEFT,
          spacing: tight,
          children: runs(text, { size: SIZE.table, bold: opts.bold }),
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((h, i) => cell(h, i, { bold: true, align: 'center', head: true })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((_, i) => {
              const v = r[i] ?? null;
              return cell(cellText(v), i, { align: typeof v === 'number' ? 'center' : 'left' });
            }),
          }),
      ),
    ],
  });
}

function bodyChildren(blocks: Block[]): (Paragraph | Table)[] {
  // Put the end mark on the last sentence: the last paragraph or bullet item when the body ends with one.
  let endMarkPlaced = false;
  const out: (Paragraph | Table)[] = [];
  blocks.forEach((block, index) => {
    const isLast = index === blocks.length - 1;
    switch (block.kind) {
      case 'heading': {
        out.push(
          bodyParagraph(
            block.text,
            { bold: true, italics: block.level === 3 || undefined },
            {
              keepNext: true,
              outlineLevel: block.level - 1,
            },
          ),
        );
        break;
      }
      case 'paragraph': {
        const text = isLast ? withEndMark(block.text) : block.text;
        endMarkPlaced ||= isLast;
        // the last sentence keeps with the signature block below it
        out.push(bodyParagraph(text, { italics: block.italic }, isLast ? { keepNext: true } : {}));
        break;
      }
      case 'bullets': {
        block.items.forEach((item, i) => {
          const lastItem = isLast && i === block.items.length - 1;
          const body = cleanText(item)
            .trim()
            .replace(/^[-–•]\s*/u, '');
          out.push(
            bodyParagraph(`- ${lastItem ? withEndMark(body) : body}`, {}, lastItem ? { keepNext: true } : {}),
          );
          endMarkPlaced ||= lastItem;
        });
        break;
      }
      case 'table': {
        out.push(dataTable(block.columns, block.rows));
        out.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
        break;
      }
    }
  });
  if (!endMarkPlaced) out.push(bodyParagraph('./.', {}, { keepNext: true }));
  return out;
}

/**
 * 'Nơi nhận' lines: each '- …;', the last (the file copy, 'Lưu: VT, …') ending with '.' (NĐ 30/2020,
 * Appendix I, part II, item 9). 'Lưu: VT.' is added when no line starts with 'Lưu'.
 */
export function recipientLines(recipients: string[]): string[] {
  const lines = recipients
    .map((r) =>
      cleanText(r)
        .trim()
        .replace(/^[-–•]\s*/u, '')
        .replace(/[\s.;,:]+$/u, ''),
    )
    .filter((r) => r !== '');
  const kept = lines.filter((r) => !/^Lưu\b/iu.test(r));
  const file = lines.filter((r) => /^Lưu\b/iu.test(r));
  const all = [...kept, ...(file.length ? file : ['Lưu: VT'])];
  return all.map((r, i) => `- ${r}${i === all.length - 1 ? '.' : ';'}`);
}

function footerTable(input: Nd30Input): Table {
  // Everything in the footer is kept together: the row cannot break across pages and its paragraphs
  // keep with the next, so the signer's authority, position and name are on one page.
  const keep = { keepNext: true, keepLines: true };
  const recipients = recipientLines(input.recipients);
  const left: Paragraph[] = [
    new Paragraph({
      spacing: tight,
      ...keep,
      children: runs('Nơi nhận:', { size: SIZE.noiNhanLabel, bold: true, italics: true }),
    }),
    ...recipients.map(
      (line, i) =>
        new Paragraph({
          spacing: tight,
          keepLines: true,
          keepNext: i < recipients.length - 1,
          children: runs(line, { size: SIZE.noiNhan }),
        }),
    ),
  ];
  const right: Paragraph[] = [];
  const authority = input.signer.authority?.trim();
  if (authority) right.push(centred(upper(authority), { size: SIZE.signer, bold: true }, keep));
  right.push(centred(upper(input.signer.position), { size: SIZE.signer, bold: true }, keep));
  // Room for the signature and the seal.
  for (let i = 0; i < 4; i++) right.push(new Paragraph({ spacing: tight, ...keep, children: [] }));
  right.push(
    centred(
      cleanText(input.signer.name).trim(),
      { size: SIZE.signer, bold: true },
      { spacing: { ...tight, before: 240 }, keepLines: true },
    ),
  );
  return layoutTable(FOOTER_COLUMNS, [left, right], { cantSplit: true });
}

/** Page numbers: centred in the top margin, from page 2 on (NĐ 30/2020, Appendix I, item 2.c). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber, font: FONT })],
      }),
    ],
  });
}

/** Renders an administrative document in the NĐ 30/2020 format as a .docx file. */
export async function renderNd30Docx(input: Nd30Input): Promise<Buffer> {
  const title = isCongVan(input.docType)
    ? cleanText(input.subject)
    : `${upper(input.docType)} ${cleanText(input.subject)}`.trim();
  const doc = new Document({
    title,
    subject: cleanText(input.subject),
    creator: cleanText(input.issuer),
    lastModifiedBy: cleanText(input.issuer),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: 'vi-VN' } },
          paragraph: { spacing: tight },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: ND30_PAGE.width,
              height: ND30_PAGE.height,
              orientation: PageOrientation.PORTRAIT,
              code: 9, // A4 paper
            },
            margin: {
              top: ND30_PAGE.marginTop,
              bottom: ND30_PAGE.marginBottom,
              left: ND30_PAGE.marginLeft,
              right: ND30_PAGE.marginRight,
              header: mmToTwips(10),
              footer: mmToTwips(10),
              gutter: 0,
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: [
          headerTable(input),
          ...titleParagraphs(input),
          ...bodyChildren(input.blocks),
          new Paragraph({ spacing: { before: 0, after: 120 }, keepNext: true, children: [] }),
          footerTable(input),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
