import dayjs, { type Dayjs } from 'dayjs';
import { todayInVietnam } from '@danvan/domain';

/** The display format of calendar dates everywhere (both languages): dd/MM/yyyy. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

export type FormatLang = 'vi' | 'en';
/** The Intl locale of the language: Vietnamese, or British English (dd/MM/yyyy, 1,234.5) in English. */
const intlLocale = (lang: FormatLang = 'vi') => (lang === 'en' ? 'en-GB' : 'vi-VN');
const VIETNAM = 'Asia/Ho_Chi_Minh';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(lang: FormatLang, withTime: boolean, timeZone: string): Intl.DateTimeFormat {
  const k = `${lang}|${withTime}|${timeZone}`;
  let f = formatters.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lang), {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    formatters.set(k, f);
  }
  return f;
}
/**
 * Intl.DateTimeFormat in Asia/Ho_Chi_Minh, laid out as the convention of both languages asks:
 * 'dd/MM/yyyy' and 'dd/MM/yyyy HH:mm' (vi-VN alone would put the time first).
 */
function intlFormat(d: Date, lang: FormatLang, withTime: boolean, timeZone = VIETNAM): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid date');
  const p = Object.fromEntries(
    dateTimeFormat(lang, withTime, timeZone)
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  const date = `${p.day}/${p.month}/${p.year}`;
  return withTime ? `${date} ${p.hour}:${p.minute}` : date;
}

/**
 * 'YYYY-MM-DD' (a calendar day, no time zone shift) or an instant (in Asia/Ho_Chi_Minh) → 'dd/MM/yyyy',
 * the layout of both languages (vi-VN and en-GB agree on it).
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  try {
    if (typeof value === 'string' && ISO_DATE.test(value))
      return intlFormat(new Date(`${value}T00:00:00Z`), 'vi', false, 'UTC');
    return intlFormat(new Date(value), 'vi', false);
  } catch {
    return String(value);
  }
}

/** An instant → 'dd/MM/yyyy HH:mm' in Asia/Ho_Chi_Minh. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  try {
    return intlFormat(new Date(value), 'vi', true);
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

export function formatBytes(n: number, lang: FormatLang = 'vi'): string {
  const one = (x: number) => new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 }).format(x);
  if (n < 1024) return `${one(n)} B`;
  if (n < 1024 * 1024) return `${one(n / 1024)} KB`;
  return `${one(n / 1024 / 1024)} MB`;
}

/** The Intl locale of numbers: Vietnamese (1.234,5) by default, British English (1,234.5) in English. */
export const numberLocale = intlLocale;

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
