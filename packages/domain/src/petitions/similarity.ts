/**
 * Duplicate detection on entry: the same person (name and identity number, ignoring diacritics and
 * case) or similar content (trigram similarity as PostgreSQL's pg_trgm computes it over the
 * diacritic-free text, so the server's `similarity(search_key, …)` and this agree).
 */
import { normalizeVi } from '../text/normalize.ts';

/** Content at least this similar (0–1) is a duplicate candidate. */
export const CONTENT_SIMILARITY_MIN = 0.45;

/** The trigrams of a text as pg_trgm makes them: per word of letters and digits, padded '  w '. */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalizeVi(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** pg_trgm's similarity: shared trigrams over all trigrams of both (0 when both are empty). */
export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 && tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared += 1;
  return shared / (ta.size + tb.size - shared);
}

/** Normalised identity number: digits and letters only. */
export function normalizeIdNumber(id: string | null | undefined): string {
  return (id ?? '').replace(/[^0-9a-z]/giu, '').toUpperCase();
}

export interface PersonKey {
  name: string | null;
  idNumber: string | null;
}

/**
 * The same person: the same identity number (when both have one); else the same name, diacritics and
 * case aside (when neither has a number to tell them apart).
 */
export function samePerson(a: PersonKey, b: PersonKey): boolean {
  const ia = normalizeIdNumber(a.idNumber);
  const ib = normalizeIdNumber(b.idNumber);
  if (ia && ib) return ia === ib;
  const na = normalizeVi(a.name ?? '');
  const nb = normalizeVi(b.name ?? '');
  return na.length > 0 && na === nb;
}

export type DuplicateReason = 'person' | 'content';

/** Why an earlier petition is a duplicate candidate of a new one, or null. */
export function duplicateReason(
  entry: PersonKey & { content: string },
  earlier: PersonKey & { content: string },
  min = CONTENT_SIMILARITY_MIN,
): { reason: DuplicateReason; score: number } | null {
  if (samePerson(entry, earlier)) return { reason: 'person', score: 1 };
  const s = similarity(entry.content, earlier.content);
  return s >= min ? { reason: 'content', score: s } : null;
}
