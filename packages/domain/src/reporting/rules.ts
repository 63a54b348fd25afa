/**
 * The rules of a periodic report, shared by the server (which enforces them) and the web (which shows
 * them): report statuses and which count in a roll-up, where an indicator's value comes from
 * (entered / computed / override), ratios, the checks of a report, and the roll-up of a subtree.
 */
import { aggregate, type AggregationRule } from '../aggregation/aggregate.ts';
import { checkRules, type ValidationRule } from '../expressions/rules.ts';
import { roundTo } from '../math/round.ts';

// ------------------------------------------------------------------------------------------------
// Statuses

export type ReportStatusCode = 'draft' | 'submitted' | 'returned' | 'accepted';

export const REPORT_STATUS_NAMES_VI: Readonly<Record<ReportStatusCode, string>> = Object.freeze({
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
});

/** The statuses in which the reporting unit may still change its report. */
export const EDITABLE_REPORT_STATUSES: readonly ReportStatusCode[] = Object.freeze(['draft', 'returned']);

/** Whether a report has been sent upwards (submitted, or accepted since). */
export const isSent = (status: string | null | undefined): boolean =>
  status === 'submitted' || status === 'accepted';

/** The statuses whose reports count in a roll-up: accepted, and with `includeSubmitted` submitted too. */
export function rollupStatuses(includeSubmitted?: boolean): readonly ReportStatusCode[] {
  return includeSubmitted ? ['accepted', 'submitted'] : ['accepted'];
}

/** Whether a report with this status counts in a roll-up. */
export const countsInRollup = (status: string, includeSubmitted?: boolean): boolean =>
  (rollupStatuses(includeSubmitted) as readonly string[]).includes(status);

// ------------------------------------------------------------------------------------------------
// Value sources

export type ValueSourceCode = 'entered' | 'computed' | 'override';

export const VALUE_SOURCE_NAMES_VI: Readonly<Record<ValueSourceCode, string>> = Object.freeze({
  entered: 'Nhập tay',
  computed: 'Hệ thống tính',
  override: 'Đã điều chỉnh',
});

/** One stored value of an indicator in a report. */
export interface ReportValue {
  value: number | null;
  source: string;
  /** What the system computed (a figure provider or the roll-up); null for an entered value. */
  computedValue: number | null;
  /** Where the computed figure came from (provider key, 'rollup', 'ratio'); null when entered. */
  origin: string | null;
  overrideReason: string | null;
}

/** Whether a stored value carries a figure the system computed (computed, or overridden by the unit). */
export function hasComputedFigure(prev: ReportValue | null | undefined): prev is ReportValue {
  return !!prev && (prev.source === 'computed' || prev.source === 'override') && prev.origin !== null;
}

/** Whether entering `value` over `prev` departs from the system's figure, so that a reason is needed. */
export function isOverride(prev: ReportValue | null | undefined, value: number | null): boolean {
  return hasComputedFigure(prev) && value !== prev.computedValue;
}

/**
 * The value after the unit enters `value` over `prev`: different from a computed figure it is an
 * override and needs a reason (the given one, else the one already kept); equal to it, it is the
 * computed figure again; with no computed figure it is entered. `needsReason` when none is at hand.
 */
export function enteredValue(
  prev: ReportValue | null | undefined,
  value: number | null,
  reason?: string | null,
): { ok: true; value: ReportValue } | { ok: false; needsReason: true } {
  if (hasComputedFigure(prev)) {
    if (value !== prev.computedValue) {
      const why = reason?.trim() || (prev.source === 'override' ? prev.overrideReason : null);
      if (!why) return { ok: false, needsReason: true };
      return { ok: true, value: { ...prev, value, source: 'override', overrideReason: why } };
    }
    return { ok: true, value: { ...prev, value, source: 'computed', overrideReason: null } };
  }
  return {
    ok: true,
    value: { value, source: 'entered', computedValue: null, origin: null, overrideReason: null },
  };
}

/**
 * The value after the system (re)computes a figure: an override keeps the unit's value and reason and
 * only records the new computed figure; anything else takes the computed figure.
 */
export function computedValue(
  prev: ReportValue | null | undefined,
  value: number | null,
  origin: string,
): ReportValue {
  if (prev?.source === 'override') return { ...prev, computedValue: value, origin };
  return { value, source: 'computed', computedValue: value, origin, overrideReason: null };
}

// ------------------------------------------------------------------------------------------------
// Ratios and checks

/** numerator / denominator × 100, rounded to 2 decimals; null when either is missing or the denominator is 0. */
export function ratioOf(numerator: number | null | undefined, denominator: number | null | undefined) {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined)
    return null;
  if (denominator === 0) return null;
  return roundTo((numerator / denominator) * 100, 2);
}

