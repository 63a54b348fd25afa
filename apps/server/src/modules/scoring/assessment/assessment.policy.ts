/**
 * Who may do what with a unit's assessment. It belongs to the unit: read by scoring:read over the
 * unit (the unit and the levels above it). The unit's own focal officer (scoring:draft, own unit
 * only) scores and explains; its head (scoring:submit, own unit only) submits and sends the
 * explanation; the coordinator's team (scoring:appraise over the unit) appraises and decides; the
 * Ban Dân vận (scoring:comment) comments. The state allows each action (a 409 otherwise, a 403 when
 * the role does not).
 */
import type { Permission } from '@danvan/contracts';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound, StateInvalid } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import { holds, type UnitLike } from '../shared/scope.ts';

export interface AssessmentRecord {
  unitId: number;
  unitPath: string;
  state: string;
  roundState: string;
  explainUntil: string | null;
}
export type AssessmentVerb =
  | 'read'
  | 'create'
  | 'draft'
  | 'submit'
  | 'appraise'
  | 'sendAppraisal'
  | 'explain'
  | 'sendExplanation'
  | 'decide'
  | 'comment';

const unitOf = (r: AssessmentRecord): UnitLike => ({ id: r.unitId, path: r.unitPath });

const WHO: Record<Exclude<AssessmentVerb, 'read'>, Permission> = {
  create: 'scoring:draft',
  draft: 'scoring:draft',
  submit: 'scoring:submit',
  appraise: 'scoring:appraise',
  sendAppraisal: 'scoring:appraise',
  explain: 'scoring:draft',
  sendExplanation: 'scoring:submit',
  decide: 'scoring:appraise',
  comment: 'scoring:comment',
};

/** Whether the state allows the action today (`today` ISO). */
export function stateAllows(verb: AssessmentVerb, r: AssessmentRecord, today: string): boolean {
  const open = r.roundState === 'open';
  const inWindow = r.explainUntil !== null && today <= r.explainUntil;
  switch (verb) {
    case 'read':
    case 'comment':
      return true;
    case 'create':
      return open;
    case 'draft':
    case 'submit':
      return open && r.state === 'draft';
    case 'appraise':
    case 'sendAppraisal':
      return open && r.state === 'submitted';
    case 'explain':
    case 'sendExplanation':
      return open && r.state === 'appraised' && inWindow;
    case 'decide':
      return open && (r.state === 'explained' || (r.state === 'appraised' && !inWindow));
  }
}

export function mayAct(actor: Actor | null, verb: AssessmentVerb, r: AssessmentRecord): boolean {
  if (verb === 'read') return holds(actor, 'scoring:read', unitOf(r));
  return holds(actor, WHO[verb], unitOf(r));
}

export function canAssessment(actor: Actor | null, verb: AssessmentVerb, r: AssessmentRecord, today: string) {
  return mayAct(actor, verb, r) && stateAllows(verb, r, today);
}

const STATE_MESSAGES: Partial<Record<AssessmentVerb, string>> = {
  draft: 'Bản tự chấm đã gửi đi: không sửa được nữa.',
  submit: 'Bản tự chấm đã được gửi.',
  appraise: 'Chỉ thẩm định được bản tự chấm đã gửi và chưa gửi kết quả thẩm định.',
  sendAppraisal: 'Chỉ gửi kết quả thẩm định của bản tự chấm đang chờ thẩm định.',
  explain: 'Chỉ giải trình được khi đã có kết quả thẩm định và còn trong thời hạn giải trình.',
  sendExplanation: 'Chỉ gửi giải trình khi đã có kết quả thẩm định và còn trong thời hạn giải trình.',
  decide: 'Chỉ kết luận được sau khi đơn vị đã giải trình hoặc đã hết thời hạn giải trình.',
  create: 'Đợt chấm điểm đã công bố kết quả.',
};

/** 404 when not readable, 403 when the role does not allow the action, 409 when the state does not. */
export function authorizeAssessment(
  ctx: Ctx,
  verb: AssessmentVerb,
  r: AssessmentRecord,
  today: string,
): void {
  const actor = requireActor(ctx.actor);
  if (!mayAct(actor, 'read', r) && !(verb !== 'read' && mayAct(actor, verb, r)))
    throw NotFound('Bản chấm điểm');
  if (!mayAct(actor, verb, r)) throw Forbidden();
  if (!stateAllows(verb, r, today)) {
    if (r.roundState !== 'open')
      throw StateInvalid('Đợt chấm điểm đã công bố kết quả: không thay đổi được nữa.');
    throw StateInvalid(STATE_MESSAGES[verb] ?? 'Trạng thái không cho phép thao tác này.');
  }
}

export function canAssessmentFlags(actor: Actor | null, r: AssessmentRecord, today: string) {
  const f = (v: AssessmentVerb) => canAssessment(actor, v, r, today);
  return {
    draft: f('draft'),
    submit: f('submit'),
    appraise: f('appraise'),
    sendAppraisal: f('sendAppraisal'),
    explain: f('explain'),
    sendExplanation: f('sendExplanation'),
    decide: f('decide'),
    comment: f('comment'),
  };
}
