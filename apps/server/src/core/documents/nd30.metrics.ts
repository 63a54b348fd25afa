/** Text widths in Times New Roman and the breaking of a body's name into header lines. */
import { cleanText } from './nd30.text.ts';

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
export function linesWidth(lines: string[], halfPoints: number, bold: boolean): number {
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
