/**
 * Scoring, appraisal and ranking (DOMAIN.md part C): criteria sets per year as data (versioned,
 * frozen once used), band schemes with caps, the year's round, the units' self-assessments with
 * proposed scores from live data and evidence, the appraisal, the unit's explanation, the decision,
 * the ranking per unit group and its documents. The vocabularies come from packages/domain (scoring).
 */
import { z } from 'zod';
import {
  ASSESSMENT_STATE_CODES,
  ASSESSMENT_STATE_LABELS,
  BAND_CODES,
  BAND_LABELS,
  CRITERIA_SET_STATE_CODES,
  CRITERIA_SET_STATE_LABELS,
  CRITERION_KIND_CODES,
  CRITERION_KIND_LABELS,
  ROUND_STATE_CODES,
  ROUND_STATE_LABELS,
  SCORED_BY_CODES,
  SCORED_BY_LABELS,
  SCORING_COMPLIANCE_CODES,
  SCORING_COMPLIANCE_LABELS,
} from '@danvan/domain';
import { BodyInt, Id, INT4_MAX, Int, IsoDate, Key, PageQuery, Text } from './common.ts';
import { formatCount, labelled } from './labels.ts';

export {
  ASSESSMENT_STATE_CODES,
  ASSESSMENT_STATE_LABELS,
  BAND_CODES,
  BAND_LABELS,
  CRITERIA_SET_STATE_CODES,
  CRITERIA_SET_STATE_LABELS,
  CRITERION_KIND_CODES,
  CRITERION_KIND_LABELS,
  ROUND_STATE_CODES,
  ROUND_STATE_LABELS,
  SCORED_BY_CODES,
  SCORED_BY_LABELS,
  SCORING_COMPLIANCE_CODES,
  SCORING_COMPLIANCE_LABELS,
};

const pick = (what: string) => ({ message: `${what} không hợp lệ, hãy chọn trong danh sách` });
export const CriterionKind = z.enum(CRITERION_KIND_CODES, pick('Loại tiêu chí'));
export const ScoredBy = z.enum(SCORED_BY_CODES, pick('Bên chấm'));
export const CriteriaSetState = z.enum(CRITERIA_SET_STATE_CODES, pick('Trạng thái bộ tiêu chí'));
export const RoundState = z.enum(ROUND_STATE_CODES, pick('Trạng thái đợt'));
export const AssessmentState = z.enum(ASSESSMENT_STATE_CODES, pick('Trạng thái'));
export type AssessmentState = z.infer<typeof AssessmentState>;
export const BandCode = z.enum(BAND_CODES, pick('Mức xếp loại'));
export type BandCode = z.infer<typeof BandCode>;
export const ScoringComplianceStatus = z.enum(SCORING_COMPLIANCE_CODES, pick('Tình trạng'));

const required = (label: string, max: number) =>
  labelled(
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .trim()
      .min(1, `${label} không được để trống`)
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
const optionalText = (label: string, max: number) => labelled(Text(max, label), label);
const version = labelled(BodyInt(1, INT4_MAX, 'Phiên bản'), 'Phiên bản');
/** Points: a finite number from 0 to `max`, at most two decimals (0,25 and 0,5 are common steps). */
export const Points = (label: string, max = 1000) =>
  labelled(
    z
      .number({ error: `${label} phải là một số` })
      .finite(`${label} phải là một số`)
      .min(0, `${label} không được âm`)
      .max(max, `${label}: tối đa ${formatCount(max)}`)
      .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, `${label}: tối đa hai chữ số thập phân`),
    label,
  );

// ---------------------------------------------------------------------------------------------
// The criteria tree (input and output share it)

