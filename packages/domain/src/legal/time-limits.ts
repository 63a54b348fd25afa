/**
 * Legal time limits as data (thời hạn theo luật): each rule has a code, a value and its unit, the
 * conditions it applies under, its legal basis and the dates it is in force. A case takes the rule in
 * force on the date of the event that starts its clock (a complaint accepted on 30/6/2026 keeps the
 * limit of 30/6/2026 even though its clock runs from 1/7/2026).
 */
import { compareIsoDate, isIsoDate } from '../time/calendar.ts';

/**
 * Units of a rule's value. The three deadline units count a period; the two frequency units are
 * minimums of the reception law ("ít nhất 01 ngày trong 01 tháng"), kept in the same register so that
 * compliance can be measured against them.
 */
export const TIME_LIMIT_UNITS = [
  'calendar_days',
  'working_days',
  'working_hours',
  'days_per_week',
  'days_per_month',
] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

/** The units that count a deadline (the others are frequencies). */
export const DEADLINE_UNITS: readonly TimeLimitUnit[] = ['calendar_days', 'working_days', 'working_hours'];

/** Vietnamese names of the units. */
export const TIME_LIMIT_UNIT_NAMES_VI: Readonly<Record<TimeLimitUnit, string>> = Object.freeze({
  calendar_days: 'ngày',
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  days_per_week: 'ngày/tuần',
  days_per_month: 'ngày/tháng',
});

/** Whether a unit counts a deadline (true) or is a frequency (false). */
export function isDeadlineUnit(unit: TimeLimitUnit): boolean {
  return DEADLINE_UNITS.includes(unit);
}

/**
 * The conditions a rule applies under. A condition left out (or null) means "whatever the case";
 * a set one must equal the case's. `extension` is the number of the extension (gia hạn lần 1, 2).
 */
export interface RuleConditions {
  /** Vụ việc phức tạp. */
  complex?: boolean | null;
  /** Vùng sâu, vùng xa, đi lại khó khăn (đặc biệt khó khăn). */
  remoteArea?: boolean | null;
  /** Giải quyết lần hai. */
  secondInstance?: boolean | null;
  /** Gia hạn lần thứ mấy (1, 2 …). */
  extension?: number | null;
}

/** The facts of a case the conditions are matched against (absent: false, or no extension). */
export interface CaseConditions {
  complex?: boolean;
  remoteArea?: boolean;
  secondInstance?: boolean;
  extension?: number;
}

export const CONDITION_KEYS = ['complex', 'remoteArea', 'secondInstance', 'extension'] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

/** Vietnamese names of the conditions. */
export const CONDITION_NAMES_VI: Readonly<Record<ConditionKey, string>> = Object.freeze({
  complex: 'Vụ việc phức tạp',
  remoteArea: 'Vùng sâu, vùng xa, đi lại khó khăn',
  secondInstance: 'Giải quyết lần hai',
  extension: 'Gia hạn lần',
});

/** Where a rule comes from: the law (or decree, circular), its article and clause. */
export interface LegalBasis {
  law: string;
  article?: string | null;
  clause?: string | null;
}

/** One rule of the register. */
export interface TimeLimitRule {
  /** Stable code shared by the versions and variants of a limit, e.g. 'khieu_nai.giai_quyet'. */
  code: string;
  /** Vietnamese name, e.g. 'Thời hạn giải quyết khiếu nại'. */
  name: string;
  value: number;
  unit: TimeLimitUnit;
  conditions: RuleConditions;
  basis: LegalBasis;
  /** First day in force, 'YYYY-MM-DD'. */
  effectiveFrom: string;
  /** Last day in force, or null while in force. */
  effectiveTo: string | null;
  /** "Cần kiểm tra": the value or its basis has not been confirmed against the official text. */
  needsCheck: boolean;
  note?: string | null;
}

const CODE_RE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;

/** The value of a condition of a case: false / 0 when absent. */
function caseValue(c: CaseConditions, k: ConditionKey): boolean | number {
  if (k === 'extension') return c.extension ?? 0;
  return c[k] ?? false;
}

function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** How many conditions a rule sets (the more, the more specific). */
export function specificity(conditions: RuleConditions): number {
  return CONDITION_KEYS.filter((k) => isSet(conditions[k])).length;
}

/** Whether the rule's conditions hold for the case. */
export function conditionsMatch(rule: RuleConditions, facts: CaseConditions): boolean {
  return CONDITION_KEYS.every((k) => !isSet(rule[k]) || rule[k] === caseValue(facts, k));
}

/** Whether a rule is in force on a date (effectiveFrom ≤ date ≤ effectiveTo). */
export function isInForce(rule: Pick<TimeLimitRule, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  if (compareIsoDate(rule.effectiveFrom, date) > 0) return false;
  return rule.effectiveTo === null || compareIsoDate(date, rule.effectiveTo) <= 0;
}

/**
 * The rule of `code` in force on `date` (the day of the event that starts the clock) whose conditions
 * hold for the case; the most specific when several do. Null when none applies. Throws a RangeError
 * when two equally specific rules apply (the register refuses such pairs, see `ruleConflicts`).
 */
