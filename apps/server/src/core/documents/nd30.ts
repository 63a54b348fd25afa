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
  /** Địa danh, e.g. 'Đồng Nai'. */
  place: string;
  /** ISO date ('2026-03-05' or a timestamp, read in Asia/Ho_Chi_Minh); null leaves day and month blank. */
  date: string | null;
  /** 'KẾ HOẠCH' | 'BÁO CÁO' | 'QUYẾT ĐỊNH' | …; '' or 'CÔNG VĂN' for an official letter (công văn). */
  docType: string;
  /** Trích yếu. For a công văn it is written 'V/v …' under the number. */
  subject: string;
  blocks: Block[];
  /** Nơi nhận lines, e.g. 'Như trên;'. 'Lưu: VT.' is added when no line starts with 'Lưu'. */
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
function rule(width: number, within: number, spaceBefore = 0): Paragraph {
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

/** A rough width, in twips, of a line of text (Times New Roman bold: about 0.52 em per capital, 0.45 em mixed). */
function estimateWidth(text: string, halfPoints: number, caps: boolean): number {
  const longest = Math.max(
    ...cleanText(text)
      .split('\n')
      .map((l) => l.length),
  );
  return Math.round(longest * (halfPoints / 2) * (caps ? 0.52 : 0.45) * 20);
}

const noBorders = TableBorders.NONE;

function layoutTable(columns: readonly number[], cells: Paragraph[][]): Table {
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
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

  const left: Paragraph[] = [];
  if (input.issuerParent?.trim()) {
    left.push(centred(upper(input.issuerParent), { size: SIZE.issuer }));
  }
  left.push(centred(upper(input.issuer), { size: SIZE.issuer, bold: true }));
  const issuerWidth = Math.min(estimateWidth(upper(input.issuer), SIZE.issuer, true), leftInner);
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
    const lineWidth = Math.min(estimateWidth(subject, SIZE.subject, false), TEXT_WIDTH);
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

/** Column widths proportional to their longest content, within sensible bounds. */
function dataColumnWidths(columns: string[], rows: (string | number | null)[][]): number[] {
  const weights = columns.map((header, c) => {
    const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length));
    const longest = Math.max(
      longestWord,
      Math.min(header.length, 12),
      ...rows.map((r) => Math.min(cellText(r[c] ?? null).length, 60)),
    );
    return Math.max(3, Math.min(longest, 40));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
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
      margins: { left: 85, right: 85, top: 40, bottom: 40 },
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
        out.push(bodyParagraph(text, { italics: block.italic }));
        break;
      }
      case 'bullets': {
        block.items.forEach((item, i) => {
          const lastItem = isLast && i === block.items.length - 1;
          const body = cleanText(item)
            .trim()
            .replace(/^[-–•]\s*/u, '');
          out.push(bodyParagraph(`- ${lastItem ? withEndMark(body) : body}`));
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
  if (!endMarkPlaced) out.push(bodyParagraph('./.'));
  return out;
}

function recipientLines(recipients: string[]): string[] {
  const lines = recipients
    .map((r) =>
      cleanText(r)
        .trim()
        .replace(/^[-–•]\s*/u, ''),
    )
    .filter((r) => r !== '');
  if (!lines.some((r) => /^Lưu\b/iu.test(r))) lines.push('Lưu: VT.');
  return lines.map((r) => `- ${r}`);
}

function footerTable(input: Nd30Input): Table {
  const left: Paragraph[] = [
    new Paragraph({
      spacing: tight,
      children: runs('Nơi nhận:', { size: SIZE.noiNhanLabel, bold: true, italics: true }),
    }),
    ...recipientLines(input.recipients).map(
      (line) => new Paragraph({ spacing: tight, children: runs(line, { size: SIZE.noiNhan }) }),
    ),
  ];
  const right: Paragraph[] = [];
  const authority = input.signer.authority?.trim();
  if (authority) right.push(centred(upper(authority), { size: SIZE.signer, bold: true }));
  right.push(centred(upper(input.signer.position), { size: SIZE.signer, bold: true }));
  // Room for the signature and the seal.
  for (let i = 0; i < 4; i++) right.push(new Paragraph({ spacing: tight, children: [] }));
  right.push(
    centred(
      cleanText(input.signer.name).trim(),
      { size: SIZE.signer, bold: true },
      { spacing: { ...tight, before: 240 } },
    ),
  );
  return layoutTable(FOOTER_COLUMNS, [left, right]);
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
          new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
          footerTable(input),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
