/**
 * The flags of a petition on the register: overdue, prolonged (kéo dài), bypassing a level (vượt
 * cấp), mass (đông người); duplicates are in similarity.ts.
 */
import { addDays, compareIsoDate } from '../time/calendar.ts';
import {
  GROUP_PETITIONERS_MIN,
  type PetitionCompetence,
  type PetitionFlag,
  type PetitionStatus,
} from './vocabulary.ts';

/** The deadlines a case holds (null: none for that step). */
export interface CaseDeadlines {
  status: PetitionStatus;
  screeningDue: string | null;
  resolutionDue: string | null;
  resultDue: string | null;
}

/**
 * The deadline running now: screening while received or screened, resolution while accepted, sending
 * the result while decided. None while suspended (the clock stops) or once the case has left the
 * workflow.
 */
export function runningDeadline(
  c: CaseDeadlines,
): { step: 'screening' | 'resolution' | 'send_result'; due: string } | null {
  if ((c.status === 'received' || c.status === 'screened') && c.screeningDue)
    return { step: 'screening', due: c.screeningDue };
  if (c.status === 'accepted' && c.resolutionDue) return { step: 'resolution', due: c.resolutionDue };
  if (c.status === 'decided' && c.resultDue) return { step: 'send_result', due: c.resultDue };
  return null;
}

/** The deadline overview's "sắp đến hạn" window: the running step is due within this many days. */
export const DUE_SOON_DAYS = 7;

export type DeadlineWindow = 'overdue' | 'due_soon' | 'later';

/**
 * Where a running deadline stands today: overdue once its last day has passed (BLDS 2015 điều 148:
 * the last day itself is still in time), due soon from today up to DUE_SOON_DAYS calendar days ahead
 * (both ends included), later beyond. The overview's SQL counts by the same rule.
 */
export function deadlineWindow(due: string, today: string, soonDays = DUE_SOON_DAYS): DeadlineWindow {
  if (compareIsoDate(due, today) < 0) return 'overdue';
  return compareIsoDate(due, addDays(today, soonDays)) <= 0 ? 'due_soon' : 'later';
}

/** Overdue: the running step's last day has passed (the last day itself is still in time, BLDS 2015 điều 148). */
export function isOverdue(c: CaseDeadlines, today: string): boolean {
  const r = runningDeadline(c);
  return r !== null && compareIsoDate(r.due, today) < 0;
}

/** Whether a step done on `doneOn` met its deadline (null when it had none). */
export function metDeadline(due: string | null, doneOn: string): boolean | null {
  return due === null ? null : compareIsoDate(doneOn, due) <= 0;
}

/**
 * Prolonged (kéo dài). The laws speak of "vụ việc phức tạp, kéo dài" (Luật Tiếp công dân 2013 điều
 * 23; Thông tư 05/2021/TT-TTCP) without a number; this system defines it from the register's limits:
 * (1) a case still unresolved after the longest time the law allows it, its resolution limit with
 * every extension it may have (Luật Khiếu nại 2011 điều 28, 37: 45/60/70 ngày; Luật Tố cáo 2018 điều
 * 30 khoản 1: 30 ngày, gia hạn tối đa hai lần, mỗi lần không quá 30 ngày), that is past `maxDueDate`;
 * or (2) a petition repeating a case already resolved (a linked duplicate of a decided one: "đơn đã
 * được giải quyết … nhưng người gửi đơn vẫn tiếp tục gửi", Thông tư 05/2021/TT-TTCP).
 */
export const PROLONGED_BASIS_VI =
  'Kéo dài: quá thời hạn giải quyết tối đa kể cả gia hạn (Luật Khiếu nại 2011 điều 28, 37; Luật Tố cáo 2018 điều 30 khoản 1), hoặc đơn gửi lại về vụ việc đã được giải quyết (Thông tư 05/2021/TT-TTCP).';

export function isProlonged(
  c: { status: PetitionStatus; maxDueDate: string | null; repeatOfResolved: boolean },
  today: string,
): boolean {
  if (c.repeatOfResolved) return true;
  const open = c.status === 'accepted' || c.status === 'suspended';
  return open && c.maxDueDate !== null && compareIsoDate(c.maxDueDate, today) < 0;
}

/** Vượt cấp: sent to this unit although a lower level is competent (Luật Tiếp công dân 2013 điều 9, TT 05/2021). */
export const BYPASS_BASIS_VI =
  'Vượt cấp: đơn gửi đến cấp trên trong khi vụ việc thuộc thẩm quyền giải quyết của cấp dưới.';

export function isBypassingLevel(competence: PetitionCompetence | null): boolean {
  return competence === 'lower_level';
}

/** Đông người: signed or brought by 5 people or more (Luật Tiếp công dân 2013, NĐ 64/2014 điều 6). */
export function isMass(petitionersCount: number): boolean {
  return petitionersCount >= GROUP_PETITIONERS_MIN;
}

/** Every flag of a case. */
export function petitionFlags(
  c: CaseDeadlines & {
    maxDueDate: string | null;
    repeatOfResolved: boolean;
    competence: PetitionCompetence | null;
    petitionersCount: number;
    linkedDuplicates: number;
  },
  today: string,
): PetitionFlag[] {
  const out: PetitionFlag[] = [];
  if (isOverdue(c, today)) out.push('overdue');
  if (isProlonged(c, today)) out.push('prolonged');
  if (isBypassingLevel(c.competence)) out.push('bypass');
  if (isMass(c.petitionersCount)) out.push('mass');
  if (c.linkedDuplicates > 0) out.push('duplicate');
  return out;
}
