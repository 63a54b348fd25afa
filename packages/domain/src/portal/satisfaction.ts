/**
 * The satisfaction index of a unit over a period (Chỉ số hài lòng, the 1432 report's item III.5 and
 * its indicator `satisfaction_index`, 0–100%).
 *
 * Following SIPAS (QĐ 1001/QĐ-BNV 2023), the index is the share of answers that are satisfied:
 * ratings of 4 ("hài lòng") or 5 ("rất hài lòng") on the five-point scale, over every rating of the
 * period, as a percentage rounded to two decimals. No rating, no index (null), never 0%.
 */
import { percentage, roundTo } from '../math/round.ts';

export const SATISFIED_MIN_SCORE = 4;

export interface SatisfactionIndex {
  /** Ratings counted. */
  n: number;
  /** Ratings of 4 or 5. */
  satisfied: number;
  /** 100 × satisfied / n, two decimals; null when n = 0. */
  index: number | null;
  /** Mean score (1–5), two decimals; null when n = 0. */
  mean: number | null;
  /** How many ratings of each score, 1 to 5. */
  byScore: [number, number, number, number, number];
}

/** The index from how many ratings of each score there were (scores outside 1–5 are refused). */
export function satisfactionIndex(counts: Readonly<Partial<Record<number, number>>>): SatisfactionIndex {
  const byScore: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const [k, v] of Object.entries(counts)) {
    const score = Number(k);
    if (!Number.isInteger(score) || score < 1 || score > 5) throw new RangeError(`score ${k} is not 1–5`);
    if (!Number.isInteger(v) || (v ?? 0) < 0) throw new RangeError(`count of ${k} is not a count`);
    byScore[score - 1] += v ?? 0;
  }
  const n = byScore.reduce((a, b) => a + b, 0);
  const satisfied = byScore[3] + byScore[4];
  const sum = byScore.reduce((a, c, i) => a + c * (i + 1), 0);
  return {
    n,
    satisfied,
    index: percentage(satisfied, n, 2),
    mean: n === 0 ? null : roundTo(sum / n, 2),
    byScore,
  };
}

/** The index of a list of scores. */
export function satisfactionOfScores(scores: readonly number[]): SatisfactionIndex {
  const counts: Record<number, number> = {};
  for (const s of scores) counts[s] = (counts[s] ?? 0) + 1;
  return satisfactionIndex(counts);
}
