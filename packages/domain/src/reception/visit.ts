/**
 * One entry of the reception log (sổ tiếp công dân): the checks of an entry as a whole, and the
 * flags derived from it.
 */
import { ruleInForce, type TimeLimitRule } from '../legal/time-limits.ts';
import { addDays, compareIsoDate } from '../time/calendar.ts';
import { addWorkingDays, type HolidayCalendar } from '../time/working-days.ts';
import {
  isMassDelegation,
  ONLINE_RECEPTION_FROM,
  type ReceptionKind,
  type ReceptionOutcome,
} from './vocabulary.ts';

export interface VisitFacts {
  kind: ReceptionKind;
  /** 'YYYY-MM-DD', Vietnam time. */
  receivedOn: string;
  headInPerson: boolean;
  deputyOnBehalf: boolean;
  visitorsCount: number;
  outcome: ReceptionOutcome;
  refusalReason: string;
  online: boolean;
  onlineNoticeSentOn: string | null;
}

export interface VisitProblem {
  path: string;
  message: string;
}

/** Checks an entry as a whole; an empty list when it is fine. Messages in Vietnamese. */
export function checkVisit(v: VisitFacts, today: string): VisitProblem[] {
  const out: VisitProblem[] = [];
  if (v.receivedOn > today)
    out.push({ path: 'receivedOn', message: 'Ngày tiếp không được sau ngày hôm nay' });
  if (v.headInPerson && v.deputyOnBehalf)
    out.push({
      path: 'deputyOnBehalf',
      message: 'Người đứng đầu trực tiếp tiếp thì không ghi cấp phó tiếp thay',
    });
  if (v.kind === 'periodic_head' && !v.headInPerson && !v.deputyOnBehalf)
    out.push({
      path: 'headInPerson',
      message:
        'Buổi tiếp định kỳ của người đứng đầu phải do người đứng đầu (hoặc cấp phó được ủy quyền) chủ trì',
    });
  if (v.outcome === 'refused' && !v.refusalReason.trim())
    out.push({ path: 'refusalReason', message: 'Từ chối tiếp công dân phải ghi rõ lý do' });
  if (v.online && v.receivedOn < ONLINE_RECEPTION_FROM)
    out.push({ path: 'online', message: 'Tiếp công dân trực tuyến áp dụng từ ngày 01/07/2026' });
  if (!v.online && v.onlineNoticeSentOn)
    out.push({ path: 'onlineNoticeSentOn', message: 'Chỉ ghi ngày thông báo khi tiếp trực tuyến' });
  if (v.onlineNoticeSentOn && v.onlineNoticeSentOn > v.receivedOn)
    out.push({ path: 'onlineNoticeSentOn', message: 'Ngày thông báo phải trước buổi tiếp trực tuyến' });
  return out;
}

/** The flags the log shows of an entry. */
export function visitFlags(v: Pick<VisitFacts, 'visitorsCount'>) {
  return { massDelegation: isMassDelegation(v.visitorsCount) };
}

/** The rule of the legal register: how long before an online session it must be announced. */
export const ONLINE_NOTICE_RULE = 'tiep_cong_dan.thong_bao_truc_tuyen';

/**
 * The last day an online session held on `sessionOn` may be announced: the rule's value counted back
 * from the session (working days on the calendar for a working-day rule, else calendar days), by the
 * version in force on the day of the session; null when none is.
 */
export function onlineNoticeDeadline(
  sessionOn: string,
  rules: readonly TimeLimitRule[],
  calendar: HolidayCalendar = [],
): string | null {
  const r = ruleInForce(rules, ONLINE_NOTICE_RULE, sessionOn);
  if (!r) return null;
  return r.unit === 'working_days'
    ? addWorkingDays(sessionOn, -r.value, calendar)
    : addDays(sessionOn, -r.value);
}

/**
 * Whether an online session was announced late: later than the rule's notice period before the
 * session, or not announced at all. An in-person session, or one without a rule in force, is never late.
 */
export function onlineNoticeLate(
  v: Pick<VisitFacts, 'online' | 'receivedOn' | 'onlineNoticeSentOn'>,
  rules: readonly TimeLimitRule[],
  calendar: HolidayCalendar = [],
): boolean {
  if (!v.online) return false;
  const last = onlineNoticeDeadline(v.receivedOn, rules, calendar);
  if (last === null) return false;
  return v.onlineNoticeSentOn === null || compareIsoDate(v.onlineNoticeSentOn, last) > 0;
}
