/** The scoring bench's dimensions, its log line, its timing helpers and its table row. */

export const UNITS = 3_500; // the province and 3,499 units below it
export const DEPARTMENTS = 99;
export const RUNS = Number(process.env.BENCH_SCORING_RUNS ?? 5);
export const WARMUP = 1;

export const log = (s: string) => console.log(`[scoring] ${s}`);

export { median, p95, timed } from '../stats.ts';

// ---------------------------------------------------------------------------------------------

export interface Row {
  label: string;
  mine: number;
  hand: number;
  p95: number;
  handP95: number;
}
