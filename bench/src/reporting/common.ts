/** The reporting bench's dimensions, its log line and its timing helpers. */

export const PROVINCES = 34;
export const DEPTS = 17;
/** Communes of province p (1..34): spread over the real range, 40 to 168 (about 3,500 in all). */
export const communesOf = (p: number) => 40 + Math.round(((p - 1) * 128) / (PROVINCES - 1));
export const OLD_COMMUNES = 5; // per province, merged into new communes on 01/7/2025
export const INDICATORS = 200;
export const RATIOS = 5;
export const STRIDE = 200; // id block per province (17 departments + at most 168 communes + 1 district + 5)
/** A narrative of realistic length (about 1,600 characters) in every section of every report. */
export const NARRATIVE =
  'Trong kỳ, đơn vị đã triển khai đầy đủ các nhiệm vụ công tác dân vận theo kế hoạch; phối hợp với Mặt trận Tổ quốc và các đoàn thể tổ chức tiếp xúc, đối thoại với Nhân dân, giải quyết kịp thời các kiến nghị chính đáng. '.repeat(
    7,
  );

export const log = (s: string) => console.log(`[reporting] ${s}`);

export { median, p95, timed } from '../stats.ts';

/** One line of the table: the app's and the floor's p50 and p95. */
export interface Measure {
  label: string;
  app: number;
  appP95: number;
  floor: number;
  floorP95: number;
  /** The app's first read of the target (a cold one: roll-ups from stored parts compute them first). */
  cold?: number;
}
