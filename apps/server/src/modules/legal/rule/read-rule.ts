import type { z } from 'zod';
import type {
  CaseConditions,
  DeadlinePreview,
  DeadlinePreviewQuery,
  TimeLimitRuleListQuery,
} from '@danvan/contracts';
import {
  deadlineFromRules,
  formatDateVi,
  formatLegalBasis,
  formatTimeLimit,
  type TimeLimitRule,
} from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { RuleViolation } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan } from '../../../core/scope.ts';
import { workingCalendar } from '../calendar/read-calendar.ts';
import * as repo from './rule.repository.ts';
import { authorizeRuleRead, canRule } from './rule.policy.ts';
import { presentRule, toDomainRule } from './rule.present.ts';

/** The register of time limits, filtered; by default the rules in force today or later. */
export async function listRules(ctx: Ctx, query: z.infer<typeof TimeLimitRuleListQuery>) {
  authorizeRuleRead(ctx);
  return listPage(ctx, query, {
    ...repo.ruleList(ctx.db, { ...query, today: today(ctx) }),
    present: (rows) => rows.map((r) => presentRule(ctx, r)),
    can: listCan(ctx.actor, undefined, () => canRule(ctx.actor, 'create')),
  });
}

/** What other modules get: the rule applied (with its id, to record which version a case took) and the end. */
export interface LegalDeadline {
  rule: TimeLimitRule & { id: number; version: number };
  dueDate: string;
  /** For working hours: 'YYYY-MM-DDTHH:mm', Vietnam time. */
  dueAt: string | null;
}

/**
 * The deadline of a case: the rule of `code` in force on `start` (the day of the event that starts the
 * clock) matching the case, counted over the working-day calendar (BLDS 2015 Điều 147–148). A 422 with
 * a Vietnamese message when no rule applies. With `markUsed` the rule's version is marked used, so it
 * is never edited in place again (call it inside the case's transaction). No permission check: for
 * other modules, which check their own.
 */
export async function deadlineFor(
  ctx: Ctx,
  code: string,
  start: string,
  facts: CaseConditions = {},
  opts: { markUsed?: boolean } = {},
): Promise<LegalDeadline> {
  const rows = await repo.allRules(ctx.db, code);
  const rules = rows.map((r) => ({ ...toDomainRule(r), version: r.version }));
  let found;
  try {
    found = deadlineFromRules(rules, code, start, facts, await workingCalendar(ctx));
  } catch {
    throw RuleViolation(
      `Quy định thời hạn "${code}" không tính được hạn (trùng điều kiện hoặc không phải thời hạn).`,
      {
        code,
      },
    );
  }
  if (!found)
    throw RuleViolation(
      `Không có quy định thời hạn "${code}" có hiệu lực vào ngày ${formatDateVi(start.slice(0, 10))} phù hợp với hồ sơ.`,
      {
        code,
      },
    );
  if (opts.markUsed) await repo.markUsed(ctx.db, found.rule.id, ctx.clock.now());
  return found;
}

/** The rules screen's "tính thử": the deadline of a code from a date, without marking anything. */
export async function previewDeadline(
  ctx: Ctx,
  q: z.infer<typeof DeadlinePreviewQuery>,
): Promise<DeadlinePreview> {
  authorizeRuleRead(ctx);
  const d = await deadlineFor(ctx, q.code, q.start, {
    complex: q.complex,
    remoteArea: q.remoteArea,
    secondInstance: q.secondInstance,
    extension: q.extension,
  });
  return {
    ruleId: d.rule.id,
    ruleName: d.rule.name,
    limitText: formatTimeLimit(d.rule),
    basisText: formatLegalBasis(d.rule.basis),
    needsCheck: d.rule.needsCheck,
    start: q.start,
    dueDate: d.dueDate,
    dueAt: d.dueAt,
  };
}
