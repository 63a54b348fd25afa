/**
 * The pure rules of scoring: totals of a criteria tree with a cap per group, classification by
 * bands given as data (each bound inclusive or exclusive), eligibility (a disqualifying fact blocks
 * the bands that require it), the cap on the top band as a share of the units classified at or above
 * a band, and ranking within a group (ties share a rank).
 */
import { roundTo } from '../math/round.ts';
import type { BandCode, CriterionKind, ScoredBy } from './vocab.ts';

// ---------------------------------------------------------------------------------------------
// The criteria tree

export interface Criterion {
  /** Unique within the set (e.g. '1.2'). */
  code: string;
  name: string;
  kind: CriterionKind;
  /** The most this criterion gives (a score or bonus) or takes off (a deduction); ≥ 0. */
  maxPoints: number;
  scoredBy: ScoredBy;
  guidance: string;
  evidenceRequired: string;
  /** The live measure that proposes a score (a proposer key of the server's registry), or null. */
  proposerKey: string | null;
}

export interface CriteriaGroup {
  code: string;
  name: string;
  /** The group's cap: its total (points + bonus − deductions) is clamped to [0, maxPoints]. */
  maxPoints: number;
  criteria: Criterion[];
}

export interface CriteriaContent {
  groups: CriteriaGroup[];
}

/** The highest total of a set: the sum of its groups' caps. */
export function maxTotal(content: CriteriaContent): number {
  return roundTo(
    content.groups.reduce((s, g) => s + g.maxPoints, 0),
    2,
  );
}

/** The points of the set's self-scored and superior-scored criteria (e.g. 90 + 10). */
export function pointsByScorer(content: CriteriaContent): Record<ScoredBy, number> {
  const out = { self: 0, superior: 0 };
  for (const g of content.groups)
    for (const c of g.criteria) if (c.kind === 'score') out[c.scoredBy] += c.maxPoints;
  return { self: roundTo(out.self, 2), superior: roundTo(out.superior, 2) };
}

/** What is wrong with a criteria tree, in Vietnamese (empty when it is sound). */
export function checkCriteriaContent(content: CriteriaContent): string[] {
  const errors: string[] = [];
  const codes = new Set<string>();
  const groupCodes = new Set<string>();
  if (content.groups.length === 0) errors.push('Bộ tiêu chí phải có ít nhất một nhóm tiêu chí.');
  for (const g of content.groups) {
    if (groupCodes.has(g.code)) errors.push(`Mã nhóm “${g.code}” bị trùng.`);
    groupCodes.add(g.code);
    if (g.criteria.length === 0) errors.push(`Nhóm “${g.code}” chưa có tiêu chí nào.`);
    const points = g.criteria.filter((c) => c.kind === 'score').reduce((s, c) => s + c.maxPoints, 0);
    if (roundTo(points, 2) < g.maxPoints)
      errors.push(
        `Nhóm “${g.code}”: tổng điểm chuẩn các tiêu chí (${roundTo(points, 2)}) nhỏ hơn điểm tối đa của nhóm (${g.maxPoints}).`,
      );
    for (const c of g.criteria) {
      if (codes.has(c.code)) errors.push(`Mã tiêu chí “${c.code}” bị trùng.`);
      codes.add(c.code);
    }
  }
  return errors;
}

/** Every criterion of the set, in order, with its group's code. */
export function flattenCriteria(content: CriteriaContent): (Criterion & { groupCode: string })[] {
  return content.groups.flatMap((g) => g.criteria.map((c) => ({ ...c, groupCode: g.code })));
}

/** A criterion's score kept within [0, maxPoints] (a deduction is the points taken off, ≥ 0). */
export function clampScore(c: Pick<Criterion, 'maxPoints'>, score: number): number {
  return roundTo(Math.min(Math.max(score, 0), c.maxPoints), 2);
}

export interface GroupTotal {
  code: string;
  maxPoints: number;
  points: number;
  bonus: number;
  deductions: number;
  /** min(cap, points + bonus) − deductions, never below 0. */
  total: number;
}

/**
 * The totals of a scored tree: per group min(cap, points + bonus) − deductions (at least 0), and the
 * sum of the groups. A missing score counts 0. The total never exceeds `maxTotal(content)`.
 */
