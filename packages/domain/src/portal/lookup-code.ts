/**
 * The citizen's lookup code (mã tra cứu): the only key to a matter sent through the portal.
 *
 * - 26 symbols of Crockford's base32 drawn from random bytes (26 × 5 = 130 bits of randomness, more
 *   than the 128 the portal asks for), plus 2 check symbols, 28 in all, read aloud in 7 groups of 4
 *   ("7K3M-9QXD-…"). Crockford's alphabet has no I, L, O, U: no letter is mistaken for a digit, and
 *   on input I and L are read as 1 and O as 0, lower case as upper case, spaces and dashes ignored.
 * - The check symbols are a weighted sum of the symbols modulo the prime 1021 (weights 1 … 26, all
 *   distinct and non-zero modulo 1021): every single wrong symbol and every swap of two symbols is
 *   caught before the server is asked, so a typo is told apart from a code that does not exist. It
 *   tells nothing about which codes exist: it is computed from the code alone.
 * - The server keeps only a hash of the code (apps/server/src/modules/portal): shown once, never stored.
 */

export const LOOKUP_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random bytes drawn for one code (136 bits; the first 130 are used). */
export const LOOKUP_CODE_RANDOM_BYTES = 17;
/** Random symbols of a code. */
export const LOOKUP_CODE_DATA_LENGTH = 26;
/** Bits of randomness of a code. */
export const LOOKUP_CODE_BITS = LOOKUP_CODE_DATA_LENGTH * 5;
/** Symbols of a code, check symbols included. */
export const LOOKUP_CODE_LENGTH = LOOKUP_CODE_DATA_LENGTH + 2;
/** Symbols per group when shown. */
export const LOOKUP_CODE_GROUP = 4;

const CHECK_MODULUS = 1021;

function checkValue(symbols: number[]): number {
  let sum = 0;
  for (let i = 0; i < symbols.length; i++) sum = (sum + (i + 1) * symbols[i]) % CHECK_MODULUS;
  return sum;
}

function checkSymbols(symbols: number[]): string {
  const v = checkValue(symbols);
  return LOOKUP_CODE_ALPHABET[v >> 5] + LOOKUP_CODE_ALPHABET[v & 31];
}

/** The code (canonical: 28 symbols, no separators) made from `LOOKUP_CODE_RANDOM_BYTES` random bytes. */
export function lookupCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < LOOKUP_CODE_RANDOM_BYTES)
    throw new RangeError(`a lookup code needs ${LOOKUP_CODE_RANDOM_BYTES} random bytes`);
  const symbols: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5 && symbols.length < LOOKUP_CODE_DATA_LENGTH) {
      symbols.push((acc >> (bits - 5)) & 31);
      bits -= 5;
    }
    if (symbols.length === LOOKUP_CODE_DATA_LENGTH) break;
  }
  return symbols.map((s) => LOOKUP_CODE_ALPHABET[s]).join('') + checkSymbols(symbols);
}

/** The canonical code in groups of four joined by dashes, as shown and read aloud. */
export function formatLookupCode(canonical: string): string {
  const groups: string[] = [];
  for (let i = 0; i < canonical.length; i += LOOKUP_CODE_GROUP)
    groups.push(canonical.slice(i, i + LOOKUP_CODE_GROUP));
  return groups.join('-');
}

export type LookupCodeParse =
  { ok: true; code: string } | { ok: false; reason: 'length' | 'character' | 'checksum' };

const READ_AS: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

/**
 * Reads what a citizen typed: upper case, Crockford's look-alikes (I, L → 1; O → 0), spaces, dashes
 * and dots dropped. The canonical code, or why it cannot be one (wrong length, a symbol outside the
 * alphabet, the check symbols do not match).
 */
export function parseLookupCode(input: string): LookupCodeParse {
  const raw = input
    .toUpperCase()
    .replace(/[\s\-.·_]/g, '')
    .replace(/[ILO]/g, (c) => READ_AS[c]);
  if (raw.length !== LOOKUP_CODE_LENGTH) return { ok: false, reason: 'length' };
  const symbols: number[] = [];
  for (const ch of raw) {
    const v = LOOKUP_CODE_ALPHABET.indexOf(ch);
    if (v < 0) return { ok: false, reason: 'character' };
    symbols.push(v);
  }
  const data = symbols.slice(0, LOOKUP_CODE_DATA_LENGTH);
  if (checkSymbols(data) !== raw.slice(LOOKUP_CODE_DATA_LENGTH)) return { ok: false, reason: 'checksum' };
  return { ok: true, code: raw };
}

/** Why a typed code is refused, for the citizen (the code is never echoed back). */
export const LOOKUP_CODE_PROBLEM_VI: Readonly<Record<'length' | 'character' | 'checksum', string>> =
  Object.freeze({
    length: `Mã tra cứu gồm ${LOOKUP_CODE_LENGTH} ký tự (chữ và số, chia thành ${LOOKUP_CODE_LENGTH / LOOKUP_CODE_GROUP} nhóm 4 ký tự). Vui lòng kiểm tra lại.`,
    character: 'Mã tra cứu chỉ gồm chữ số và chữ cái in (không có chữ U). Vui lòng kiểm tra lại.',
    checksum: 'Mã tra cứu có ký tự bị nhập sai hoặc đổi chỗ. Vui lòng kiểm tra lại từng nhóm ký tự.',
  });
