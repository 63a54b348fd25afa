import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  breakName,
  dataColumnWidths,
  formatNumberLine,
  formatPlaceAndDate,
  ND30_PAGE,
  recipientLines,
  renderNd30Docx,
  textWidth,
  withEndMark,
  type Nd30Input,
} from './nd30.ts';
import { renderXlsx, sanitizeSheetName } from './xlsx.ts';

const plan: Nd30Input = {
  issuerParent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
  issuer: 'SỞ NỘI VỤ',
  numberSymbol: '12/KH-SNV',
  place: 'Đồng Nai',
  date: '2026-03-05',
  docType: 'KẾ HOẠCH',
  subject: 'Triển khai công tác dân vận chính quyền năm 2026',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Thực hiện Kế hoạch số 27-KH/BDVTU-BCSD ngày 12/01/2026 của Ban Cán sự đảng Ủy ban nhân dân tỉnh;',
    },
    { kind: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    {
      kind: 'paragraph',
      text: 'Nâng cao chất lượng công tác dân vận của các cơ quan nhà nước, chính quyền các cấp trên địa bàn tỉnh.',
    },
    { kind: 'heading', level: 2, text: '1. Tiếp công dân, giải quyết khiếu nại, tố cáo' },
    { kind: 'bullets', items: ['Tổ chức tiếp công dân định kỳ;', '- Đối thoại trực tiếp với Nhân dân;'] },
    { kind: 'heading', level: 3, text: 'a) Chỉ tiêu' },
    {
      kind: 'table',
      columns: ['STT', 'Đơn vị', 'Số đơn tiếp nhận', 'Đã giải quyết'],
      rows: [
        [1, 'Phường Biên Hòa', 1250, 1200],
        [2, 'Xã Bù Đăng', 37, null],
      ],
    },
    { kind: 'heading', level: 1, text: 'II. TỔ CHỨC THỰC HIỆN' },
    {
      kind: 'paragraph',
      text: 'Giao Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.',
    },
  ],
  recipients: ['Như trên;', 'UBND tỉnh (b/c);', 'Ban Tuyên giáo và Dân vận Tỉnh ủy;'],
  signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' },
};

async function documentXml(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file('word/document.xml');
  expect(file).not.toBeNull();
  return file!.async('string');
}

/** The text of the document, runs joined per paragraph, paragraphs by newlines. */
function plainText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    )
    .filter((t) => t !== '')
    .join('\n');
}

describe('NĐ 30/2020 text rules', () => {
  it('pads days below 10 and the months 1 and 2 only', () => {
    expect(formatPlaceAndDate('Đồng Nai', '2026-03-05')).toBe('Đồng Nai, ngày 05 tháng 3 năm 2026');
    expect(formatPlaceAndDate('Đồng Nai', '2026-01-15')).toBe('Đồng Nai, ngày 15 tháng 01 năm 2026');
    expect(formatPlaceAndDate('Đồng Nai', '2026-02-09')).toBe('Đồng Nai, ngày 09 tháng 02 năm 2026');
    expect(formatPlaceAndDate('Hà Nội', '2025-12-31')).toBe('Hà Nội, ngày 31 tháng 12 năm 2025');
    expect(formatPlaceAndDate('Hà Nội', '2025-10-10')).toBe('Hà Nội, ngày 10 tháng 10 năm 2025');
  });

  it('reads timestamps in Vietnam time and leaves blanks for an undated draft', () => {
    // 18:30 UTC on 31 Dec is already 1 January in Hanoi.
    expect(formatPlaceAndDate('Đồng Nai', '2025-12-31T18:30:00Z')).toBe(
      'Đồng Nai, ngày 01 tháng 01 năm 2026',
    );
    expect(formatPlaceAndDate('Đồng Nai', null)).toMatch(/^Đồng Nai, ngày\s+tháng\s+năm 20\.\.\.?$/);
    expect(() => formatPlaceAndDate('Đồng Nai', 'not a date')).toThrow(RangeError);
  });

  it('writes the number line with or without a number', () => {
    expect(formatNumberLine('12/KH-SNV')).toBe('Số: 12/KH-SNV');
    expect(formatNumberLine('Số: 12/KH-SNV')).toBe('Số: 12/KH-SNV');
    expect(formatNumberLine('/KH-SNV')).toBe('Số:      /KH-SNV');
  });

  it('ends the body with ./.', () => {
    expect(withEndMark('… Văn bản nêu trên')).toBe('… Văn bản nêu trên./.');
    expect(withEndMark('… Văn bản nêu trên.')).toBe('… Văn bản nêu trên./.');
    expect(withEndMark('… thực hiện;')).toBe('… thực hiện./.');
    expect(withEndMark('… xong./.')).toBe('… xong./.');
  });
});

