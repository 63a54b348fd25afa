/** An inspection: its team and findings, the list, the conclusion, and what the portal shows of it. */
import { z } from 'zod';
import { Id, Int, IsoDate, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { InspectionKind, InspectionMode, InspectionState } from './vocabulary.ts';
import { dateOrder, optionalText, required, somethingToChange, version } from './shared.ts';
import { InspectionRecommendation, InspectionViolation } from './findings.ts';

// ---------------------------------------------------------------------------------------------
// Outputs

export const InspectionTeamMember = z.object({ name: z.string(), role: z.string() });
export type InspectionTeamMember = z.infer<typeof InspectionTeamMember>;

export const Inspection = z.object({
  id: z.number().int(),
  /** The unit inspected. */
  unitId: z.number().int(),
  unitName: z.string(),
  /** The body that inspects (Thanh tra, the head of the body, the level above). */
  conductorUnitId: z.number().int(),
  conductorUnitName: z.string(),
  planItemId: z.number().int().nullable(),
  kind: InspectionKind,
  mode: InspectionMode,
  title: z.string(),
  decisionNumber: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  team: z.array(InspectionTeamMember),
  scope: z.string(),
  findings: z.string(),
  state: InspectionState,
  conclusionNumber: z.string(),
  conclusionDate: z.string().nullable(),
  conclusionText: z.string(),
  signerName: z.string(),
  signerPosition: z.string(),
  isPublic: z.boolean(),
  publicSummary: z.string(),
  violations: z.number().int(),
  recommendations: z.number().int(),
  recommendationsOpen: z.number().int(),
  recommendationsOverdue: z.number().int(),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({
    update: z.boolean(),
    conclude: z.boolean(),
    addViolation: z.boolean(),
    addRecommendation: z.boolean(),
    persons: z.boolean(),
  }),
});
export type Inspection = z.infer<typeof Inspection>;

export const InspectionDetail = Inspection.extend({
  violationList: z.array(InspectionViolation),
  recommendationList: z.array(InspectionRecommendation),
});
export type InspectionDetail = z.infer<typeof InspectionDetail>;

/** A concluded inspection marked public, as the portal shows it: no person's data. */
export interface PublicInspectionResult {
  id: number;
  unitId: number;
  unitName: string;
  conductorUnitName: string;
  kind: InspectionKind;
  title: string;
  startOn: string;
  endOn: string | null;
  conclusionNumber: string;
  conclusionDate: string | null;
  summary: string;
  violations: number;
  recommendations: number;
  recommendationsDone: number;
}

// ---------------------------------------------------------------------------------------------
// Inputs

const inspectionFilters = {
  q: Text(200, 'Từ khóa').optional(),
  kind: labelled(InspectionKind, 'Loại hình').optional(),
  mode: labelled(InspectionMode, 'Hình thức').optional(),
  state: labelled(InspectionState, 'Trạng thái').optional(),
  /** Inspections of this unit and of the units below it. */
  unitId: labelled(Id, 'Đơn vị được thanh tra, kiểm tra').optional(),
  year: Int(1990, 2100, 'Năm').optional(),
  /** Only those with a recommendation past its due date and not done. */
  overdue: labelled(
    z
      .enum(['true', 'false'], { message: 'Quá hạn: chỉ nhận true hoặc false' })
      .transform((v) => v === 'true'),
    'Có kiến nghị quá hạn',
  ).optional(),
};
export const InspectionQuery = PageQuery.extend(inspectionFilters);
export type InspectionQuery = z.infer<typeof InspectionQuery>;
export const InspectionExportQuery = z.object(inspectionFilters);
export type InspectionExportQuery = z.infer<typeof InspectionExportQuery>;

const team = labelled(
  z
    .array(
      z.object({
        name: required('Họ tên thành viên', 200),
        role: optionalText('Vai trò trong đoàn', 100).default(''),
      }),
    )
    .max(50, 'Tối đa 50 thành viên'),
  'Thành phần đoàn',
);

export const CreateInspection = z
  .object({
    unitId: labelled(Id, 'Đơn vị được thanh tra, kiểm tra'),
    conductorUnitId: labelled(Id, 'Cơ quan tiến hành'),
    planItemId: labelled(Id, 'Mục trong kế hoạch').nullable().default(null),
    kind: labelled(InspectionKind, 'Loại hình').default('check'),
    mode: labelled(InspectionMode, 'Hình thức').default('planned'),
    title: required('Tên cuộc thanh tra, kiểm tra', 500),
    decisionNumber: optionalText('Số quyết định thanh tra, kiểm tra', 100).default(''),
    startOn: labelled(IsoDate, 'Ngày bắt đầu'),
    endOn: labelled(IsoDate, 'Ngày kết thúc').nullable().default(null),
    team: team.default([]),
    scope: optionalText('Nội dung, phạm vi', 5_000).default(''),
    findings: optionalText('Kết quả, phát hiện', 20_000).default(''),
  })
  .refine(...dateOrder);
export type CreateInspection = z.input<typeof CreateInspection>;

export const UpdateInspection = z
  .object({
    kind: labelled(InspectionKind, 'Loại hình').optional(),
    mode: labelled(InspectionMode, 'Hình thức').optional(),
    title: required('Tên cuộc thanh tra, kiểm tra', 500).optional(),
    decisionNumber: optionalText('Số quyết định thanh tra, kiểm tra', 100).optional(),
    startOn: labelled(IsoDate, 'Ngày bắt đầu').optional(),
    endOn: labelled(IsoDate, 'Ngày kết thúc').nullable().optional(),
    team: team.optional(),
    scope: optionalText('Nội dung, phạm vi', 5_000).optional(),
    findings: optionalText('Kết quả, phát hiện', 20_000).optional(),
    isPublic: labelled(
      z.boolean({ error: 'Công khai: chỉ nhận true hoặc false' }),
      'Công khai kết quả',
    ).optional(),
    publicSummary: optionalText('Tóm tắt công khai', 5_000).optional(),
    expectedVersion: version,
  })
  .refine(...somethingToChange)
  .refine(...dateOrder);
export type UpdateInspection = z.infer<typeof UpdateInspection>;

export const ConcludeInspection = z.object({
  expectedVersion: version,
  conclusionNumber: required('Số kết luận', 100),
  conclusionDate: labelled(IsoDate, 'Ngày kết luận'),
  conclusionText: required('Nội dung kết luận', 20_000),
  signerName: required('Người ký', 200),
  signerPosition: required('Chức vụ người ký', 200),
  endOn: labelled(IsoDate, 'Ngày kết thúc').optional(),
  isPublic: labelled(
    z.boolean({ error: 'Công khai: chỉ nhận true hoặc false' }),
    'Công khai kết quả',
  ).default(false),
  publicSummary: optionalText('Tóm tắt công khai', 5_000).default(''),
});
export type ConcludeInspection = z.input<typeof ConcludeInspection>;