/** What the report rules need to know of an indicator. */
export interface ReportIndicator {
  code: string;
  name: string;
  type: string;
  aggregation: AggregationRule | string;
  numerator?: string | null;
  denominator?: string | null;
  min?: number | null;
  max?: number | null;
}

/** Every ratio indicator of a report, computed from its numerator and denominator in the same report. */
export function reportRatios(
  indicators: readonly ReportIndicator[],
  values: Readonly<Record<string, number | null | undefined>>,
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const of = (code: string | null | undefined) => (code ? (values[code] ?? null) : null);
  for (const i of indicators)
    if (i.aggregation === 'ratio') out.set(i.code, ratioOf(of(i.numerator), of(i.denominator)));
  return out;
}

export interface ReportCheck {
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

/** The checks of a report: each indicator's type and range, then the template's rules; in Vietnamese. */
export function checkReportValues(
  indicators: readonly ReportIndicator[],
  rules: readonly ValidationRule[],
  values: Readonly<Record<string, number | null | undefined>>,
): ReportCheck[] {
  const out: ReportCheck[] = [];
  for (const i of indicators) {
    const v = values[i.code];
    if (v === null || v === undefined) continue;
    if (i.type === 'integer' && i.aggregation !== 'ratio' && !Number.isInteger(v))
      out.push({ code: `${i.code}.integer`, severity: 'error', message: `“${i.name}” phải là số nguyên.` });
    if (i.min !== null && i.min !== undefined && v < i.min)
      out.push({
        code: `${i.code}.min`,
        severity: 'error',
        message: `“${i.name}” không được nhỏ hơn ${i.min}.`,
      });
    if (i.max !== null && i.max !== undefined && v > i.max)
      out.push({
        code: `${i.code}.max`,
        severity: 'error',
        message: `“${i.name}” không được lớn hơn ${i.max}.`,
      });
  }
  for (const r of checkRules(rules, values))
    out.push({ code: r.code, message: r.message, severity: r.severity });
  return out;
}

/** The checks that block sending a report. */
export const blockingChecks = (checks: readonly ReportCheck[]) =>
  checks.filter((c) => c.severity === 'error');

// ------------------------------------------------------------------------------------------------
// Roll-up

/** One indicator of a roll-up: its rule's total over the counted reports, and how many had a value. */
export interface RollupFigure {
  code: string;
  aggregation: string;
  numeratorCode: string | null;
  denominatorCode: string | null;
  value: number | null;
  n: number;
}

/**
 * Finishes a roll-up whose plain totals are known: each ratio is the rolled-up numerator over the
 * rolled-up denominator (n: the fewer of their counts), averages are rounded to 2 decimals.
 */
export function completeRollup<T extends RollupFigure>(figures: T[]): T[] {
  const byCode = new Map(figures.map((x) => [x.code, x]));
  for (const x of figures) {
    if (x.aggregation !== 'ratio') continue;
    const n = x.numeratorCode ? byCode.get(x.numeratorCode) : undefined;
    const d = x.denominatorCode ? byCode.get(x.denominatorCode) : undefined;
    x.value = ratioOf(n?.value, d?.value);
    x.n = Math.min(n?.n ?? 0, d?.n ?? 0);
  }
  for (const x of figures) if (x.value !== null && x.aggregation === 'avg') x.value = roundTo(x.value, 2);
  return figures;
}

/** A report as the roll-up sees it. */
export interface RollupReport {
  status: string;
  /** When it was (last) submitted, ISO; orders 'last'. */
  submittedAt: string | null;
  values: Readonly<Record<string, number | null | undefined>>;
}

/**
 * The roll-up of reports (the reference the SQL roll-up must equal): the reports whose status counts,
 * each plain indicator aggregated by its rule over the values present ('last': the most recently
 * submitted, later in the list on a tie), then ratios and rounding as in completeRollup.
 */
export function rollupReports(
  indicators: readonly ReportIndicator[],
  reports: readonly RollupReport[],
  opts: { includeSubmitted?: boolean } = {},
): { figures: RollupFigure[]; reports: number } {
  const counted = reports.filter((r) => countsInRollup(r.status, opts.includeSubmitted));
  const figures = indicators.map((i): RollupFigure => {
    const base = {
      code: i.code,
      aggregation: String(i.aggregation),
      numeratorCode: i.aggregation === 'ratio' ? (i.numerator ?? null) : null,
      denominatorCode: i.aggregation === 'ratio' ? (i.denominator ?? null) : null,
    };
    if (i.aggregation === 'ratio') return { ...base, value: null, n: 0 };
    const items = counted.map((r) => ({ value: r.values[i.code] ?? null, at: r.submittedAt }));
    const n = items.filter((x) => x.value !== null).length;
    return { ...base, value: aggregate(i.aggregation as AggregationRule, items), n };
  });
  return { figures: completeRollup(figures), reports: counted.length };
}
