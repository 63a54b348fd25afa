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

export function formatNumber(n: number, lang: 'vi' | 'en' = 'vi'): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}
