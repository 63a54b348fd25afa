/** The paragraphs every part of an NĐ 30 document is made of: runs, centred lines, horizontal rules. */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { cleanText } from './nd30.text.ts';

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for text, one line per '\n'. */
export function runs(text: string, style: RunStyle): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }));
}

export const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };

export function centred(text: string, style: RunStyle, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: tight,
    ...extra,
    children: runs(text, style),
  });
}

/** A centred horizontal rule of the given width inside a space of the given width. */
export function rule(width: number, within: number, spaceBefore = 40): Paragraph {
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
