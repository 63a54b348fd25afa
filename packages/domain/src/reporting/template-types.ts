import type { FigureKey } from './figure-keys.ts';

/**
 * Report templates (đề cương báo cáo): an outline of numbered sections carrying narrative text,
 * plus numeric indicators attached to sections, plus validation rules over the indicators.
 */

/** How an indicator's values are combined across units (upward aggregation) and periods. */
export type AggregationRule = 'sum' | 'avg' | 'min' | 'max' | 'last' | 'ratio';

export type IndicatorType = 'integer' | 'decimal' | 'percent';

export interface SectionDef {
  /** Stable code, e.g. 'I', 'II.1', 'III.7'. */
  code: string;
  /** Number as printed in the document, e.g. 'III', '7'. */
  number: string;
  /** Title, verbatim from the source outline. */
  title: string;
  /** What the reporting unit is expected to write in this section. */
  guidance: string;
  /** Whether the unit writes narrative text in this section (false for pure headings). */
  hasNarrative: boolean;
  children: SectionDef[];
}

export interface IndicatorDef {
  /** Matches /^[A-Za-z_][A-Za-z0-9_.]*$/, e.g. 'petitions_received'. */
  code: string;
  /** Code of the section the indicator belongs to. */
  sectionCode: string;
  name: string;
  /** Unit of measure in Vietnamese: 'văn bản', 'lớp', 'lượt người', '%'… */
  unit: string;
  type: IndicatorType;
  aggregation: AggregationRule;
  /** For aggregation 'ratio': indicator code of the numerator. */
  numerator?: string;
  /** For aggregation 'ratio': indicator code of the denominator. */
  denominator?: string;
  /** Key of the system computation that pre-fills the figure from live data, e.g. 'petitions.received'. */
  providerKey?: FigureKey;
  definition?: string;
  min?: number;
  max?: number;
}

export interface ValidationRuleDef {
  code: string;
  /**
   * Boolean expression over indicator codes: identifiers, numbers, + - * /, parentheses,
   * < <= > >= == !=, &&, ||, !. E.g. 'petitions_resolved <= petitions_received'.
   */
  expression: string;
  /** Message shown (in Vietnamese) when the expression evaluates to false. */
  message: string;
  severity: 'error' | 'warning';
}

export interface TemplateDef {
  code: string;
  name: string;
  legalBasis: string;
  description: string;
  sections: SectionDef[];
  indicators: IndicatorDef[];
  rules: ValidationRuleDef[];
}

/** A section in document order, with its nesting depth (0 for top-level sections). */
export interface FlatSection extends SectionDef {
  depth: number;
  /** Code of the enclosing section, or null for a top-level section. */
  parentCode: string | null;
}
