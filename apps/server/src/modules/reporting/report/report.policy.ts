import type { Permission, ReportStatus } from '@danvan/contracts';
import { EDITABLE_REPORT_STATUSES, REPORT_STATUS_NAMES_VI } from '@danvan/domain';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Err, Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../../core/scope.ts';

/**
 * The access rules of a report: who may do what to it, and when. Each action is one predicate; verbs
 * authorise with `authorizeReport`, responses carry `canReportFlags`, both built from the same
 * predicates. No other file of the module decides report access.
 */
export type ReportAction =
  'read' | 'edit' | 'recompute' | 'attach' | 'submit' | 'return' | 'accept' | 'reopen';

/** What the rules look at: the report's unit, its status and whether its period is open. */
export interface ReportRecord {
  unit: { id: number; path: string };
  status: string;
  periodOpen: boolean;
}

/** A report as loaded by the verbs (see load-report.ts), seen as a policy record. */
export function reportRecord(l: {
  report: { r: { unitId: number; status: string }; unitPath: string };
  period: { p: { status: string } };
}): ReportRecord {
  return {
    unit: { id: l.report.r.unitId, path: l.report.unitPath },
    status: l.report.r.status,
    periodOpen: l.period.p.status === 'open',
  };
}

/** The statuses in which the reporting unit may still change its report. */
export const EDITABLE: readonly ReportStatus[] = EDITABLE_REPORT_STATUSES;

const holds = (perm: Permission) => (actor: Actor, unit: ReportRecord['unit']) =>
  actor.system || inScope(scopesFor(actor, perm), unit);

/** Whether the actor reviews reports of a unit: a reporting:review scope over a strict ancestor of it. */
export function reviewsUnit(actor: Actor | null, unit: { id: number; path: string }): boolean {
  if (!actor) return false;
  if (actor.system) return true;
  return scopesFor(actor, 'reporting:review').some(
    (s) => s.subtree && unit.path.startsWith(s.path) && s.path !== unit.path,
  );
}

/** Who: the unit's own roles write its report (enter, submit); the level above reviews it. */
const WHO: Record<ReportAction, (actor: Actor, unit: ReportRecord['unit']) => boolean> = {
  read: holds('reporting:read'),
  edit: holds('reporting:enter'),
  recompute: holds('reporting:enter'),
  attach: holds('reporting:enter'),
  submit: holds('reporting:submit'),
  return: reviewsUnit,
  accept: reviewsUnit,
  reopen: reviewsUnit,
};

const editable = (r: ReportRecord) => r.periodOpen && EDITABLE.includes(r.status as ReportStatus);

/** When: what the report's status and its period allow, whoever asks. */
const WHEN: Record<ReportAction, (r: ReportRecord) => boolean> = {
  read: () => true,
  edit: editable,
  recompute: editable,
  attach: editable,
  submit: editable,
  return: (r) => r.periodOpen && r.status === 'submitted',
  accept: (r) => r.periodOpen && r.status === 'submitted',
  reopen: (r) => r.periodOpen && r.status === 'accepted',
};

/** Whether the report's state allows the action now (without asking who acts). */
export const reportStateAllows = (action: ReportAction, r: ReportRecord) => WHEN[action](r);

/** Whether the actor may do the action to the report now. */
export function canReport(actor: Actor | null, action: ReportAction, r: ReportRecord): boolean {
  return !!actor && WHO[action](actor, r.unit) && WHEN[action](r);
}

/** The `can` flags of a report response. */
export function canReportFlags(actor: Actor | null, r: ReportRecord) {
  return {
    edit: canReport(actor, 'edit', r),
    submit: canReport(actor, 'submit', r),
    return: canReport(actor, 'return', r),
    accept: canReport(actor, 'accept', r),
    reopen: canReport(actor, 'reopen', r),
    recompute: canReport(actor, 'recompute', r),
    attach: canReport(actor, 'attach', r),
  };
}

/** Only the reporting unit's own roles edit its report; the level above reviews it. */
const NOT_OWN_REPORT =
  'Chỉ đơn vị lập báo cáo mới được sửa, tính lại và gửi báo cáo của mình; cấp trên chỉ góp ý, trả lại, tiếp nhận hoặc mở lại.';
