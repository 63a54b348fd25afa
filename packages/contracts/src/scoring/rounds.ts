/** The year's round of scoring: issues a criteria set to the units of the chosen groups. */
import { z } from 'zod';
import { Id, Int, IsoDate, PageQuery } from '../common.ts';
import { labelled } from '../labels.ts';
import { RoundState, ScoringComplianceStatus } from './vocabulary.ts';
import { optionalText, required, version } from './shared.ts';

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