describe('NĐ 30/2020 layout rules', () => {
  it('ends the Nơi nhận lines with ";" and the last (the file copy) with "."', () => {
    expect(recipientLines(['Như trên', '- UBND tỉnh (b/c);', 'Lưu: VT, SNV', 'Các sở, ban, ngành.'])).toEqual(
      ['- Như trên;', '- UBND tỉnh (b/c);', '- Các sở, ban, ngành;', '- Lưu: VT, SNV.'],
    );
    expect(recipientLines(['Bộ Nội vụ (để tổng hợp)'])).toEqual(['- Bộ Nội vụ (để tổng hợp);', '- Lưu: VT.']);
  });

  it('breaks a body’s name between words, before the administrative level, within the column', () => {
    const column = 3855; // the header's left column, inside its margins
    expect(breakName('ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', column, 24, true)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐỒNG NAI',
    ]);
    expect(breakName('ỦY BAN NHÂN DÂN PHƯỜNG BIÊN HÒA', column, 24, true)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG BIÊN HÒA',
    ]);
    // a level line too wide for the column takes a third line rather than losing the level break
    const ward = breakName('ỦY BAN NHÂN DÂN PHƯỜNG LONG BÌNH TÂN 986D747A', column, 24, true);
    expect(ward[0]).toBe('ỦY BAN NHÂN DÂN');
    expect(ward[1].startsWith('PHƯỜNG')).toBe(true);
    for (const l of ward) expect(textWidth(l, 24, true)).toBeLessThanOrEqual(column);
    expect(breakName('SỞ NỘI VỤ', column, 24, true)).toEqual(['SỞ NỘI VỤ']);
    expect(breakName('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI', column, 24, true)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐỒNG NAI',
    ]);
    const long = breakName(
      'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ KHU KINH TẾ CỬA KHẨU QUỐC TẾ',
      column,
      24,
      true,
    );
    expect(long.length).toBeGreaterThan(1);
    for (const l of long) expect(textWidth(l, 24, true)).toBeLessThanOrEqual(column);
  });

  it('gives a table column at least the width of its longest word, so STT and dates never break', () => {
    const columns = ['STT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời hạn', 'Sản phẩm'];
    const long = 'Quán triệt chủ trương của Đảng về công tác dân vận chính quyền trên địa bàn';
    const widths = dataColumnWidths(columns, [[1, long, 'Khối xã, phường', '30/06/2026', 'Văn bản']]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(
      ND30_PAGE.width - ND30_PAGE.marginLeft - ND30_PAGE.marginRight,
    );
    expect(widths[0] - 170).toBeGreaterThanOrEqual(textWidth('STT', 26, true));
    expect(widths[3] - 170).toBeGreaterThanOrEqual(textWidth('30/06/2026', 26));
    expect(widths[1]).toBeGreaterThan(widths[0] * 3);
  });
});

