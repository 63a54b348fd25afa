/**
 * Vietnamese search keys: the same text whether typed with or without diacritics, in NFC or NFD,
 * upper or lower case. Mirrors `lower(f_unaccent(...))` in Postgres, so a key computed here matches
 * the stored normalised column.
 */

// Lower-case letters that Unicode does not decompose into base letter + mark, mapped like Postgres unaccent.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
};
const SPECIAL_LETTERS_RE = /[đðøłæœß]/g;
const COMBINING_MARKS_RE = /\p{M}+/gu;
const WHITESPACE_RE = /\s+/g;

/** Search key of a text: no diacritics (đ → d), lower case, single spaces, trimmed. */
export function normalizeVi(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS_RE, '')
    .replace(SPECIAL_LETTERS_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize('NFC') // recompose what is not a diacritic (e.g. Hangul syllables)
    .replace(WHITESPACE_RE, ' ')
    .trim();
}

/** The normalised words of a text (empty array for blank text). */
export function wordsVi(text: string): string[] {
  const key = normalizeVi(text);
  return key === '' ? [] : key.split(' ');
}

/** True when every word of the query occurs (as a substring) in the haystack, ignoring diacritics and case. */
export function matchesVi(haystack: string, query: string): boolean {
  const key = normalizeVi(haystack);
  return wordsVi(query).every((word) => key.includes(word));
}
