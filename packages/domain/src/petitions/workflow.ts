/**
 * The workflow of a petition (quy trình xử lý đơn, Thông tư 05/2021/TT-TTCP; giải quyết khiếu nại,
 * Luật Khiếu nại 2011; giải quyết tố cáo, Luật Tố cáo 2018) as a state machine, and which rule of
 * the legal register (packages/domain/src/legal/seed-rules.ts) counts each step's deadline.
 *
 *   received ─screen→ screened ─accept→ accepted ─decide→ decided ─send_result→ result_sent ─close→ closed
 *   received|screened ─transfer→ transferred, ─guide→ guided, ─file→ filed (with a reason)
 *   accepted ─suspend→ suspended ─resume→ accepted (the clock stops and restarts)
 *   accepted: verify, dialogue (complaints only), extend (within the limits) keep the status
 */
import { addDays, diffDays } from '../time/calendar.ts';
import {
  addWorkingDays,
  countWorkingDays,
  nextWorkingDayOnOrAfter,
  type HolidayCalendar,
} from '../time/working-days.ts';
import type { CaseConditions, TimeLimitUnit } from '../legal/time-limits.ts';
import type { PetitionKind, PetitionStatus, PetitionStep } from './vocabulary.ts';

/** Steps that move a petition from one status to another (the others keep it, or apply anywhere). */
const TRANSITIONS: Readonly<
  Partial<Record<PetitionStep, { from: readonly PetitionStatus[]; to: PetitionStatus | null }>>
