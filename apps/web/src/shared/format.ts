import dayjs, { type Dayjs } from 'dayjs';
import { formatDateTimeVi, formatDateVi, todayInVietnam } from '@danvan/domain';

/** The display format of calendar dates everywhere (both languages): dd/MM/yyyy. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

/** 'YYYY-MM-DD' or an instant → 'dd/MM/yyyy' (instants in Asia/Ho_Chi_Minh). */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  try {
    return formatDateVi(value);
  } catch {
    return String(value);
  }
}

/** An instant → 'dd/MM/yyyy HH:mm' in Asia/Ho_Chi_Minh. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  try {
    return formatDateTimeVi(value);
  } catch {
    return String(value);
  }
}

/** Today's calendar date in Vietnam, 'YYYY-MM-DD'. */
export function todayIso(): string {
  return todayInVietnam(new Date());
}

/** Today in Vietnam as a Dayjs for date pickers. */
export function today(): Dayjs {
  return dayjs(todayIso());
}

/** A date picker value → 'YYYY-MM-DD' (the calendar day shown, with no time zone shift). */
export function toIsoDate(d: Dayjs | null | undefined): string | undefined {
  return d ? d.format('YYYY-MM-DD') : undefined;
}

export function fromIsoDate(iso: string | null | undefined): Dayjs | undefined {
  return iso ? dayjs(iso) : undefined;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace('.', ',')} KB`;
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** The Intl locale of numbers: Vietnamese (1.234,5) by default, British English (1,234.5) in English. */
export const numberLocale = (lang: 'vi' | 'en' = 'vi') => (lang === 'en' ? 'en-GB' : 'vi-VN');

/** A number in the reader's format ('12.345,5' in Vietnamese); null, undefined or NaN → '—'. */
export function formatNumber(
  n: number | null | undefined,
  lang: 'vi' | 'en' = 'vi',
  maximumFractionDigits = 2,
): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits }).format(n);
}

/**
 * A percentage given in points, as the reporting rates come (95.5 → '95,5%' in Vietnamese, '95.5%' in
 * English); null → '—'. Use this rather than `${n}%`, so every page writes rates the same way.
 */
export function formatPercent(
  points: number | null | undefined,
  lang: 'vi' | 'en' = 'vi',
  maximumFractionDigits = 1,
): string {
  if (points === null || points === undefined || !Number.isFinite(points)) return '—';
  return new Intl.NumberFormat(numberLocale(lang), { style: 'percent', maximumFractionDigits }).format(
    points / 100,
  );
}
