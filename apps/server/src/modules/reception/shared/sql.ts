/** Row normalisers and time helpers shared by the repositories and verbs of the reception module. */
import { formatDateTimeVi, todayInVietnam } from '@danvan/domain';

/** Raw rows give dates as strings on node-postgres and as Date on PGlite; normalise to 'YYYY-MM-DD'. */
export function dateString(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
}

/** The instant of a Vietnam wall-clock date and time ('YYYY-MM-DD', 'HH:mm'; Asia/Ho_Chi_Minh is UTC+7). */
export function vietnamInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`);
}

/** The Vietnam date and wall-clock time of an instant. */
export function vietnamDateTime(at: Date): { date: string; time: string } {
  return { date: todayInVietnam(at), time: formatDateTimeVi(at).slice(11, 16) };
}
