/**
 * Aggregation of indicator values over units or time (report figures rolled up a subtree).
 * Nulls mean "no data" and are ignored; a result is null when there is no data at all.
 */
import { roundTo } from '../math/round.ts';
import { assertIsoDate } from '../time/calendar.ts';

/** How an indicator's values combine. */
export type AggregationRule = 'sum' | 'avg' | 'min' | 'max' | 'last' | 'ratio';

/** Every aggregation rule. */
export const AGGREGATION_RULES: readonly AggregationRule[] = Object.freeze([
  'sum',
  'avg',
  'min',
  'max',
  'last',
  'ratio',
]);

/** Vietnamese names of the aggregation rules. */
export const AGGREGATION_RULE_NAMES_VI: Readonly<Record<AggregationRule, string>> = Object.freeze({
  sum: 'Tổng',
  avg: 'Trung bình',
  min: 'Nhỏ nhất',
  max: 'Lớn nhất',
  last: 'Giá trị mới nhất',
  ratio: 'Tỷ lệ (%)',
});

/** One value to aggregate. */
export interface AggregationValue {
  /** The value; null when there is no data. */
  value: number | null;
  /** When the value was observed (ISO date or timestamp); used by 'last'. */
  at?: string | null;
  /** Denominator of the value; used by 'ratio' only. */
  denominator?: number | null;
}

/** Returns true when the value is one of the aggregation rules. */
export function isAggregationRule(value: unknown): value is AggregationRule {
  return typeof value === 'string' && (AGGREGATION_RULES as readonly string[]).includes(value);
}

/**
 * Aggregates values by a rule, ignoring nulls; null when no value is present.
 * 'last' takes the value with the latest `at` (ties and undated values: the later in the list; dated
 * values beat undated ones). 'ratio' is Σvalue / Σdenominator × 100 over the items that have both.
 */
export function aggregate(rule: AggregationRule, values: readonly AggregationValue[]): number | null {
  if (rule === 'ratio') {
    const complete = values.filter((v) => v.value !== null && v.denominator != null);
    return aggregateRatio(
      complete.map((v) => v.value),
      complete.map((v) => v.denominator ?? null),
    );
  }
  const present = values.filter((v): v is AggregationValue & { value: number } => v.value !== null);
  for (const v of present) assertFinite(v.value);
  if (present.length === 0) return null;
  const numbers = present.map((v) => v.value);
  switch (rule) {
    case 'sum':
      return sum(numbers);
    case 'avg':
      return sum(numbers) / numbers.length;
    case 'min':
      return numbers.reduce((a, b) => (b < a ? b : a));
    case 'max':
      return numbers.reduce((a, b) => (b > a ? b : a));
    case 'last':
      return latest(present).value;
    default:
      throw new RangeError(`Unknown aggregation rule: ${String(rule)}`);
  }
}

/** Σnumerators / Σdenominators × 100, rounded to 2 decimals; null when there is no numerator or Σden is 0. */
export function aggregateRatio(
  numerators: readonly (number | null)[],
  denominators: readonly (number | null)[],
): number | null {
  const nums = numerators.filter((n): n is number => n !== null);
  const dens = denominators.filter((d): d is number => d !== null);
  nums.forEach(assertFinite);
  dens.forEach(assertFinite);
  if (nums.length === 0) return null;
  const denominator = sum(dens);
  if (denominator === 0) return null;
  return roundTo((sum(nums) / denominator) * 100, 2);
}

function sum(numbers: readonly number[]): number {
  let total = 0;
  for (const n of numbers) total += n;
  return total;
}

function latest<T extends AggregationValue>(items: readonly T[]): T {
  let best = items[0];
  for (const item of items.slice(1)) {
    const a = best.at ?? null;
    const b = item.at ?? null;
    if (b === null ? a === null : a === null || timeOf(b) >= timeOf(a)) best = item;
  }
  return best;
}

function timeOf(at: string): number {
  // Plain dates are compared as the start of the day in UTC; timestamps by their instant.
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) {
    assertIsoDate(at, 'at');
    return Date.parse(`${at}T00:00:00Z`);
  }
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`Invalid 'at': ${JSON.stringify(at)}`);
  return ms;
}

function assertFinite(n: number): void {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new RangeError(`Not a finite number: ${String(n)}`);
}
