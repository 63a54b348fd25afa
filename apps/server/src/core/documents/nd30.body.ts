/** The body of an NĐ 30 document: headings, paragraphs, bullets and data tables, with the end mark. */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { BODY_FIRST_LINE_INDENT, BODY_SPACING, SIZE, TEXT_WIDTH, type Block } from './nd30.page.ts';
import { runs, tight, type RunStyle } from './nd30.paragraphs.ts';
import { textWidth } from './nd30.metrics.ts';
import { cleanText, withEndMark } from './nd30.text.ts';

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

/** The paragraph style of a data table's cells: table size, no spacing (declared in nd30.ts). */
export const CELL_STYLE = 'Nd30Cell';
export const cellStyle = {
  id: CELL_STYLE,
  name: 'Nd30 Table Cell',
  basedOn: 'Normal',
  quickFormat: false,
  run: { size: SIZE.table },
  paragraph: { spacing: tight },
};

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
  const widths = dataColumnWidths(columns, rows);
  // A cell carries only what differs from the table: its width, its vertical alignment and, in the
  // header row, the shading. The borders (insideH/insideV), the margins (tblCellMar) and the cell
  // paragraphs' size and spacing (the Nd30Cell style) are stated once: a 48-row table has ~200 cells,
  // and building each one's own copy of them was most of a report's rendering time.
  const cell = (
    text: string,
    i: number,
    opts: { bold?: boolean; align: 'left' | 'center' | 'right'; head?: boolean },
  ) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      shading: opts.head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
      children: [
        new Paragraph({
          style: CELL_STYLE,
          alignment:
            opts.align === 'center'
              ? AlignmentType.CENTER
              : opts.align === 'right'
                ? AlignmentType.RIGHT
                : undefined,
          children: runs(text, opts.bold ? { bold: true } : {}),
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: DATA_CELL_MARGIN, right: DATA_CELL_MARGIN, top: 40, bottom: 40 },
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

export function bodyChildren(blocks: Block[]): (Paragraph | Table)[] {
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