export function ruleInForce<R extends TimeLimitRule>(
  rules: readonly R[],
  code: string,
  date: string,
  facts: CaseConditions = {},
): R | null {
  if (!isIsoDate(date)) throw new RangeError(`Invalid date: ${JSON.stringify(date)}`);
  let best: R | null = null;
  let bestScore = -1;
  let tie = false;
  for (const r of rules) {
    if (r.code !== code || !isInForce(r, date) || !conditionsMatch(r.conditions, facts)) continue;
    const s = specificity(r.conditions);
    if (s > bestScore) {
      best = r;
      bestScore = s;
      tie = false;
    } else if (s === bestScore) tie = true;
  }
  if (tie) throw new RangeError(`Ambiguous time limit rules for ${code} on ${date}`);
  return best;
}

/** Whether two periods [from, to] (to null: open) share a day. */
export function periodsOverlap(
  a: Pick<TimeLimitRule, 'effectiveFrom' | 'effectiveTo'>,
  b: Pick<TimeLimitRule, 'effectiveFrom' | 'effectiveTo'>,
): boolean {
  const aEndsBeforeB = a.effectiveTo !== null && a.effectiveTo < b.effectiveFrom;
  const bEndsBeforeA = b.effectiveTo !== null && b.effectiveTo < a.effectiveFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** Whether some case could satisfy both sets of conditions. */
function compatible(a: RuleConditions, b: RuleConditions): boolean {
  return CONDITION_KEYS.every((k) => !isSet(a[k]) || !isSet(b[k]) || a[k] === b[k]);
}

/**
 * Whether two rules would make `ruleInForce` ambiguous: same code, a day in force in common, and
 * equally specific conditions that one case could satisfy at once.
 */
export function rulesConflict(a: TimeLimitRule, b: TimeLimitRule): boolean {
  return (
    a.code === b.code &&
    periodsOverlap(a, b) &&
    specificity(a.conditions) === specificity(b.conditions) &&
    compatible(a.conditions, b.conditions)
  );
}

/** The rules of `others` that conflict with `rule` (see `rulesConflict`). */
export function ruleConflicts<R extends TimeLimitRule>(rule: TimeLimitRule, others: readonly R[]): R[] {
  return others.filter((o) => rulesConflict(rule, o));
}

/** A problem with a rule, for the field named by `path`. */
export interface RuleProblem {
  path: string;
  message: string;
}

const MAX_VALUE: Readonly<Record<TimeLimitUnit, number>> = {
  calendar_days: 3650,
  working_days: 2600,
  working_hours: 2000,
  days_per_week: 7,
  days_per_month: 31,
};

/** Checks a rule on its own (the fields together); an empty list when it is fine. Messages in Vietnamese. */
export function validateTimeLimitRule(rule: TimeLimitRule): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (!CODE_RE.test(rule.code))
    out.push({
      path: 'code',
      message: 'Mã quy định chỉ gồm chữ thường không dấu, số, dấu gạch dưới, phân đoạn bằng dấu chấm',
    });
  if (rule.name.trim().length < 3)
    out.push({ path: 'name', message: 'Tên quy định phải có ít nhất 3 ký tự' });
  if (!(TIME_LIMIT_UNITS as readonly string[]).includes(rule.unit))
    out.push({ path: 'unit', message: 'Đơn vị tính không hợp lệ' });
  else if (!Number.isInteger(rule.value) || rule.value < 1 || rule.value > MAX_VALUE[rule.unit])
    out.push({
      path: 'value',
      message: `Giá trị phải là số nguyên từ 1 đến ${MAX_VALUE[rule.unit].toLocaleString('vi-VN')} ${TIME_LIMIT_UNIT_NAMES_VI[rule.unit]}`,
    });
  const ext = rule.conditions.extension;
  if (isSet(ext) && (!Number.isInteger(ext) || (ext as number) < 1 || (ext as number) > 9))
    out.push({ path: 'conditions.extension', message: 'Gia hạn lần: số nguyên từ 1 đến 9' });
  if (rule.basis.law.trim().length < 3)
    out.push({ path: 'basis.law', message: 'Căn cứ pháp lý: phải ghi văn bản (luật, nghị định, thông tư)' });
  if (!isIsoDate(rule.effectiveFrom))
    out.push({ path: 'effectiveFrom', message: 'Ngày bắt đầu hiệu lực không hợp lệ' });
  if (rule.effectiveTo !== null && !isIsoDate(rule.effectiveTo))
    out.push({ path: 'effectiveTo', message: 'Ngày hết hiệu lực không hợp lệ' });
  else if (
    rule.effectiveTo !== null &&
    isIsoDate(rule.effectiveFrom) &&
    compareIsoDate(rule.effectiveTo, rule.effectiveFrom) < 0
  )
    out.push({ path: 'effectiveTo', message: 'Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực' });
  return out;
}

/** "Điều 28 khoản 1, Luật Khiếu nại 2011" */
export function formatLegalBasis(basis: LegalBasis): string {
  const parts = [basis.article ? `Điều ${basis.article}` : '', basis.clause ? `khoản ${basis.clause}` : '']
    .filter(Boolean)
    .join(' ');
  return parts ? `${parts}, ${basis.law}` : basis.law;
}

/** "30 ngày", "7 ngày làm việc", "1 ngày/tuần" */
export function formatTimeLimit(rule: Pick<TimeLimitRule, 'value' | 'unit'>): string {
  return `${rule.value.toLocaleString('vi-VN')} ${TIME_LIMIT_UNIT_NAMES_VI[rule.unit]}`;
}
