/**
 * A petition of several kinds (e.g. a complaint about a decision and a denunciation of the officer
 * who made it) is split into one record per kind (Thông tư 05/2021/TT-TTCP: each content is handled
 * under its own procedure); the records are linked by the first one's id.
 */
import { PETITION_KINDS, type PetitionKind } from './vocabulary.ts';

/** The kinds of an entry, deduplicated, in the vocabulary's order; at least one. */
export function splitKinds(kinds: readonly PetitionKind[]): PetitionKind[] {
  const set = new Set(kinds);
  const out = PETITION_KINDS.filter((k) => set.has(k));
  if (out.length === 0) throw new RangeError('A petition needs at least one kind');
  return out;
}

/** One record per kind: each draft with its kind, and whether it is the first (the others link to it). */
export function splitPetition<T extends { kinds: readonly PetitionKind[] }>(
  entry: T,
): (Omit<T, 'kinds'> & { kind: PetitionKind; first: boolean })[] {
  const { kinds, ...rest } = entry;
  return splitKinds(kinds).map((kind, i) => ({ ...rest, kind, first: i === 0 }));
}