describe('renderNd30Docx', () => {
  it('renders a plan with the parts NĐ 30/2020 requires', async () => {
    const buf = await renderNd30Docx(plan);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const xml = await documentXml(buf);
    const text = plainText(xml);

    // the body above the issuer, broken before its administrative level (a line break in one paragraph)
    expect(text).toContain('ỦY BAN NHÂN DÂNTỈNH ĐỒNG NAI');
    expect(xml).toMatch(
      /ỦY BAN NHÂN DÂN<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>TỈNH ĐỒNG NAI/,
    );
    expect(text).toContain('SỞ NỘI VỤ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 12/KH-SNV');
    expect(text).toContain('Đồng Nai, ngày 05 tháng 3 năm 2026');
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('Triển khai công tác dân vận chính quyền năm 2026');
    expect(text).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(text).toContain('1. Tiếp công dân, giải quyết khiếu nại, tố cáo');
    expect(text).toContain('II. TỔ CHỨC THỰC HIỆN');
    expect(text).toContain('- Tổ chức tiếp công dân định kỳ;');
    expect(text).toContain('- Đối thoại trực tiếp với Nhân dân;');
    expect(text).not.toContain('- - Đối thoại');
    expect(text).toContain('Phường Biên Hòa');
    expect(text).toContain('1.250');
    expect(text).toContain('báo cáo Ủy ban nhân dân tỉnh./.');
    expect(text.match(/\.\/\./g)).toHaveLength(1);
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Như trên;');
    expect(text).toContain('- Lưu: VT.');
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('PHÓ GIÁM ĐỐC');
    expect(text).toContain('Nguyễn Văn An');

    // Order of the parts.
    const order = [
      'SỞ NỘI VỤ',
      'Số: 12/KH-SNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Đồng Nai, ngày',
      'KẾ HOẠCH',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. TỔ CHỨC THỰC HIỆN',
      './.',
      'Nơi nhận:',
      'KT. GIÁM ĐỐC',
      'Nguyễn Văn An',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // A4 portrait, margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm, in twips.
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    const pgMar = /<w:pgMar([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(pgMar).toContain('w:top="1134"');
    expect(pgMar).toContain('w:bottom="1134"');
    expect(pgMar).toContain('w:left="1701"');
    expect(pgMar).toContain('w:right="850"');
    expect(ND30_PAGE).toMatchObject({
      marginTop: 1134,
      marginBottom: 1134,
      marginLeft: 1701,
      marginRight: 850,
    });

    // Times New Roman by default; formatting of the key parts.
    const zip = await JSZip.loadAsync(buf);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:rFonts[^>]*w:ascii="Times New Roman"/);
    const runOf = (s: string) => {
      const i = xml.indexOf(`>${s}</w:t>`);
      expect(i, s).toBeGreaterThan(0);
      return xml.slice(xml.lastIndexOf('<w:r>', i), i);
    };
    expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    expect(runOf('Độc lập - Tự do - Hạnh phúc')).toContain('<w:b/>');
    expect(runOf('Đồng Nai, ngày 05 tháng 3 năm 2026')).toContain('<w:i/>');
    expect(runOf('KẾ HOẠCH')).toMatch(/<w:sz w:val="28"\/>/);
    expect(runOf('Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>/);
    expect(runOf('- Như trên;')).toMatch(/<w:sz w:val="22"\/>/);
    expect(runOf('Nguyễn Văn An')).toContain('<w:b/>');
    // Body paragraphs justified with a first-line indent.
    expect(xml).toMatch(/<w:jc w:val="both"\/>/);
    expect(xml).toMatch(/<w:ind w:firstLine="567"\/>/);
    // Header and footer tables without borders; the data table with them.
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(3);
    expect(xml).toMatch(/<w:insideH w:val="single"/);
    expect(xml).toMatch(/<w:top w:val="none"/);
  });

  it('handles a công văn, an unnumbered undated draft, and a body that ends with a table', async () => {
    const buf = await renderNd30Docx({
      issuer: 'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI',
      numberSymbol: '/UBND-KGVX',
      place: 'Đồng Nai',
      date: null,
      docType: '',
      subject: 'triển khai thực hiện Chỉ thị số 33/CT-TTg',
      blocks: [{ kind: 'table', columns: ['Nội dung', 'Số liệu'], rows: [['Tiếp công dân', 3]] }],
      recipients: ['- Như trên;', '- Lưu: VT, KGVX.'],
      signer: {
        authority: 'TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG',
        position: 'Phó Chánh Văn phòng',
        name: 'Trần Thị Bình',
      },
    });
    const text = plainText(await documentXml(buf));
    expect(text).toContain('Số:      /UBND-KGVX');
    expect(text).toContain('V/v triển khai thực hiện Chỉ thị số 33/CT-TTg');
    expect(text).toMatch(/Đồng Nai, ngày\s+tháng\s+năm 20/);
    expect(text).not.toContain('CÔNG VĂN');
    expect(text).toContain('./.');
    expect(text).toContain('- Lưu: VT, KGVX.');
    expect(text).not.toContain('Lưu: VT.');
    expect(text).toContain('TL. CHỦ TỊCH');
    expect(text).toContain('KT. CHÁNH VĂN PHÒNG');
    expect(text).toContain('PHÓ CHÁNH VĂN PHÒNG');
  });

  it('normalises to NFC and drops characters XML forbids', async () => {
    const nfd = 'Kế hoạch'.normalize('NFD');
    const buf = await renderNd30Docx({ ...plan, subject: `${nfd}\u0007 thử`, blocks: [] });
    const xml = await documentXml(buf);
    expect(xml).toContain('Kế hoạch thử');
    expect(xml).not.toContain('\u0007');
    expect(plainText(xml)).toContain('./.');
  });
});

/** Reads a workbook back. ExcelJS types its input as an ArrayBuffer, but takes a Node Buffer at run time. */
async function readXlsx(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('renderXlsx', () => {
  it('writes a titled sheet that reads back with its headers, values and Vietnamese text', async () => {
    const buf = await renderXlsx([
      {
        name: 'Kết quả: 6 tháng/2026 [tổng hợp] của các xã, phường',
        title: 'TỔNG HỢP KẾT QUẢ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN 6 THÁNG ĐẦU NĂM 2026',
        columns: [
          { header: 'STT', key: 'stt', width: 6 },
          { header: 'Đơn vị', key: 'unit' },
          { header: 'Số đơn tiếp nhận', key: 'received', numFmt: '#,##0' },
          { header: 'Tỷ lệ giải quyết', key: 'rate', numFmt: '0.0%' },
          { header: 'Ngày báo cáo', key: 'date' },
        ],
        rows: [
          {
            stt: 1,
            unit: 'Phường Biên Hòa',
            received: 1250,
            rate: 0.96,
            date: new Date(Date.UTC(2026, 4, 10)),
          },
          { stt: 2, unit: 'Xã Đắk Nhau', received: 37, rate: null, date: null },
          { stt: 3, unit: '=HYPERLINK("http://x")', received: 0, rate: 1, date: null },
        ],
      },
      {
        name: 'Kết quả: 6 tháng/2026 [tổng hợp] của các xã, phường',
        columns: [{ header: 'A', key: 'a' }],
        rows: [],
      },
    ]);

    const wb = await readXlsx(buf);
    expect(wb.worksheets).toHaveLength(2);
    const [ws, second] = wb.worksheets;
    expect(ws.name.length).toBeLessThanOrEqual(31);
    expect(ws.name).not.toMatch(/[[\]:*?/\\]/);
    expect(ws.name.startsWith('Kết quả')).toBe(true);
    expect(second.name).not.toBe(ws.name);
    expect(second.name.length).toBeLessThanOrEqual(31);

    // Title row merged over the columns, bold.
    expect(ws.getCell('A1').value).toBe('TỔNG HỢP KẾT QUẢ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN 6 THÁNG ĐẦU NĂM 2026');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('E1').isMerged).toBe(true);

    // Header row: bold, filled, bordered, frozen, filtered.
    expect(ws.getRow(2).values).toEqual([
      undefined,
      'STT',
      'Đơn vị',
      'Số đơn tiếp nhận',
      'Tỷ lệ giải quyết',
      'Ngày báo cáo',
    ]);
    const h = ws.getCell('B2');
    expect(h.font?.bold).toBe(true);
    expect(h.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(h.border?.bottom?.style).toBe('thin');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBeDefined();

    // Values.
    expect(ws.getCell('B3').value).toBe('Phường Biên Hòa');
    expect(ws.getCell('C3').value).toBe(1250);
    expect(ws.getCell('C3').numFmt).toBe('#,##0');
    expect(ws.getCell('D3').value).toBe(0.96);
    expect(ws.getCell('D3').numFmt).toBe('0.0%');
    expect(ws.getCell('E3').value).toEqual(new Date(Date.UTC(2026, 4, 10)));
    expect(ws.getCell('E3').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('B4').value).toBe('Xã Đắk Nhau');
    expect(ws.getCell('D4').value).toBeNull();
    // A string that looks like a formula stays text.
    expect(ws.getCell('B5').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('B5').formula).toBeUndefined();
    expect(ws.getColumn(1).width).toBe(6);
  });

  it('puts the header in row 1 without a title', async () => {
    const buf = await renderXlsx([
      { name: 'Đơn thư', columns: [{ header: 'Mã', key: 'code' }], rows: [{ code: 'ĐT-01' }] },
    ]);
    const wb = await readXlsx(buf);
    const ws = wb.getWorksheet('Đơn thư')!;
    expect(ws.getCell('A1').value).toBe('Mã');
    expect(ws.getCell('A2').value).toBe('ĐT-01');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('sanitises sheet names', () => {
    const taken = new Set<string>();
    expect(sanitizeSheetName('a/b\\c?d*e:f[g]h', taken)).toBe('a b c d e f g h');
    expect(sanitizeSheetName("'Báo cáo'", taken)).toBe('Báo cáo');
    expect(sanitizeSheetName('báo cáo', taken)).toBe('báo cáo (2)');
    expect(sanitizeSheetName('', taken, 2)).toBe('Sheet3');
    const long = sanitizeSheetName('Tổng hợp kết quả công tác dân vận chính quyền năm 2026', taken);
    expect(Array.from(long).length).toBeLessThanOrEqual(31);
    expect(long.startsWith('Tổng hợp kết quả công tác')).toBe(true);
  });

  it('refuses an empty workbook', async () => {
    await expect(renderXlsx([])).rejects.toThrow(RangeError);
  });
});
