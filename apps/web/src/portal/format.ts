/**
 * Dates and numbers as the portal shows them: dd/MM/yyyy (and HH:mm) in Asia/Ho_Chi_Minh, numbers
 * in Vietnamese (1.234,5) or British English. Plain Intl: the staff app's formatters bring dayjs and
 * the domain package, which the portal's bundle does not load.
 */
import type { Lang } from './i18n.ts';

const VIETNAM = 'Asia/Ho_Chi_Minh';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const cache = new Map<string, Intl.DateTimeFormat>();

function parts(d: Date, withTime: boolean, timeZone: string): Record<string, string> {
  const k = `${withTime}|${timeZone}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat('vi-VN', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
    cache.set(k, f);
  }
  return Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
}

/** 'YYYY-MM-DD' (a calendar day) or an instant → 'dd/MM/yyyy'. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const calendarDay = ISO_DATE.test(value);
  const d = new Date(calendarDay ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return value;
  const p = parts(d, false, calendarDay ? 'UTC' : VIETNAM);
  return `${p.day}/${p.month}/${p.year}`;
}

/** An instant → 'dd/MM/yyyy HH:mm' in Asia/Ho_Chi_Minh. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = parts(d, true, VIETNAM);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today in Vietnam as 'YYYY-MM-DD' (the calendar day the server counts in). */
export function todayVn(now: Date = new Date()): string {
  const p = parts(now, false, VIETNAM);
  return `${p.year}-${p.month}-${p.day}`;
}

/** A calendar day 'YYYY-MM-DD' moved by `n` days. */
export function addDaysIso(value: string, n: number): string {
  const d = new Date(`${value}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a calendar day. */
export function isoWeekday(value: string): number {
  const d = new Date(`${value}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function formatNumber(n: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: digits }).format(
    n,
  );
}

/** 'Nguyễn Văn An' → 'nguyen van an': the search key of a text without diacritics. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Bytes as '2,5 MB' / '300 kB'. */
export function formatBytes(n: number, lang: Lang): string {
  if (n >= 1024 * 1024) return `${formatNumber(n / (1024 * 1024), lang)} MB`;
  return `${formatNumber(Math.max(1, Math.round(n / 1024)), lang, 0)} kB`;
}
