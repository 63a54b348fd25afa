/**
 * The synthesis the compilation writes into the province's report: per section of the template the
 * rolled-up figures by unit group and the units that stand out, and an overview of how the units
 * reported (counts and shares by group, late and missing units). Text in Vietnamese, numbers in the
 * Vietnamese format; tables render in the editor and in the .docx alike.
 */

/** A table: numbers are shown in the reader's format, text as it is. */
export interface SynthesisTable {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export interface SectionSynthesis {
  code: string;
  /** The generated text of the section (put into the section's narrative when it is empty). */
  paragraphs: string[];
  tables: SynthesisTable[];
}

export interface ReportSynthesis {
  compiledAt: string;
  includeSubmitted: boolean;
  /** How the units reported: the opening of the province's report. */
  overview: { paragraphs: string[]; tables: SynthesisTable[] };
  sections: SectionSynthesis[];
}
