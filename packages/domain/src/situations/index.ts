/**
 * Situation notes (nắm tình hình Nhân dân, DOMAIN.md E.7): what the unit learns of the people's
 * situation at a place (a hot spot, an ethnic or religious matter, a land-clearance issue…), how
 * serious it is, the follow-up actions decided and whether the matter is still being watched. The
 * vocabularies are defined here once; the contracts' enums and the web's labels are built from them.
 */
import { assertIsoDate, diffDays } from '../time/calendar.ts';

type Labels<C extends string> = Readonly<Record<C, { vi: string; en: string }>>;

/** Topics (lĩnh vực) of a situation note. */
export const SITUATION_TOPIC_CODES = [
  'hot_spot',
  'ethnic',
  'religion',
  'land_clearance',
  'public_order',
  'other',
] as const;
export type SituationTopic = (typeof SITUATION_TOPIC_CODES)[number];
export const SITUATION_TOPIC_LABELS: Labels<SituationTopic> = Object.freeze({
  hot_spot: { vi: 'Điểm nóng', en: 'Hot spot' },
  ethnic: { vi: 'Dân tộc', en: 'Ethnic affairs' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  land_clearance: { vi: 'Giải phóng mặt bằng', en: 'Land clearance' },
  public_order: { vi: 'An ninh trật tự', en: 'Security and public order' },
  other: { vi: 'Khác', en: 'Other' },
});

/** How serious the situation is (mức độ). */
export const SITUATION_LEVEL_CODES = ['normal', 'watch', 'complex'] as const;
export type SituationLevel = (typeof SITUATION_LEVEL_CODES)[number];
export const SITUATION_LEVEL_LABELS: Labels<SituationLevel> = Object.freeze({
  normal: { vi: 'Bình thường', en: 'Normal' },
  watch: { vi: 'Cần theo dõi', en: 'To be watched' },
  complex: { vi: 'Phức tạp', en: 'Complex' },
});

/** The note's state: still being watched, or settled. */
export const SITUATION_STATE_CODES = ['monitoring', 'stabilized'] as const;
export type SituationState = (typeof SITUATION_STATE_CODES)[number];
export const SITUATION_STATE_LABELS: Labels<SituationState> = Object.freeze({
  monitoring: { vi: 'Đang theo dõi', en: 'Being monitored' },
  stabilized: { vi: 'Đã ổn định', en: 'Stabilised' },
});

/** A follow-up action's state. */
export const FOLLOW_UP_STATE_CODES = ['not_started', 'in_progress', 'done'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATE_CODES)[number];
export const FOLLOW_UP_STATE_LABELS: Labels<FollowUpState> = Object.freeze({
  not_started: { vi: 'Chưa thực hiện', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã xong', en: 'Done' },
});

/** A follow-up action as the rules see it. */
export interface FollowUpFacts {
  /** Last day to do it, 'YYYY-MM-DD'. */
  dueDate: string;
  state: FollowUpState;
}

/**
 * Whether a follow-up action is overdue today: not done, and its due date is past (the due date itself
 * is still on time).
 */
export function isFollowUpOverdue(f: FollowUpFacts, today: string): boolean {
  assertIsoDate(f.dueDate, 'dueDate');
  assertIsoDate(today, 'today');
  return f.state !== 'done' && diffDays(today, f.dueDate) > 0;
}

/** Days a follow-up is late today (0 when done or not late). */
export function followUpDaysLate(f: FollowUpFacts, today: string): number {
  return isFollowUpOverdue(f, today) ? diffDays(today, f.dueDate) : 0;
}

/** The open and overdue follow-ups of a note. */
export function followUpSummary(list: readonly FollowUpFacts[], today: string) {
  let open = 0;
  let overdue = 0;
  for (const f of list) {
    if (f.state !== 'done') open++;
    if (isFollowUpOverdue(f, today)) overdue++;
  }
  return { total: list.length, open, overdue };
}

/** The day a follow-up counts as done on: set when it becomes done, kept while done, cleared otherwise. */
export function followUpDoneOn(
  before: { state: FollowUpState; doneOn: string | null } | null,
  next: FollowUpState,
  today: string,
): string | null {
  if (next !== 'done') return null;
  if (before?.state === 'done' && before.doneOn) return before.doneOn;
  return today;
}

/** A refusal of a rule, with its Vietnamese message (the server turns it into a 4xx). */
export interface SituationProblem {
  field: string;
  message: string;
}

/**
 * The dates of a note and its follow-ups: the note is of something already learnt (not after today),
 * and a follow-up is not due before the day the situation was noted.
 */
export function checkSituationDates(
  v: { notedOn: string; dueDates?: readonly string[] },
  today: string,
): SituationProblem[] {
  assertIsoDate(v.notedOn, 'notedOn');
  assertIsoDate(today, 'today');
  const out: SituationProblem[] = [];
  if (v.notedOn > today)
    out.push({ field: 'notedOn', message: 'Ngày nắm tình hình không được sau ngày hôm nay.' });
  (v.dueDates ?? []).forEach((d, i) => {
    assertIsoDate(d, 'dueDate');
    if (d < v.notedOn)
      out.push({
        field: `followUps.${i}.dueDate`,
        message: 'Hạn thực hiện không được trước ngày nắm tình hình.',
      });
  });
  return out;
}

/**
 * Whether the note may move to `next`: a situation is settled ("đã ổn định") only when every follow-up
 * action is done; one that still has actions to do stays "đang theo dõi". Null when allowed.
 */
export function stateChangeProblem(next: SituationState, followUps: readonly FollowUpFacts[]): string | null {
  if (next !== 'stabilized') return null;
  const open = followUps.filter((f) => f.state !== 'done').length;
  return open > 0
    ? `Còn ${open} việc cần làm chưa xong; chỉ chuyển sang “Đã ổn định” khi mọi việc đã xong.`
    : null;
}

/**
 * Follow-up actions are added, changed or removed while the situation is watched only: a settled note
 * keeps the record of what was done. Null when allowed.
 */
export function followUpChangeProblem(state: SituationState): string | null {
  return state === 'stabilized'
    ? 'Tình hình đã ổn định; hãy chuyển về “Đang theo dõi” trước khi thêm hoặc sửa việc cần làm.'
    : null;
}
