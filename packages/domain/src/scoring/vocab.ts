/**
 * Scoring, appraisal and ranking of công tác dân vận chính quyền (DOMAIN.md part C; seeds 001 II.7
 * and III, 003 item 6). The vocabularies are defined here once: the contracts' enums and the web's
 * labels are built from them.
 */

type Labels<C extends string> = Readonly<Record<C, { vi: string; en: string }>>;

/** What a criterion does to its group's total: points earned, bonus points, or points taken off. */
export const CRITERION_KIND_CODES = ['score', 'bonus', 'deduction'] as const;
export type CriterionKind = (typeof CRITERION_KIND_CODES)[number];
export const CRITERION_KIND_LABELS: Labels<CriterionKind> = Object.freeze({
  score: { vi: 'Điểm chuẩn', en: 'Points' },
  bonus: { vi: 'Điểm thưởng', en: 'Bonus' },
  deduction: { vi: 'Điểm trừ', en: 'Deduction' },
});

/** Who scores a criterion: the unit itself, or the superior level (the coordinator's team). */
export const SCORED_BY_CODES = ['self', 'superior'] as const;
export type ScoredBy = (typeof SCORED_BY_CODES)[number];
export const SCORED_BY_LABELS: Labels<ScoredBy> = Object.freeze({
  self: { vi: 'Đơn vị tự chấm', en: 'Self-scored' },
  superior: { vi: 'Cấp trên chấm', en: 'Scored by the superior level' },
});

/** A criteria set: a draft may be edited in place; an issued set is frozen (an edit makes a new version). */
export const CRITERIA_SET_STATE_CODES = ['draft', 'issued', 'superseded'] as const;
export type CriteriaSetState = (typeof CRITERIA_SET_STATE_CODES)[number];
export const CRITERIA_SET_STATE_LABELS: Labels<CriteriaSetState> = Object.freeze({
  draft: { vi: 'Dự thảo', en: 'Draft' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
  superseded: { vi: 'Đã có phiên bản mới', en: 'Superseded' },
});

/** The year's round: prepared (draft), opened to the units (the set is issued to them), then published. */
export const ROUND_STATE_CODES = ['draft', 'open', 'published'] as const;
export type RoundState = (typeof ROUND_STATE_CODES)[number];
export const ROUND_STATE_LABELS: Labels<RoundState> = Object.freeze({
  draft: { vi: 'Đang chuẩn bị', en: 'Draft' },
  open: { vi: 'Đang chấm điểm, thẩm định', en: 'Open' },
  published: { vi: 'Đã công bố kết quả', en: 'Published' },
});

/**
 * A unit's assessment: drafted by the focal officer, submitted by the head, appraised by the team
 * (the adjustments are sent to the unit), explained by the unit (giải trình) within the window,
 * decided by the team.
 */
export const ASSESSMENT_STATE_CODES = ['draft', 'submitted', 'appraised', 'explained', 'decided'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATE_CODES)[number];
export const ASSESSMENT_STATE_LABELS: Labels<AssessmentState> = Object.freeze({
  draft: { vi: 'Đang tự chấm', en: 'Drafting' },
  submitted: { vi: 'Đã gửi, chờ thẩm định', en: 'Submitted' },
  appraised: { vi: 'Đã thẩm định, chờ giải trình', en: 'Appraised' },
  explained: { vi: 'Đơn vị đã giải trình', en: 'Explained' },
  decided: { vi: 'Đã có kết quả', en: 'Decided' },
});

/** The state of a unit in the round's compliance: not started is not an assessment state. */
export const SCORING_COMPLIANCE_CODES = ['not_started', ...ASSESSMENT_STATE_CODES] as const;
export type ScoringComplianceStatus = (typeof SCORING_COMPLIANCE_CODES)[number];
export const SCORING_COMPLIANCE_LABELS: Labels<ScoringComplianceStatus> = Object.freeze({
  not_started: { vi: 'Chưa tự chấm', en: 'Not started' },
  ...ASSESSMENT_STATE_LABELS,
});

/** Classification bands (NĐ 335/2025/NĐ-CP uses these four names). */
export const BAND_CODES = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
export type BandCode = (typeof BAND_CODES)[number];
export const BAND_LABELS: Labels<BandCode> = Object.freeze({
  xuat_sac: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  tot: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  hoan_thanh: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  khong_hoan_thanh: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
});

/** Audit action codes of the scoring module (labels in contracts/audit-labels.ts). */
export const SCORING_ACTION_CODES = [
  'scoring.set.create',
  'scoring.set.update',
  'scoring.set.version',
  'scoring.set.issue',
  'scoring.round.create',
  'scoring.round.update',
  'scoring.round.open',
  'scoring.round.publish',
  'scoring.round.propose',
  'scoring.assessment.open',
  'scoring.assessment.self_score',
  'scoring.assessment.propose',
  'scoring.assessment.submit',
  'scoring.assessment.appraise_item',
  'scoring.assessment.send_appraisal',
  'scoring.assessment.explain_item',
  'scoring.assessment.explain',
  'scoring.assessment.decide',
  'scoring.assessment.comment',
] as const;
