/**
 * Compliance of the heads with the legal minimum of reception days (Luật Tiếp công dân 2013 Điều
 * 12–15, amended by Luật 136/2025/QH15): per unit in scope under the unit asked (or the active unit),
 * month by month and over the period. The minimums are the legal register's rules (modules/legal),
 * chosen by unit kind (packages/domain HEAD_RECEPTION_RULE_BY_KIND); the counting is the domain's.
 */
import type { ReceptionCompliance, ReceptionComplianceQuery } from '@danvan/contracts';
import {
  addDays,
  DEPUTY_RECEPTION_RULE,
  deputyReceptionCountsUntil,
  formatLegalBasis,
  formatTimeLimit,
  HEAD_RECEPTION_KINDS,
  headReceptionCompliance,
  headReceptionRuleCode,
  minIsoDate,
  parseIsoDate,
  lastDayOfMonth,
  receptionPeriodCompliance,
  ruleInForce,
  yearMonthsBetween,
  type HeadReceptionDay,
} from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import { inScope } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { rulesOfCodes, workingCalendar } from '../../legal/index.ts';
import { readScopes, unitOrActive } from '../shared/unit.policy.ts';
import { dateString } from '../shared/sql.ts';
import * as visits from '../visit/visit.repository.ts';

/** Longest period asked at once. */
export const MAX_COMPLIANCE_MONTHS = 24;

export async function receptionCompliance(
  ctx: Ctx,
  q: ReceptionComplianceQuery,
): Promise<ReceptionCompliance> {
  if (q.to < q.from)
    throw Invalid('Đến tháng không được trước từ tháng.', [
      { path: 'to', message: 'Đến tháng không được trước từ tháng' },
    ]);
  const months = yearMonthsBetween(q.from, q.to);
  if (months.length > MAX_COMPLIANCE_MONTHS)
    throw Invalid(`Chỉ xem được tối đa ${MAX_COMPLIANCE_MONTHS} tháng một lần.`, [
      { path: 'to', message: `Tối đa ${MAX_COMPLIANCE_MONTHS} tháng` },
    ]);
  const under = await unitOrActive(ctx, q.unitId);
  const t = today(ctx);
  const first = `${q.from}-01`;
  const { year, month } = parseIsoDate(`${q.to}-01`);
  const last = lastDayOfMonth(year, month);
  const scopes = readScopes(ctx);
  const units = (await org.findUnits(ctx, { underUnitId: under.id, asOf: minIsoDate(last, t) }))
    .filter((u) => HEAD_RECEPTION_KINDS.includes(u.kind as never) && inScope(scopes, u))
    .sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name, 'vi'));
  const codes = [...new Set(units.map((u) => headReceptionRuleCode(u.kind)).filter((c): c is string => !!c))];
  // the head's minimums and the rule that lets a deputy's day count
  const rules = await rulesOfCodes(ctx, [...codes, DEPUTY_RECEPTION_RULE]);
  const calendar = await workingCalendar(ctx);
  // a weekly rule's weeks may begin up to 3 days before the month and end up to 3 days after it
  const rows = await visits.headDays(
    ctx.db,
    units.map((u) => u.id),
    addDays(first, -6),
    addDays(last, 6),
  );
  const byUnit = new Map<number, HeadReceptionDay[]>();
  for (const r of rows) {
    const list = byUnit.get(Number(r.unit_id)) ?? [];
    list.push({ date: dateString(r.received_on), headInPerson: !!r.head, deputyOnBehalf: !!r.deputy });
    byUnit.set(Number(r.unit_id), list);
  }
  return {
    from: q.from,
    to: q.to,
    months,
    deputyCountsUntil: deputyReceptionCountsUntil(rules),
    rows: units.map((u) => {
      const code = headReceptionRuleCode(u.kind);
      const res = headReceptionCompliance({
        days: byUnit.get(u.id) ?? [],
        rules,
        code,
        months,
        today: t,
        calendar,
      });
      const current = code
        ? (ruleInForce(rules, code, minIsoDate(last, t)) ?? ruleInForce(rules, code, first))
        : null;
      return {
        unitId: u.id,
        unitCode: u.code,
        unitName: u.name,
        kind: u.kind,
        ruleCode: code,
        ruleName: current?.name ?? null,
        basisText: current ? formatLegalBasis(current.basis) : null,
        needsCheck: res.some((m) => m.rule?.needsCheck) || !!current?.needsCheck,
        months: res.map((m) => ({
          month: m.month,
          state: m.state,
          required: m.required,
          counted: m.counted,
          headDays: m.headDays,
          deputyDays: m.deputyDays,
          deputyDaysNotCounted: m.deputyDaysNotCounted,
          weeksShort: m.weeksShort,
          ruleText: m.rule ? formatTimeLimit(m.rule) : null,
        })),
        period: receptionPeriodCompliance(res),
      };
    }),
  };
}
