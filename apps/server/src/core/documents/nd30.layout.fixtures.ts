/**
 * What the NĐ 30 layout test (nd30.layout.test.ts) renders and how it reads the result: the
 * documents of every kind the platform generates, and the PDF text (pdftotext -layout) as pages of
 * lines with the helpers that find the signer, the recipients and the headers in them.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import type { Block, Nd30Input } from './nd30.ts';
import { placeNameOf } from './place.ts';

const run = promisify(execFile);

// ---------------------------------------------------------------------------------------------
// The documents.

export const filler = (n: number): Block[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'paragraph' as const,
    text: `${i + 1}. Nâng cao chất lượng công tác dân vận của các cơ quan nhà nước, chính quyền các cấp; tăng cường đối thoại với Nhân dân, giải quyết kịp thời kiến nghị chính đáng của người dân và doanh nghiệp.`,
  }));

export interface Case {
  name: string;
  docx: Buffer;
  /** Lines that must each stand whole on a line of the header's left column. */
  nameLines: string[];
  place: string;
  authority: string;
  signer: string;
  /** Table headers that must stand on one line, e.g. 'STT'. */
  headers: string[];
  /** Cell texts that must not break, e.g. a date. */
  unbroken?: string[];
}

export const provincePlan = (paragraphs: number): Nd30Input => ({
  issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
  numberSymbol: '12/KH-UBND',
  place: placeNameOf([{ name: 'Ủy ban nhân dân tỉnh Đồng Nai', kind: 'province' }]),
  date: '2026-03-05',
  docType: 'KẾ HOẠCH',
  subject: 'Triển khai công tác dân vận chính quyền năm 2026',
  blocks: [
    { kind: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    ...filler(paragraphs),
    {
      kind: 'table',
      columns: ['TT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời hạn', 'Sản phẩm'],
      rows: [
        [
          1,
          'Quán triệt chủ trương của Đảng về công tác dân vận chính quyền',
          'Khối xã, phường',
          '30/06/2026',
          'Văn bản quán triệt',
        ],
      ],
    },
    ...filler(3),
  ],
  recipients: ['Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh', 'Các sở, ban, ngành', 'Lưu: VT'],
  signer: { authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' },
});

export const wardReport: Nd30Input = {
  issuer: 'Ủy ban nhân dân phường Biên Hòa',
  numberSymbol: '/BC-UBND',
  place: placeNameOf([
    { name: 'Ủy ban nhân dân phường Biên Hòa', kind: 'commune' },
    { name: 'Ủy ban nhân dân tỉnh Đồng Nai', kind: 'province' },
  ]),
  date: '2026-06-20',
  docType: 'BÁO CÁO',
  subject: 'Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2026',
  blocks: [
    { kind: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN' },
    ...filler(2),
    {
      kind: 'table',
      columns: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
      rows: [
        [1, 'Số lượt công dân được tiếp', 'lượt', 1250, ''],
        [2, 'Số đơn thư đã giải quyết', 'đơn', 37, 'Đã điều chỉnh: số liệu cập nhật'],
      ],
    },
  ],
  recipients: ['Ủy ban nhân dân tỉnh Đồng Nai (qua Sở Nội vụ);', 'Lưu: VT.'],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Trần Thị Bình' },
};

export const departmentReport: Nd30Input = {
  issuerParent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
  issuer: 'SỞ NỘI VỤ',
  numberSymbol: '/BC-SNV',
  place: placeNameOf([
    { name: 'Sở Nội vụ', kind: 'department' },
    { name: 'Ủy ban nhân dân tỉnh Đồng Nai', kind: 'province' },
  ]),
  date: '2026-06-25',
  docType: 'BÁO CÁO',
  subject: 'Tổng hợp kết quả công tác dân vận chính quyền',
  blocks: filler(4),
  recipients: ['Bộ Nội vụ (để tổng hợp)', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Lưu: VT, SNV'],
  signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Lê Văn Cường' },
};

export const congVan: Nd30Input = {
  issuer: 'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI',
  numberSymbol: '/UBND-KGVX',
  place: 'Đồng Nai',
  date: null,
  docType: '',
  subject: 'triển khai thực hiện Chỉ thị số 33/CT-TTg',
  blocks: filler(2),
  recipients: ['Như trên', 'Lưu: VT, KGVX'],
  signer: {
    authority: 'TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG',
    position: 'PHÓ CHÁNH VĂN PHÒNG',
    name: 'Trần Thị Bình',
  },
};

// ---------------------------------------------------------------------------------------------
// Reading the PDFs.

/** A line of a PDF page: its indentation and the pieces its columns leave. */
export type Line = { indent: number; parts: string[] };

/** The PDF's text (pdftotext -layout) as pages of lines. */
export async function pdfPages(file: string): Promise<Line[][]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  return stdout
    .split('\f')
    .filter((page) => page.trim())
    .map((page) =>
      page
        .split('\n')
        .map((l) => ({
          indent: l.length - l.trimStart().length,
          parts: l
            .trim()
            .split(/\s{3,}/u)
            .filter(Boolean),
        }))
        .filter((l) => l.parts.length),
    );
}

export function pageOf(pages: Line[][], text: string): number {
  let found = -1;
  pages.forEach((page, i) => {
    if (page.some((line) => line.parts.some((f) => f.includes(text)))) found = i;
  });
  return found;
}

/** The 'Nơi nhận' items as laid out: '- …' lines, with their wrapped continuations joined. */
export function recipientItems(pages: Line[][]): string[] {
  const lines = pages.flat();
  const start = lines.findIndex((l) => l.parts[0] === 'Nơi nhận:');
  expect(start, 'Nơi nhận').toBeGreaterThanOrEqual(0);
  const margin = lines[start].indent;
  const items: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l.indent > margin + 4) continue; // the signer's column only
    const left = l.parts[0];
    if (left.startsWith('- ')) items.push(left);
    else if (items.length) items[items.length - 1] += ` ${left}`;
  }
  return items;
}