export const CriterionInput = z.object({
  code: Key(20, 'Mã tiêu chí'),
  name: required('Tên tiêu chí', 2_000),
  kind: labelled(CriterionKind, 'Loại tiêu chí').default('score'),
  maxPoints: Points('Điểm tối đa của tiêu chí', 100),
  scoredBy: labelled(ScoredBy, 'Bên chấm').default('self'),
  guidance: optionalText('Hướng dẫn chấm', 5_000).default(''),
  evidenceRequired: optionalText('Tài liệu kiểm chứng', 2_000).default(''),
  /** A key of GET /scoring/proposers, or null. */
  proposerKey: labelled(Key(80, 'Số liệu đề xuất điểm'), 'Số liệu đề xuất điểm').nullable().default(null),
});
export type CriterionInput = z.infer<typeof CriterionInput>;

export const CriteriaGroupInput = z.object({
  code: Key(20, 'Mã nhóm tiêu chí'),
  name: required('Tên nhóm tiêu chí', 1_000),
  maxPoints: Points('Điểm tối đa của nhóm', 1000),
  criteria: labelled(
    z.array(CriterionInput).min(1, 'Nhóm phải có ít nhất một tiêu chí').max(200, 'Tối đa 200 tiêu chí'),
    'Các tiêu chí của nhóm',
  ),
});
export const CriteriaContentInput = z.object({
  groups: labelled(
    z.array(CriteriaGroupInput).min(1, 'Phải có ít nhất một nhóm tiêu chí').max(50, 'Tối đa 50 nhóm'),
    'Các nhóm tiêu chí',
  ),
});
export type CriteriaContentInput = z.infer<typeof CriteriaContentInput>;

export const CriterionOut = z.object({
  code: z.string(),
  name: z.string(),
  kind: CriterionKind,
  maxPoints: z.number(),
  scoredBy: ScoredBy,
  guidance: z.string(),
  evidenceRequired: z.string(),
  proposerKey: z.string().nullable(),
});
export const CriteriaGroupOut = z.object({
  code: z.string(),
  name: z.string(),
  maxPoints: z.number(),
  criteria: z.array(CriterionOut),
});
export const CriteriaContent = z.object({ groups: z.array(CriteriaGroupOut) });
export type CriteriaContent = z.infer<typeof CriteriaContent>;

// ---------------------------------------------------------------------------------------------
// Band schemes (reference data: seeded, read-only through the API)

export const BandOut = z.object({
  code: BandCode,
  label: z.string(),
  min: z.number().nullable(),
  minInclusive: z.boolean(),
  max: z.number().nullable(),
  maxInclusive: z.boolean(),
  requiresEligibility: z.boolean(),
});
export const BandCapOut = z.object({
  band: BandCode,
  percent: z.number(),
  ofBands: z.array(BandCode),
  moveTo: BandCode,
});
export const BandScheme = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  bands: z.array(BandOut),
  cap: BandCapOut.nullable(),
  basis: z.string(),
  needsCheck: z.boolean(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
});
export type BandScheme = z.infer<typeof BandScheme>;

// ---------------------------------------------------------------------------------------------
// Criteria sets

export const CriteriaSetSummary = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  name: z.string(),
  state: CriteriaSetState,
  /** The version number of this set within its lineage (1, 2 …). */
  setVersion: z.number().int(),
  previousVersionId: z.number().int().nullable(),
  bandSchemeId: z.number().int(),
  bandSchemeName: z.string(),
  basis: z.string(),
  needsCheck: z.boolean(),
  maxTotal: z.number(),
  selfPoints: z.number(),
  superiorPoints: z.number(),
  criteriaCount: z.number().int(),
  /** Set when a self-assessment first used the set: from then on it is frozen. */
  usedAt: z.string().nullable(),
  /** The row version for conditional updates. */
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), issue: z.boolean() }),
});
export type CriteriaSetSummary = z.infer<typeof CriteriaSetSummary>;
export const CriteriaSet = CriteriaSetSummary.extend({ content: CriteriaContent });
export type CriteriaSet = z.infer<typeof CriteriaSet>;

export const CriteriaSetQuery = PageQuery.extend({
  year: Int(1990, 2100, 'Năm').optional(),
  state: labelled(CriteriaSetState, 'Trạng thái').optional(),
});
export type CriteriaSetQuery = z.infer<typeof CriteriaSetQuery>;

