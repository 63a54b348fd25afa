/**
 * Citizen reception (tiếp công dân, Luật Tiếp công dân 2013, amended by Luật 136/2025/QH15 from
 * 1/7/2026): the closed lists of the reception log and the schedules, defined once here; the contracts
 * turn them into enums and give each its Vietnamese and English label.
 */
import { ruleInForce, type TimeLimitRule } from '../legal/time-limits.ts';
import type { UnitKind } from '../org/unit-kinds.ts';
import { compareIsoDate } from '../time/calendar.ts';

/** Kinds of a reception (loại tiếp): regular (thường xuyên), periodic by the head (định kỳ), ad hoc (đột xuất). */
export const RECEPTION_KINDS = ['regular', 'periodic_head', 'ad_hoc'] as const;
export type ReceptionKind = (typeof RECEPTION_KINDS)[number];

export const RECEPTION_KIND_NAMES_VI: Readonly<Record<ReceptionKind, string>> = Object.freeze({
  regular: 'Tiếp thường xuyên',
  periodic_head: 'Tiếp định kỳ của người đứng đầu',
  ad_hoc: 'Tiếp đột xuất',
});

/** What a schedule plans: the regular reception days, or the head's periodic days. */
export const SCHEDULE_KINDS = ['regular', 'periodic_head'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/*
 * The field (lĩnh vực) of what a visitor raises is the petitions' field (PETITION_FIELDS and
 * PETITION_FIELD_LABELS of petitions/vocabulary.ts): one vocabulary for the reception log and the
 * petitions, so a petition created from a visit keeps the visit's field as it is.
 */

/**
 * What was done at the visit (kết quả tiếp): answered and explained on the spot, guided to the
 * competent body, a petition received, or the reception refused (Điều 9 Luật Tiếp công dân 2013:
 * the reason is then required).
 */
export const RECEPTION_OUTCOMES = ['answered', 'guided', 'petition_received', 'refused'] as const;
export type ReceptionOutcome = (typeof RECEPTION_OUTCOMES)[number];

export const RECEPTION_OUTCOME_NAMES_VI: Readonly<Record<ReceptionOutcome, string>> = Object.freeze({
  answered: 'Trả lời, giải thích trực tiếp',
  guided: 'Hướng dẫn đến cơ quan có thẩm quyền',
  petition_received: 'Tiếp nhận đơn',
  refused: 'Từ chối tiếp',
});

/**
 * A delegation of at least this many people is a mass delegation (đoàn đông người): from 5 people on,
 * they must send representatives (Điều 30 khoản 1 Luật Tiếp công dân 2013: "từ 05 đến 10 người thì cử
 * 01 hoặc 02 người đại diện").
 */
export const MASS_DELEGATION_MIN_VISITORS = 5;

/** Whether a visit by `visitors` people is a mass delegation (đoàn đông người). */
export function isMassDelegation(visitors: number): boolean {
  return Number.isFinite(visitors) && visitors >= MASS_DELEGATION_MIN_VISITORS;
}

/**
 * The rule of the legal register (packages/domain/src/legal/seed-rules.ts) that sets the minimum
 * number of days the head of a unit of this kind receives citizens in person. Kinds absent here
 * (the Front, mass organisations, the Party's committee, councils, enterprises) have no such minimum.
 */
export const HEAD_RECEPTION_RULE_BY_KIND: Readonly<Partial<Record<UnitKind, string>>> = Object.freeze({
  province: 'tiep_cong_dan.chu_tich_tinh',
  district: 'tiep_cong_dan.chu_tich_huyen',
  commune: 'tiep_cong_dan.chu_tich_xa',
  ministry: 'tiep_cong_dan.thu_truong_co_quan',
  department: 'tiep_cong_dan.thu_truong_co_quan',
  public_service: 'tiep_cong_dan.thu_truong_don_vi_su_nghiep',
});

/** The unit kinds whose head has a minimum of reception days. */
export const HEAD_RECEPTION_KINDS: readonly UnitKind[] = Object.freeze(
  Object.keys(HEAD_RECEPTION_RULE_BY_KIND) as UnitKind[],
);

/** The rule code of the head's minimum for a unit kind, or null when the kind has none. */
export function headReceptionRuleCode(kind: string): string | null {
  return (HEAD_RECEPTION_RULE_BY_KIND as Record<string, string | undefined>)[kind] ?? null;
}

/**
 * The rule of the legal register under which a deputy's reception on the head's behalf (cấp phó được
 * ủy quyền) counts towards the head's minimum: while a version of it is in force on the day of the
 * reception (the seed: Luật Tiếp công dân 2013 until 30/6/2026; Luật 136/2025/QH15, in
 * force from 1/7/2026, no longer lets the head delegate reception to a deputy).
 */
export const DEPUTY_RECEPTION_RULE = 'tiep_cong_dan.cap_pho_tiep_thay';
export const DEPUTY_RECEPTION_BASIS =
  'Luật 136/2025/QH15 sửa đổi Luật Tiếp công dân (hiệu lực từ 01/7/2026): người đứng đầu không được ủy quyền cho cấp phó tiếp công dân thay';

/** Whether a deputy's reception on the head's behalf on `date` counts, by the register's rule. */
export function deputyReceptionCounts(date: string, rules: readonly TimeLimitRule[]): boolean {
  return ruleInForce(rules, DEPUTY_RECEPTION_RULE, date) !== null;
}

/**
 * The last day a deputy's reception counts: the end of the rule's latest version, or null when the
 * register has none or the latest has no end.
 */
export function deputyReceptionCountsUntil(rules: readonly TimeLimitRule[]): string | null {
  const versions = rules
    .filter((r) => r.code === DEPUTY_RECEPTION_RULE)
    .sort((a, b) => compareIsoDate(a.effectiveFrom, b.effectiveFrom));
  return versions.at(-1)?.effectiveTo ?? null;
}

/**
 * Online reception (tiếp công dân trực tuyến) is a form of reception from 1/7/2026 (Luật 136/2025/QH15;
 * Nghị định 154/2026/NĐ-CP): the session is announced in advance and recorded.
 */
export const ONLINE_RECEPTION_FROM = '2026-07-01';
