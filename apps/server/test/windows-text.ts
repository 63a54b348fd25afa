/** Test fixtures: text as Excel on a Vietnamese Windows saves it ("CSV", the ANSI code page 1258). */
import iconv from 'iconv-lite';

const CP = 'windows-1258';
const encodable = (s: string) => iconv.decode(iconv.encode(s, CP), CP) === s;

/**
 * `text` in Windows-1258, the way Windows converts Unicode to it: a letter the code page has (â, ê, ô,
 * ơ, ư, ă, đ, à, á…) is one byte; otherwise the letter with its vowel mark is written, followed by the
 * tone as a combining byte (ệ → ê + dot below, ở → ơ + hook above).
 */
export function toWindows1258(text: string): Buffer {
  const out: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    if (encodable(ch)) {
      out.push(iconv.encode(ch, CP));
      continue;
    }
    const [first, ...marks] = [...ch.normalize('NFD')];
    let base = first;
    for (let changed = true; changed;) {
      changed = false;
      for (const m of marks) {
        const c = (base + m).normalize('NFC');
        if ([...c].length === 1 && encodable(c)) {
          base = c;
          marks.splice(marks.indexOf(m), 1);
          changed = true;
          break;
        }
      }
    }
    const seq = base + marks.join('');
    if (!encodable(seq)) throw new Error(`"${ch}" cannot be written in ${CP}`);
    out.push(iconv.encode(seq, CP));
  }
  return Buffer.concat(out);
}
