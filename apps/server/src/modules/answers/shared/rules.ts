import {
  ANSWER_TIME_LIMITS,
  deadlineFromRules,
  formatLegalBasis,
  formatTimeLimit,
  addDays,
} from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { workingCalendar } from '../../legal/index.ts';

/** The rule row of a code and version, for display. */
export function dueRuleOf(code: string | null, version: number | null) {
  if (!code) return null;
  const r = ANSWER_TIME_LIMITS.find((x) => x.code === code && x.version === (version ?? 1));
  if (!r) return null;
  return {
    code: r.code,
    version: r.version,
    name: r.name,
    limitText: formatTimeLimit(r),
    basisText: formatLegalBasis(r.basis),
    needsCheck: r.needsCheck,
  };
}

/** The due date from the rule of `code` in force on `start`, counted over the working-day calendar. */
export async function dueFromRule(ctx: Ctx, code: string, start: string) {
  const d = deadlineFromRules(ANSWER_TIME_LIMITS, code, start, {}, await workingCalendar(ctx));
  return d ? { dueDate: d.dueDate, code: d.rule.code, version: d.rule.version } : null;
}

/** The rule's value in force on `on` (e.g. the 15 days' lead of a draft sent for criticism). */
export function ruleValue(code: string, on: string) {
  const r = ANSWER_TIME_LIMITS.find(
    (x) => x.code === code && x.effectiveFrom <= on && (!x.effectiveTo || on <= x.effectiveTo),
  );
  return r
    ? { value: r.value, needsCheck: r.needsCheck, latestSendOn: (sub: string) => addDays(sub, -r.value) }
    : null;
}
