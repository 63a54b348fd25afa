/** NĐ 30/2020 text rules: clean text, the number line, place and date, the end mark, 'Nơi nhận' lines. */

/** NFC, without characters XML 1.0 forbids (they would make the file unreadable). */
export function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export const upper = (s: string) => cleanText(s).toLocaleUpperCase('vi-VN');

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

export const isCongVan = (docType: string) => {
  const t = upper(docType).trim();
  return t === '' || t === 'CÔNG VĂN';
};

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
