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
 *
 * The parts: nd30.page.ts (page, sizes, input), nd30.text.ts (text rules), nd30.metrics.ts (widths,
 * name breaking), nd30.paragraphs.ts (runs, centred lines, rules), nd30.body.ts (body and tables).
 */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  CELL_MARGIN,
  FONT,
  FOOTER_COLUMNS,
  HEADER_COLUMNS,
  ND30_PAGE,
  QUOC_HIEU,
  SIZE,
  TEXT_WIDTH,
  TIEU_NGU,
  TIEU_NGU_WIDTH,
  mmToTwips,
  type Nd30Input,
} from './nd30.page.ts';
import { bodyChildren, cellStyle } from './nd30.body.ts';
import { breakName, linesWidth, textWidth } from './nd30.metrics.ts';
import { centred, rule, runs, tight } from './nd30.paragraphs.ts';
import { renderInPool } from './pool.ts';
import {
  cleanText,
  formatNumberLine,
  formatPlaceAndDate,
  isCongVan,
  recipientLines,
  upper,
} from './nd30.text.ts';

export { ND30_PAGE, type Block, type Nd30Input } from './nd30.page.ts';
export { dataColumnWidths } from './nd30.body.ts';
export { breakName, textWidth } from './nd30.metrics.ts';
export { cleanText, formatNumberLine, formatPlaceAndDate, recipientLines, withEndMark } from './nd30.text.ts';

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

/**
 * Renders an administrative document in the NĐ 30/2020 format as a .docx file, in the document worker
 * pool (pool.ts): building and zipping a long report costs tens of milliseconds of CPU that must not
 * stall the other requests.
 */
export async function renderNd30Docx(input: Nd30Input): Promise<Buffer> {
  return renderInPool(input);
}

/** The same document, built on the calling thread: what the pool's workers run (nd30.worker.ts). */
export async function buildNd30Docx(input: Nd30Input): Promise<Buffer> {
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
      paragraphStyles: [cellStyle],
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
