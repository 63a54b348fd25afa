/**
 * The labels of the petitions' and the portal's vocabularies in both languages, from where they are
 * defined once (packages/domain). Only these constant tables reach the bundle.
 */
import {
  PETITION_FIELD_LABELS,
  PETITION_KIND_LABELS,
  PETITION_STATUS_LABELS,
  PETITION_STEP_LABELS,
  PUBLICATION_STATE_LABELS,
  RATING_SCORE_LABELS,
  RATING_SUBJECT_LABELS,
} from '@danvan/domain';
import type { Lang } from './i18n.ts';

type Table = Readonly<Record<string, { vi: string; en: string }>>;
const TABLES = {
  kind: PETITION_KIND_LABELS,
  field: PETITION_FIELD_LABELS,
  status: PETITION_STATUS_LABELS,
  step: PETITION_STEP_LABELS,
  state: PUBLICATION_STATE_LABELS,
  score: RATING_SCORE_LABELS as unknown as Table,
  subject: RATING_SUBJECT_LABELS,
} satisfies Record<string, Table>;

/** The label of a code in the language, or `fallback` (the server's own label), or the code. */
export function label(
  table: keyof typeof TABLES,
  code: string | number | null | undefined,
  lang: Lang,
  fallback?: string | null,
): string {
  if (code === null || code === undefined) return fallback ?? '';
  const l = (TABLES[table] as Table)[String(code)];
  return l ? l[lang] : (fallback ?? String(code));
}
