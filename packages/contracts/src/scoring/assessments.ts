/**
 * The units' assessments: the self-assessment with proposed scores and evidence, the appraisal, the
 * unit's explanation and the decision.
 */
import { z } from 'zod';
import { Id, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { AssessmentState, BandCode, CriterionKind, ScoredBy } from './vocabulary.ts';
import { optionalText, Points, required, version } from './shared.ts';
import { EvidenceLink, Proposal } from './proposers.ts';

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