export const CreateCriteriaSet = z.object({
  /** The issuing unit (the coordinator's province). */
  unitId: labelled(Id, 'Đơn vị ban hành'),
  year: Int(1990, 2100, 'Năm'),
  name: required('Tên bộ tiêu chí', 500),
  bandSchemeId: labelled(Id, 'Thang xếp loại'),
  basis: optionalText('Căn cứ pháp lý', 2_000).default(''),
  needsCheck: labelled(
    z.boolean({ error: 'Cần kiểm tra: chỉ nhận true hoặc false' }),
    'Cần kiểm tra',
  ).default(false),
  content: labelled(CriteriaContentInput, 'Các nhóm tiêu chí'),
});
export type CreateCriteriaSet = z.infer<typeof CreateCriteriaSet>;

/**
 * Edit a set. A draft or an issued set that no self-assessment used yet changes in place; once used
 * (usedAt set) the edit makes a new version (a new id, previousVersionId = this one) and this one
 * becomes 'superseded'. Rounds keep the version they were opened with.
 */
export const UpdateCriteriaSet = z
  .object({
    version,
    name: required('Tên bộ tiêu chí', 500).optional(),
    bandSchemeId: labelled(Id, 'Thang xếp loại').optional(),
    basis: optionalText('Căn cứ pháp lý', 2_000).optional(),
    needsCheck: labelled(
      z.boolean({ error: 'Cần kiểm tra: chỉ nhận true hoặc false' }),
      'Cần kiểm tra',
    ).optional(),
    content: labelled(CriteriaContentInput, 'Các nhóm tiêu chí').optional(),
  })
  .refine((v) => Object.entries(v).some(([k, x]) => k !== 'version' && x !== undefined), {
    message: 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.',
  });
export type UpdateCriteriaSet = z.infer<typeof UpdateCriteriaSet>;

export const VersionBody = z.object({ version });
export type VersionBody = z.infer<typeof VersionBody>;

// ---------------------------------------------------------------------------------------------
// Rounds (the year's scoring: issues a set to the units of the chosen groups)

export const UnitGroupRef = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const Round = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  name: z.string(),
  setId: z.number().int(),
  setName: z.string(),
  bandSchemeId: z.number().int(),
  bandSchemeName: z.string(),
  /** The unit groups taking part; a unit is ranked within each of its groups. */
  groups: z.array(UnitGroupRef),
  submitDeadline: z.string(),
  /** Calendar days the unit has to explain (giải trình) after the appraisal is sent to it. */
  explainDays: z.number().int(),
  state: RoundState,
  publishedAt: z.string().nullable(),
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  signerName: z.string(),
  signerPosition: z.string(),
  /** Counts over the round's participants. */
  counts: z.object({
    participants: z.number().int(),
    notStarted: z.number().int(),
    draft: z.number().int(),
    submitted: z.number().int(),
    appraised: z.number().int(),
    explained: z.number().int(),
    decided: z.number().int(),
  }),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  can: z.object({
    update: z.boolean(),
    open: z.boolean(),
    publish: z.boolean(),
    decisionDocx: z.boolean(),
    /** Refresh the proposed scores of every draft of the round (the coordinator's team, while open). */
    propose: z.boolean(),
  }),
});
export type Round = z.infer<typeof Round>;

/** What proposing the scores of a whole round did (POST /rounds/:id/propose). */
export const RoundProposeResult = z.object({
  round: Round,
  /** Units whose draft self-assessment got its proposals refreshed (submitted ones are left as they are). */
  units: z.number().int(),
  /** Criteria of the set that point at live data. */
  criteria: z.number().int(),
  /** Proposals written (a unit × a criterion with an answer from its measure). */
  proposals: z.number().int(),
  /** Of those, the ones where the system holds no data for the unit (no score). */
  noData: z.number().int(),
  /** Self scores that followed the new proposal (those the unit changed with a reason stay). */
  changed: z.number().int(),
});
export type RoundProposeResult = z.infer<typeof RoundProposeResult>;

