/** NĐ 30/2020 page, sizes and fixed texts, and the document's input (see nd30.ts). */
import { LineRuleType } from 'docx';

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

export const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

export const ND30_PAGE = {
  width: 11906, // A4: 210 mm
  height: 16838, // A4: 297 mm
  marginTop: mmToTwips(20), // 1134
  marginBottom: mmToTwips(20), // 1134
  marginLeft: mmToTwips(30), // 1701
  marginRight: mmToTwips(15), // 850
} as const;

export const TEXT_WIDTH = ND30_PAGE.width - ND30_PAGE.marginLeft - ND30_PAGE.marginRight; // 9355 ≈ 165 mm
export const FONT = 'Times New Roman';
export const pt = (points: number) => points * 2; // half-points

export const SIZE = {
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
export const HEADER_COLUMNS = [TEXT_WIDTH - mmToTwips(95), mmToTwips(95)] as const;
export const FOOTER_COLUMNS = [Math.floor(TEXT_WIDTH / 2), TEXT_WIDTH - Math.floor(TEXT_WIDTH / 2)] as const;
export const CELL_MARGIN = 57; // 1 mm

/** Width of 'Độc lập - Tự do - Hạnh phúc' in Times New Roman bold 13 pt (metrics of Liberation Serif). */
export const TIEU_NGU_WIDTH = 3016;

export const BODY_FIRST_LINE_INDENT = 567; // 1 cm
export const BODY_SPACING = { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO }; // 6 pt after, 1.15 lines

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

// ---------------------------------------------------------------------------------------------
// Text helpers (pure, exported for tests).
