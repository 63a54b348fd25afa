/**
 * Training courses on dân vận work (tập huấn, bồi dưỡng kỹ năng vận động Nhân dân; DOMAIN.md G.1;
 * seeds 000 3b, 001 II.4; outline 004 II.2). The vocabularies are defined here once (the contracts'
 * enums and the web's labels come from them), with the pure rules: how many attended a course (by
 * unit, at least the persons named of that unit), and the share of a unit's civil servants trained
 * in a year.
 *
 * The org tree keeps no headcount, so the number of a unit's cán bộ, công chức, viên chức is a figure
 * the unit enters per year (training module, "Số cán bộ, công chức, viên chức"); the share is
 * `trained / headcount`, where `trained` counts each named person once in the year and adds, per
 * course, the attendees counted without names (at most the headcount: 100%).
 */

type Labels<C extends string> = Readonly<Record<C, { vi: string; en: string }>>;

/** What kind of event: a training course, a refresher course, a briefing conference. */
export const TRAINING_KIND_CODES = ['training', 'refresher', 'briefing'] as const;
export type TrainingKind = (typeof TRAINING_KIND_CODES)[number];
export const TRAINING_KIND_LABELS: Labels<TrainingKind> = Object.freeze({
  training: { vi: 'Lớp tập huấn', en: 'Training course' },
  refresher: { vi: 'Lớp bồi dưỡng kỹ năng', en: 'Skills refresher course' },
  briefing: { vi: 'Hội nghị quán triệt, phổ biến', en: 'Briefing conference' },
});

/** How it is held. */
export const TRAINING_FORMAT_CODES = ['in_person', 'online', 'hybrid'] as const;
export type TrainingFormat = (typeof TRAINING_FORMAT_CODES)[number];
export const TRAINING_FORMAT_LABELS: Labels<TrainingFormat> = Object.freeze({
  in_person: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  hybrid: { vi: 'Trực tiếp kết hợp trực tuyến', en: 'Hybrid' },
});

export interface AttendanceUnit {
  unitId: number;
  count: number;
}
export interface AttendancePerson {
  unitId: number;
  fullName: string;
}

/**
 * The attendees per unit of a course: the count entered for the unit, raised to the number of persons
 * named of that unit when more are named. Units appear in the order first met.
 */
export function attendanceByUnit(units: AttendanceUnit[], persons: AttendancePerson[]): AttendanceUnit[] {
  const out = new Map<number, number>();
  for (const u of units) out.set(u.unitId, (out.get(u.unitId) ?? 0) + u.count);
  const named = new Map<number, number>();
  for (const p of persons) named.set(p.unitId, (named.get(p.unitId) ?? 0) + 1);
  for (const [unitId, n] of named) out.set(unitId, Math.max(out.get(unitId) ?? 0, n));
  return [...out].map(([unitId, count]) => ({ unitId, count }));
}

/** The total attendees of a course. */
export function courseAttendees(units: AttendanceUnit[], persons: AttendancePerson[]): number {
  return attendanceByUnit(units, persons).reduce((s, u) => s + u.count, 0);
}

/** A person's key for counting them once in a year: the name without case, diacritic variants or spacing. */
export function personKey(fullName: string): string {
  return fullName.normalize('NFC').toLocaleLowerCase('vi-VN').replace(/\s+/g, ' ').trim();
}

/**
 * How many of a unit's staff were trained in a year: each named person once, plus, per course, the
 * attendees counted without names (count − named of that course).
 */
export function trainedInYear(courses: { count: number; names: string[] }[]): number {
  const named = new Set<string>();
  let unnamed = 0;
  for (const c of courses) {
    for (const n of c.names) named.add(personKey(n));
    unnamed += Math.max(0, c.count - c.names.length);
  }
  return named.size + unnamed;
}

/** The share (0–100, one decimal) of the headcount trained; null without a headcount. */
export function trainedShare(trained: number, headcount: number | null | undefined): number | null {
  if (!headcount || headcount <= 0) return null;
  return Math.round(Math.min(1, trained / headcount) * 1000) / 10;
}