export const RoundQuery = PageQuery.extend({
  year: Int(1990, 2100, 'Năm').optional(),
  state: labelled(RoundState, 'Trạng thái').optional(),
});
export type RoundQuery = z.infer<typeof RoundQuery>;

export const CreateRound = z.object({
  unitId: labelled(Id, 'Đơn vị tổ chức chấm điểm'),
  year: Int(1990, 2100, 'Năm'),
  name: required('Tên đợt chấm điểm', 500),
  setId: labelled(Id, 'Bộ tiêu chí'),
  groupIds: labelled(
    z.array(Id).min(1, 'Chọn ít nhất một khối đơn vị').max(50, 'Tối đa 50 khối'),
    'Khối đơn vị',
  ),
  submitDeadline: labelled(IsoDate, 'Hạn gửi tự chấm'),
  explainDays: Int(0, 90, 'Số ngày giải trình').default(5),
});
export type CreateRound = z.infer<typeof CreateRound>;

export const UpdateRound = z
  .object({
    version,
    name: required('Tên đợt chấm điểm', 500).optional(),
    submitDeadline: labelled(IsoDate, 'Hạn gửi tự chấm').optional(),
    explainDays: Int(0, 90, 'Số ngày giải trình').optional(),
    decisionNumber: optionalText('Số quyết định', 100).optional(),
    decisionDate: labelled(IsoDate, 'Ngày quyết định').nullable().optional(),
    signerName: optionalText('Người ký', 200).optional(),
    signerPosition: optionalText('Chức vụ người ký', 200).optional(),
  })
  .refine((v) => Object.entries(v).some(([k, x]) => k !== 'version' && x !== undefined), {
    message: 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.',
  });
export type UpdateRound = z.infer<typeof UpdateRound>;

export const RoundComplianceRow = z.object({
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  groupNames: z.array(z.string()),
  status: ScoringComplianceStatus,
  assessmentId: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  /** Submitted after the deadline, or not submitted and the deadline has passed. */
  late: z.boolean(),
});
export type RoundComplianceRow = z.infer<typeof RoundComplianceRow>;

// ---------------------------------------------------------------------------------------------
// Proposers (live measures that propose a score)

export const Proposer = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  /** False while the module that answers it is not built yet (its criteria get no proposal). */
  available: z.boolean(),
});
export type Proposer = z.infer<typeof Proposer>;