> = Object.freeze({
  screen: { from: ['received'], to: 'screened' },
  accept: { from: ['received', 'screened'], to: 'accepted' },
  transfer: { from: ['received', 'screened'], to: 'transferred' },
  guide: { from: ['received', 'screened'], to: 'guided' },
  file: { from: ['received', 'screened'], to: 'filed' },
  verify: { from: ['accepted'], to: null },
  dialogue: { from: ['accepted'], to: null },
  extend: { from: ['accepted'], to: null },
  suspend: { from: ['accepted'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'accepted' },
  decide: { from: ['accepted'], to: 'decided' },
  send_result: { from: ['decided'], to: 'result_sent' },
  close: { from: ['result_sent', 'transferred', 'guided'], to: 'closed' },
  assign: { from: ['received', 'screened', 'accepted', 'suspended'], to: null },
});

/** Statuses where nothing is pending any more. */
export const PETITION_FINAL_STATUSES: readonly PetitionStatus[] = Object.freeze(['closed', 'filed']);

/** Statuses in which the case is resolved (a decision or conclusion exists). */
export const PETITION_RESOLVED_STATUSES: readonly PetitionStatus[] = Object.freeze([
  'decided',
  'result_sent',
  'closed',
]);

/** Whether the step applies to a petition of this kind at all (dialogue: complaints only). */
export function stepAppliesToKind(step: PetitionStep, kind: PetitionKind): boolean {
  if (step === 'dialogue') return kind === 'khieu_nai';
  return true;
}

/** The status after `step` from `status` (the same status for steps that keep it); null when not allowed. */
export function nextStatus(
  status: PetitionStatus,
  step: PetitionStep,
  kind: PetitionKind,
): PetitionStatus | null {
  const t = TRANSITIONS[step];
  if (!t || !stepAppliesToKind(step, kind) || !t.from.includes(status)) return null;
  return t.to ?? status;
}

/** The workflow steps allowed from a status (for the `can` flags and the UI). */
export function allowedSteps(status: PetitionStatus, kind: PetitionKind): PetitionStep[] {
  return (Object.keys(TRANSITIONS) as PetitionStep[]).filter((s) => nextStatus(status, s, kind) !== null);
}

/** Which deadline of a case a rule counts. */
export type DeadlineStep = 'screening' | 'resolution' | 'send_result';

/**
 * The rule code of each step's deadline, by kind; null when the register has no legal limit for it
 * (kiến nghị, phản ánh are resolved by the unit's own rules):
 * - screening (phân loại, thụ lý / chuyển / hướng dẫn), from the day of receipt:
 *   complaints khieu_nai.thu_ly (Luật KN 2011 điều 27; from 1/7/2026 NĐ 155/2026), denunciations
 *   to_cao.xu_ly_ban_dau (Luật TC 2018 điều 24 khoản 1), others don.xu_ly (TT 05/2021);
 * - resolution, from the day of acceptance: khieu_nai.giai_quyet (điều 28, 37), to_cao.giai_quyet
 *   (điều 30 khoản 1);
 * - sending the result, from the decision: khieu_nai.gui_quyet_dinh (điều 32).
 */
export function deadlineRuleCode(kind: PetitionKind, step: DeadlineStep): string | null {
  switch (step) {
    case 'screening':
      return kind === 'khieu_nai'
        ? 'khieu_nai.thu_ly'
        : kind === 'to_cao'
          ? 'to_cao.xu_ly_ban_dau'
          : 'don.xu_ly';
    case 'resolution':
      return kind === 'khieu_nai' ? 'khieu_nai.giai_quyet' : kind === 'to_cao' ? 'to_cao.giai_quyet' : null;
    case 'send_result':
      return kind === 'khieu_nai' ? 'khieu_nai.gui_quyet_dinh' : null;
  }
}

/** The facts of a case its resolution rule is matched against. */
export interface CaseFacts {
  complex: boolean;
  remoteArea: boolean;
  secondInstance: boolean;
}

/** How many times a resolution may be extended: a complaint once (to the complex limit), a denunciation twice. */
export function maxExtensions(kind: PetitionKind): number {
  return kind === 'khieu_nai' ? 1 : kind === 'to_cao' ? 2 : 0;
}

/** What the next extension asks the legal register, or why there is none. */
export type ExtensionPlan =
  | {
      ok: true;
      /** The rule code to count. */
      code: string;
      facts: CaseConditions;
      /** Count from the acceptance day (a complaint's limit becomes the complex one) or from the current due date. */
      from: 'accepted' | 'due';
      number: number;
    }
  | { ok: false; reason: string };

/**
 * The next extension of a case:
 * - a complaint: "vụ việc phức tạp thì thời hạn giải quyết có thể kéo dài hơn nhưng không quá 45
 *   ngày" (Luật KN 2011 điều 28; 60 ngày vùng sâu, vùng xa; lần hai điều 37): its limit becomes the
 *   complex one of the rule in force on the acceptance day, once; refused when it was complex already;
 * - a denunciation: "có thể gia hạn giải quyết một lần nhưng không quá 30 ngày", "đặc biệt phức tạp
 *   … hai lần" (Luật TC 2018 điều 30 khoản 1): to_cao.gia_han with extension 1 or 2, from the due date;
 * - kiến nghị, phản ánh: no legal extension.
 */
export function planExtension(kind: PetitionKind, extensionsSoFar: number, facts: CaseFacts): ExtensionPlan {
  const max = maxExtensions(kind);
  if (max === 0)
    return {
      ok: false,
      reason: 'Đơn kiến nghị, phản ánh không có thời hạn giải quyết theo luật để gia hạn.',
    };
  if (extensionsSoFar >= max)
    return {
      ok: false,
      reason:
        kind === 'khieu_nai'
          ? 'Khiếu nại chỉ được kéo dài thời hạn một lần (vụ việc phức tạp, Luật Khiếu nại 2011 điều 28, 37).'
          : 'Tố cáo chỉ được gia hạn tối đa hai lần (Luật Tố cáo 2018 điều 30 khoản 1).',
    };
  const number = extensionsSoFar + 1;
  if (kind === 'khieu_nai') {
    if (facts.complex)
      return {
        ok: false,
        reason: 'Vụ việc đã được xác định là phức tạp khi thụ lý, thời hạn đã là thời hạn tối đa.',
      };
    return {
      ok: true,
      code: 'khieu_nai.giai_quyet',
      facts: { complex: true, remoteArea: facts.remoteArea, secondInstance: facts.secondInstance },
      from: 'accepted',
      number,
    };
  }
  return { ok: true, code: 'to_cao.gia_han', facts: { extension: number }, from: 'due', number };
}

/**
 * The due date after a suspension: the days between the suspension and the resumption are not
 * counted ("thời gian tạm đình chỉ không tính vào thời hạn giải quyết", NĐ 124/2020 điều 19; NĐ
 * 155/2026: suspension and resumption restart the clock). The period's own last day (`rawDue`, before
 * a day off moved it, BLDS 2015 điều 148) moves by the days suspended, days in (suspendedOn,
 * resumedOn], in the unit of the rule (calendar days for the complaint and denunciation limits,
 * working days for a rule in working days); the result moves to the next working day when it is a
 * day off. Returns the new last day as counted (`rawDue`) and as it falls (`dueDate`).
 */
export function dueAfterSuspension(
  rawDue: string,
  suspendedOn: string,
  resumedOn: string,
  unit: TimeLimitUnit,
  calendar: HolidayCalendar,
): { dueDate: string; rawDue: string; days: number } {
  const working = unit === 'working_days' || unit === 'working_hours';
  const days = Math.max(
    0,
    working ? countWorkingDays(suspendedOn, resumedOn, calendar) : diffDays(resumedOn, suspendedOn),
  );
  const raw = days === 0 ? rawDue : working ? addWorkingDays(rawDue, days, calendar) : addDays(rawDue, days);
  return { dueDate: nextWorkingDayOnOrAfter(raw, calendar), rawDue: raw, days };
}

/** The last day of a period as counted, before a day off moves it: start + value for calendar days. */
export function rawLastDay(start: string, value: number, unit: TimeLimitUnit, dueDate: string): string {
  return unit === 'calendar_days' ? addDays(start, value) : dueDate;
}
