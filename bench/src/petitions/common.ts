/** The petitions bench's dimensions, its log line, its timing and SQL literal helpers, and its table row. */

export const UNITS = 3_500; // the province and 3,499 units below it
export const DEPARTMENTS = 99;
export const PETITIONS = Number(process.env.BENCH_PETITIONS ?? 1_000_000);
export const PAGE = 50;
export const RUNS = 30;
export const WARMUP = 3;

export const log = (s: string) => console.log(`[petitions] ${s}`);

export { median, p95, timed } from '../stats.ts';

export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
export const arr = (xs: string[]) => `array[${xs.map(lit).join(',')}]::text[]`;

// ---------------------------------------------------------------------------------------------

export interface Row {
  label: string;
  mine: number;
  hand: number;
  p95: number;
  target: string;
  ok: boolean;
  plans?: string[];
}