export const EvidenceLink = z.object({
  /** A route path of the web app (e.g. '/plans?unitId=12'), or an https:// address. */
  path: z.string(),
  label: z.string(),
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

export const Proposal = z.object({
  key: z.string(),
  /** Null: the system holds no data for the unit on this criterion (said so in the description). */
  score: z.number().nullable(),
  /** The measured facts, in Vietnamese (e.g. 'Đúng hạn 18/20 nhiệm vụ'). */
  description: z.string(),
  /** The figures behind the score (e.g. { due: 20, onTime: 18 }). */
  figures: z.record(z.string(), z.number()).optional(),
  evidence: EvidenceLink,
  computedAt: z.string(),
});
export type Proposal = z.infer<typeof Proposal>;

// ---------------------------------------------------------------------------------------------
// Assessments

export const AssessmentItem = z.object({
  id: z.number().int(),
  criterionCode: z.string(),
  name: z.string(),
  kind: CriterionKind,
  scoredBy: ScoredBy,
  maxPoints: z.number(),
  guidance: z.string(),
  evidenceRequired: z.string(),
  proposal: Proposal.nullable(),
  selfScore: z.number().nullable(),
  /** Why the unit's score departs from the proposal (required when it does). */
  selfReason: z.string(),
  /** The self score equals the proposal (shown as "đề xuất từ số liệu"). */
  selfFromProposal: z.boolean(),
  evidenceLinks: z.array(EvidenceLink),
  /** Evidence files go through the files routes: entity 'scoring_item', entityId = this item's id. */
  appraisedScore: z.number().nullable(),
  appraisalComment: z.string(),
  explanation: z.string(),
  finalScore: z.number().nullable(),
  decisionComment: z.string(),
});
export type AssessmentItem = z.infer<typeof AssessmentItem>;

export const AssessmentGroup = z.object({
  code: z.string(),
  name: z.string(),
  maxPoints: z.number(),
  selfTotal: z.number(),
  appraisedTotal: z.number().nullable(),
  finalTotal: z.number().nullable(),
  items: z.array(AssessmentItem),
});

export const AssessmentComment = z.object({
  id: z.number().int(),
  authorName: z.string(),
  authorUnitName: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type AssessmentComment = z.infer<typeof AssessmentComment>;

export const AssessmentCan = z.object({
  /** Score criteria, add evidence, refresh proposals (focal officer, while a draft). */
  draft: z.boolean(),
  submit: z.boolean(),
  /** Adjust criteria and send the appraisal to the unit (the coordinator's team). */
  appraise: z.boolean(),
  sendAppraisal: z.boolean(),
  /** Write explanations (while appraised and within the window) and send them. */
  explain: z.boolean(),
  sendExplanation: z.boolean(),
  decide: z.boolean(),
  comment: z.boolean(),
});

export const AssessmentSummary = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  roundName: z.string(),
  year: z.number().int(),
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  state: AssessmentState,
  selfTotal: z.number(),
  appraisedTotal: z.number().nullable(),
  finalTotal: z.number().nullable(),
  maxTotal: z.number(),
  /** The band of the final total (with eligibility, before the cap). */
  band: BandCode.nullable(),
  submittedAt: z.string().nullable(),
  submitDeadline: z.string(),
  late: z.boolean(),
  appraisedAt: z.string().nullable(),
  /** The last day of the explanation window (dd inclusive), once the appraisal is sent. */
  explainUntil: z.string().nullable(),
  decidedAt: z.string().nullable(),
  disqualified: z.boolean(),
  disqualifyReason: z.string(),
  version: z.number().int(),
  isDemo: z.boolean(),
  can: AssessmentCan,
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const AssessmentDetail = AssessmentSummary.extend({
  setId: z.number().int(),
  setName: z.string(),
  groups: z.array(AssessmentGroup),
  comments: z.array(AssessmentComment),
});
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;

export const AssessmentQuery = PageQuery.extend({
  roundId: labelled(Id, 'Đợt chấm điểm').optional(),
  /** The assessments of this unit and of the units below it. */
  unitId: labelled(Id, 'Đơn vị').optional(),
  state: labelled(AssessmentState, 'Trạng thái').optional(),
  q: Text(200, 'Từ khóa').optional(),
});
export type AssessmentQuery = z.infer<typeof AssessmentQuery>;

/** Open the unit's self-assessment of a round: its items with proposals from live data. */
export const OpenAssessment = z.object({
  roundId: labelled(Id, 'Đợt chấm điểm'),
  unitId: labelled(Id, 'Đơn vị'),
});
export type OpenAssessment = z.infer<typeof OpenAssessment>;

export const ItemParams = z.object({
  id: labelled(Id, 'Mã bản chấm điểm'),
  itemId: labelled(Id, 'Mã tiêu chí trong bản chấm'),
});

const EvidenceLinkInput = z.object({
  path: required('Đường dẫn tài liệu kiểm chứng', 1_000),
  label: required('Tên tài liệu kiểm chứng', 500),
});

/** The unit's score of one criterion (scoring:draft, while a draft). */
export const SelfScoreItem = z.object({
  version,
  selfScore: Points('Điểm tự chấm', 100).nullable().optional(),
  selfReason: optionalText('Lý do điều chỉnh điểm đề xuất', 2_000).optional(),
  evidenceLinks: labelled(
    z.array(EvidenceLinkInput).max(50, 'Tối đa 50 tài liệu'),
    'Tài liệu kiểm chứng',
  ).optional(),
});
export type SelfScoreItem = z.infer<typeof SelfScoreItem>;

/** The team's score of one criterion (scoring:appraise, while submitted). */
export const AppraiseItem = z.object({
  version,
  appraisedScore: Points('Điểm thẩm định', 100),
  comment: optionalText('Nhận xét thẩm định', 2_000).default(''),
});
export type AppraiseItem = z.infer<typeof AppraiseItem>;

/** The unit's explanation of one adjusted criterion (scoring:draft, while appraised, within the window). */
export const ExplainItem = z.object({
  version,
  explanation: optionalText('Nội dung giải trình', 5_000),
});
export type ExplainItem = z.infer<typeof ExplainItem>;

/** The team's decision (scoring:appraise, once explained or the window has closed). */
export const DecideAssessment = z.object({
  version,
  items: labelled(
    z
      .array(
        z.object({
          itemId: labelled(Id, 'Mã tiêu chí trong bản chấm'),
          finalScore: Points('Điểm kết quả', 100),
          comment: optionalText('Ý kiến kết luận', 2_000).default(''),
        }),
      )
      .max(500, 'Tối đa 500 tiêu chí'),
    'Điểm kết quả',
  ).default([]),
  disqualified: labelled(
    z.boolean({ error: 'Không đủ điều kiện: chỉ nhận true hoặc false' }),
    'Không đủ điều kiện xếp loại',
  ).default(false),
  disqualifyReason: optionalText('Lý do không đủ điều kiện', 2_000).default(''),
});
export type DecideAssessment = z.infer<typeof DecideAssessment>;

export const CreateAssessmentComment = z.object({ text: required('Ý kiến', 5_000) });
export type CreateAssessmentComment = z.infer<typeof CreateAssessmentComment>;

// ---------------------------------------------------------------------------------------------
// Ranking

export const RankingRow = z.object({
  rank: z.number().int(),
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  assessmentId: z.number().int(),
  total: z.number(),
  maxTotal: z.number(),
  /** The band of the total alone. */
  bandByScore: BandCode.nullable(),
  /** The band after eligibility and the cap. */
  band: BandCode.nullable(),
  disqualified: z.boolean(),
  capApplied: z.boolean(),
  /** Why the band differs from the score's (eligibility or the cap), in Vietnamese; '' otherwise. */
  note: z.string(),
});
export type RankingRow = z.infer<typeof RankingRow>;

export const RankingGroup = z.object({
  groupId: z.number().int(),
  groupCode: z.string(),
  groupName: z.string(),
  rows: z.array(RankingRow),
});

export const Ranking = z.object({
  roundId: z.number().int(),
  published: z.boolean(),
  bandScheme: BandScheme,
  groups: z.array(RankingGroup),
  cap: z
    .object({
      percent: z.number(),
      /** Units classified at the cap's base bands (tốt trở lên). */
      base: z.number().int(),
      allowed: z.number().int(),
      before: z.number().int(),
      moved: z.array(
        z.object({
          unitId: z.number().int(),
          unitName: z.string(),
          total: z.number(),
          place: z.number().int(),
          reason: z.string(),
        }),
      ),
    })
    .nullable(),
  /** Counts per band after the cap, over the decided units. */
  bandCounts: z.record(z.string(), z.number().int()),
});
export type Ranking = z.infer<typeof Ranking>;

export const RankingQuery = z.object({ groupId: labelled(Id, 'Khối đơn vị').optional() });
export type RankingQuery = z.infer<typeof RankingQuery>;

export const PublishRound = z.object({
  version,
  decisionNumber: optionalText('Số quyết định', 100).default(''),
  decisionDate: labelled(IsoDate, 'Ngày quyết định').nullable().default(null),
});
export type PublishRound = z.infer<typeof PublishRound>;