const NOT_REVIEWER =
  'Chỉ cơ quan cấp trên của đơn vị mới được xem xét, trả lại, tiếp nhận hoặc mở lại báo cáo này.';

function forbidden(actor: Actor, action: ReportAction, r: ReportRecord) {
  if (action === 'submit')
    return Forbidden(
      inScope(scopesFor(actor, 'reporting:review'), r.unit)
        ? 'Chỉ thủ trưởng đơn vị lập báo cáo mới được gửi báo cáo của đơn vị; cấp trên chỉ góp ý, trả lại, tiếp nhận hoặc mở lại.'
        : 'Chỉ thủ trưởng đơn vị mới được gửi báo cáo.',
    );
  if (action === 'return' || action === 'accept' || action === 'reopen') return Forbidden(NOT_REVIEWER);
  return Forbidden(NOT_OWN_REPORT);
}

function wrongState(action: ReportAction, r: ReportRecord) {
  if (!r.periodOpen) return Err.locked('Kỳ báo cáo đã đóng.');
  switch (action) {
    case 'return':
      return Err.state_invalid(
        `Chỉ trả lại được báo cáo đã gửi (hiện: ${(REPORT_STATUS_NAMES_VI as Record<string, string>)[r.status] ?? r.status}).`,
      );
    case 'accept':
      return Err.state_invalid('Chỉ tiếp nhận được báo cáo đã gửi.');
    case 'reopen':
      return Err.state_invalid('Chỉ mở lại được báo cáo đã tiếp nhận.');
    case 'submit':
      return r.status === 'accepted'
        ? Err.locked('Báo cáo đã được tiếp nhận và khóa.')
        : Err.state_invalid('Báo cáo đã gửi, đang chờ cấp trên xem xét.');
    default:
      return r.status === 'accepted'
        ? Err.locked('Báo cáo đã được tiếp nhận và khóa; chỉ cấp trên có thể mở lại.')
        : Err.state_invalid('Báo cáo đã gửi, đang chờ cấp trên xem xét; không thể sửa.');
  }
}

/**
 * Throws unless the actor may do the action now: 404 when the report is not even readable, 403 when
 * readable but the actor's roles do not allow the action, 409 (locked / state_invalid) when the
 * report's status or its closed period do not allow it.
 */
export function authorizeReport(ctx: Ctx, action: ReportAction, r: ReportRecord): void {
  const actor = requireActor(ctx.actor);
  if (!WHO.read(actor, r.unit)) throw NotFound('Báo cáo');
  if (!WHO[action](actor, r.unit)) throw forbidden(actor, action, r);
  if (!WHEN[action](r)) throw wrongState(action, r);
}

// Opening (creating) a unit's report for a period, and the reports list's `can.open`.

/** The units whose reports the actor reads, as scopes for a query (null: the whole tree). */
export function reportReadScopes(actor: Actor | null) {
  const a = requireActor(actor);
  return a.system ? null : scopesFor(a, 'reporting:read');
}

/** Whether the actor may see a unit's report at all (else the unit is "not found"). */
export const readsUnitReports = (actor: Actor | null, unit: { id: number; path: string }) =>
  !!actor && WHO.read(actor, unit);

/** Whether the actor may open a unit's report: an existing one to read, a new one to write (period open). */
export function canOpenReport(
  actor: Actor | null,
  r: { unit: { id: number; path: string }; exists: boolean; periodOpen: boolean },
): boolean {
  if (!actor || !WHO.read(actor, r.unit)) return false;
  return r.exists || (r.periodOpen && WHO.edit(actor, r.unit));
}

/** Throws 404 when the unit's reports are not readable, 403 when the actor may not create its report. */
export function authorizeOpenReport(ctx: Ctx, unit: { id: number; path: string }): void {
  const actor = requireActor(ctx.actor);
  if (!WHO.read(actor, unit)) throw NotFound('Đơn vị');
  if (!WHO.edit(actor, unit)) throw Forbidden(NOT_OWN_REPORT);
}