export function totals(
  content: CriteriaContent,
  scores: ReadonlyMap<string, number | null | undefined> | Record<string, number | null | undefined>,
): { groups: GroupTotal[]; total: number; maxTotal: number } {
  const get = (code: string) =>
    scores instanceof Map ? scores.get(code) : (scores as Record<string, number | null | undefined>)[code];
  const groups = content.groups.map((g) => {
    let points = 0;
    let bonus = 0;
    let deductions = 0;
    for (const c of g.criteria) {
      const raw = get(c.code);
      const v = raw == null || !Number.isFinite(raw) ? 0 : clampScore(c, raw);
      if (c.kind === 'score') points += v;
      else if (c.kind === 'bonus') bonus += v;
      else deductions += v;
    }
    const total = roundTo(Math.max(0, Math.min(g.maxPoints, points + bonus) - deductions), 2);
    return {
      code: g.code,
      maxPoints: g.maxPoints,
      points: roundTo(points, 2),
      bonus: roundTo(bonus, 2),
      deductions: roundTo(deductions, 2),
      total,
    };
  });
  return {
    groups,
    total: roundTo(
      groups.reduce((s, g) => s + g.total, 0),
      2,
    ),
    maxTotal: maxTotal(content),
  };
}

// ---------------------------------------------------------------------------------------------
// Bands and caps as data

export interface Band {
  code: BandCode;
  /** Lower bound of the total, or null for no lower bound. */
  min: number | null;
  minInclusive: boolean;
  /** Upper bound of the total, or null for none. */
  max: number | null;
  maxInclusive: boolean;
  /** A unit with a disqualifying fact may not be classified in this band (it goes to the next one down). */
  requiresEligibility: boolean;
}

export interface BandCap {
  /** The band that is capped (xuất sắc). */
  band: BandCode;
  /** The most it may hold, in percent of the units classified at `ofBands` (e.g. 20). */
  percent: number;
  /** The bands counted as the base ("tốt trở lên": xuất sắc and tốt). */
  ofBands: BandCode[];
  /** Where a unit moved by the cap goes (tốt). */
  moveTo: BandCode;
}

export interface BandScheme {
  /** Highest band first. */
  bands: Band[];
  cap: BandCap | null;
}

/** Whether a total lies within a band's bounds. */
export function inBand(b: Band, total: number): boolean {
  if (b.min !== null && (b.minInclusive ? total < b.min : total <= b.min)) return false;
  if (b.max !== null && (b.maxInclusive ? total > b.max : total >= b.max)) return false;
  return true;
}

/** What is wrong with a band scheme (the bands must cover every total from 0 up without overlap). */
export function checkBandScheme(s: BandScheme, upTo = 100): string[] {
  const errors: string[] = [];
  if (s.bands.length === 0) errors.push('Phải có ít nhất một mức xếp loại.');
  const seen = new Set<string>();
  for (const b of s.bands) {
    if (seen.has(b.code)) errors.push(`Mức “${b.code}” bị trùng.`);
    seen.add(b.code);
  }
  // every total on a 0.05 grid (and the bounds themselves) falls into exactly one band
  const probes = new Set<number>();
  for (let i = 0; i <= upTo * 20; i++) probes.add(i / 20);
  for (const b of s.bands) for (const v of [b.min, b.max]) if (v !== null) probes.add(v);
  for (const t of probes) {
    if (t < 0 || t > upTo) continue;
    const n = s.bands.filter((b) => inBand(b, t)).length;
    if (n !== 1) {
      errors.push(
        n === 0 ? `Tổng điểm ${t} không thuộc mức xếp loại nào.` : `Tổng điểm ${t} thuộc nhiều mức xếp loại.`,
      );
      break;
    }
  }
  if (s.cap) {
    if (!seen.has(s.cap.band) || !seen.has(s.cap.moveTo))
      errors.push('Tỷ lệ khống chế phải chỉ đến các mức có trong thang.');
    if (s.cap.percent < 0 || s.cap.percent > 100) errors.push('Tỷ lệ khống chế phải từ 0 đến 100%.');
  }
  return errors;
}

/** The band of a total by score alone (the first band, highest first, whose bounds hold it). */
export function bandByScore(s: BandScheme, total: number): BandCode | null {
  return s.bands.find((b) => inBand(b, total))?.code ?? null;
}

/**
 * The band of a total with eligibility: a unit with a disqualifying fact is not classified in a band
 * that requires eligibility and goes to the next band down that does not.
 */
export function classify(s: BandScheme, total: number, disqualified: boolean): BandCode | null {
  const i = s.bands.findIndex((b) => inBand(b, total));
  if (i < 0) return null;
  if (!disqualified) return s.bands[i].code;
  for (let j = i; j < s.bands.length; j++) if (!s.bands[j].requiresEligibility) return s.bands[j].code;
  return s.bands[s.bands.length - 1].code;
}

