/**
 * Lookup codes on the server: drawn from node:crypto's randomBytes (130 bits used, domain
 * lookup-code.ts), kept only as a SHA-256 hash.
 *
 * Why a plain SHA-256 and not a password hash (scrypt, argon2): a password is chosen by a person and
 * can be guessed from a dictionary, so its hash must be slow; this code is 130 random bits chosen by
 * the server. Even with the table in hand, finding a code from its hash means trying on the order of
 * 2^129 codes, which no speed of hashing makes feasible, so a slow hash would add nothing but cost on
 * every lookup. Looking a code up by its hash is one indexed equality, and the hash of a wrong guess
 * tells nothing about the stored ones (no prefix of a stored code can be found by timing).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LOOKUP_CODE_RANDOM_BYTES, lookupCodeFromBytes } from '@danvan/domain';

export function newLookupCode(): string {
  return lookupCodeFromBytes(randomBytes(LOOKUP_CODE_RANDOM_BYTES));
}

/** The stored form of a canonical code. */
export function hashLookupCode(canonical: string): string {
  return createHash('sha256').update(`danvan-portal-code:${canonical}`).digest('hex');
}

/** Compares two hex hashes in constant time (false for different lengths). */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