export interface CapCandidate {
  unitId: number;
  unitCode: string;
  total: number;
  /** When the unit submitted (ISO timestamp): the earlier keeps the place on equal totals. */
  submittedAt: string;
  band: BandCode | null;
}

export interface CapOutcome {
  /** unitId → band after the cap. */
  bands: Map<number, BandCode | null>;
  /** Units counted at `ofBands` (before the cap; the cap moves units within that base). */
  base: number;
  /** How many may hold the capped band: floor(percent × base / 100). */
  allowed: number;
  /** Units that held the capped band before the cap. */
  before: number;
  /** Units moved down, in the order they lost their place, each with its place among the candidates. */
  moved: { unitId: number; place: number; total: number }[];
}

/**
 * The order of the capped band's candidates: the higher total first; on equal totals the earlier
 * submission; then the unit code (a stable last resort), so the outcome never depends on input order.
 */
export function capOrder(a: CapCandidate, b: CapCandidate): number {
  return (
    b.total - a.total ||
    (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0) ||
    (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0) ||
    a.unitId - b.unitId
  );
}

/** Applies the scheme's cap: the capped band's candidates beyond the allowed number move to `moveTo`. */
export function applyCap(cap: BandCap | null, units: CapCandidate[]): CapOutcome {
  const bands = new Map<number, BandCode | null>(units.map((u) => [u.unitId, u.band]));
  if (!cap) return { bands, base: 0, allowed: units.length, before: 0, moved: [] };
  const base = units.filter((u) => u.band !== null && cap.ofBands.includes(u.band)).length;
  const allowed = Math.floor((cap.percent * base) / 100 + 1e-9);
  const holders = units.filter((u) => u.band === cap.band).sort(capOrder);
  const moved = holders
    .slice(allowed)
    .map((u, i) => ({ unitId: u.unitId, place: allowed + i + 1, total: u.total }));
  for (const m of moved) bands.set(m.unitId, cap.moveTo);
  return { bands, base, allowed, before: holders.length, moved };
}

// ---------------------------------------------------------------------------------------------
// Ranking

/**
 * Ranks within a group by total, highest first; equal totals share a rank and the next rank skips
 * (1, 1, 3: standard competition ranking). Returns unitId → rank.
 */
export function rankByTotal(rows: { unitId: number; total: number }[]): Map<number, number> {
  const sorted = [...rows].sort((a, b) => b.total - a.total || a.unitId - b.unitId);
  const out = new Map<number, number>();
  let rank = 0;
  sorted.forEach((r, i) => {
    if (i === 0 || r.total !== sorted[i - 1].total) rank = i + 1;
    out.set(r.unitId, rank);
  });
  return out;
}

/**
 * Ranks the rows within each of several groups in one pass (a row may belong to several groups, or
 * none): the rows sorted once by total, highest first, then by `tieOrder`; each group takes its
 * members in that order, equal totals sharing a rank and the next rank skipping (as rankByTotal).
 * Returns group id → its members in rank order, each with its rank; every group of `groupIds` has an
 * entry (empty when no row belongs to it).
 */
export function rankInGroups<R extends { total: number }>(
  rows: readonly R[],
  groupIds: readonly number[],
  groupsOf: (r: R) => readonly number[],
  tieOrder: (a: R, b: R) => number,
): Map<number, { rank: number; row: R }[]> {
  const out = new Map<number, { rank: number; row: R }[]>(groupIds.map((g) => [g, []]));
  const sorted = [...rows].sort((a, b) => b.total - a.total || tieOrder(a, b));
  for (const row of sorted)
    for (const g of groupsOf(row)) {
      const members = out.get(g);
      if (!members) continue;
      const prev = members[members.length - 1];
      members.push({ rank: prev && prev.row.total === row.total ? prev.rank : members.length + 1, row });
    }
  return out;
}

/**
 * A proposed or self score must be explained when it departs from the proposal; the appraisal must
 * be explained when it departs from the unit's score.
 */
export function needsReason(given: number | null, reference: number | null): boolean {
  return given !== null && reference !== null && Math.abs(given - reference) > 1e-9;
}

/** Points in Vietnamese notation (87,5; 1.234,25). */
const POINTS_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export function formatPoints(n: number): string {
  return POINTS_FORMAT.format(n);
}
