/**
 * Inspections of public duty (thanh tra, kiểm tra công vụ; DOMAIN.md G.2; seeds 000 3c–3d, 001 II.7,
 * 002 item 6; outline 004 III.6): the vocabularies (defined here once; the contracts' enums and the
 * web's labels come from them), the rules of conduct a violation is recorded against and the
 * disciplinary sanctions, as data rows with their legal basis, and the pure rules: recommendation
 * states and overdue, the plan's compliance (planned against done).
 *
 * The rule and sanction rows were written in 2026 from these texts; every row whose exact article
 * could not be confirmed against the official text is marked `needsCheck` ("cần kiểm tra"):
 * - Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án Văn hóa công
 *   vụ: the four contents of văn hóa công vụ (tinh thần, thái độ làm việc; chuẩn mực giao tiếp, ứng
 *   xử; chuẩn mực đạo đức, lối sống; trang phục). The item numbering inside the Đề án is cần kiểm tra.
 * - Quyết định số 129/2007/QĐ-TTg ngày 02/8/2007 ban hành Quy chế văn hóa công sở (trang phục, thẻ
 *   công chức, giao tiếp và ứng xử).
 * - Luật Cán bộ, công chức 2008 (sửa đổi 2019), Điều 15–18 (đạo đức, văn hóa giao tiếp ở công sở và
 *   với Nhân dân, những việc không được làm); replaced from 01/7/2025 by Luật Cán bộ, công chức số
 *   80/2025/QH15 (article numbers of the new law: cần kiểm tra).
 * - Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 về xử lý kỷ luật cán bộ, công chức, viên chức (sửa đổi
 *   bởi Nghị định số 71/2023/NĐ-CP): the disciplinary forms per kind of person (Điều 7 for cán bộ, công
 *   chức, Điều 15 for viên chức: cần kiểm tra); reported replaced for cán bộ, công chức by Nghị định
 *   số 172/2025/NĐ-CP from 01/7/2025 (cần kiểm tra).
 */

type Labels<C extends string> = Readonly<Record<C, { vi: string; en: string }>>;

/** Thanh tra (by an inspectorate) or kiểm tra (by the body's head or the level above). */
export const INSPECTION_KIND_CODES = ['inspection', 'check'] as const;
export type InspectionKind = (typeof INSPECTION_KIND_CODES)[number];
export const INSPECTION_KIND_LABELS: Labels<InspectionKind> = Object.freeze({
  inspection: { vi: 'Thanh tra công vụ', en: 'Public duty inspection' },
  check: { vi: 'Kiểm tra công vụ', en: 'Public duty check' },
});

/** Planned in the year's plan, or unannounced (đột xuất). */
export const INSPECTION_MODE_CODES = ['planned', 'unplanned'] as const;
export type InspectionMode = (typeof INSPECTION_MODE_CODES)[number];
export const INSPECTION_MODE_LABELS: Labels<InspectionMode> = Object.freeze({
  planned: { vi: 'Theo kế hoạch', en: 'Planned' },
  unplanned: { vi: 'Đột xuất', en: 'Unannounced' },
});

export const INSPECTION_STATE_CODES = ['ongoing', 'concluded'] as const;
export type InspectionState = (typeof INSPECTION_STATE_CODES)[number];
export const INSPECTION_STATE_LABELS: Labels<InspectionState> = Object.freeze({
  ongoing: { vi: 'Đang tiến hành', en: 'Ongoing' },
  concluded: { vi: 'Đã kết luận', en: 'Concluded' },
});

export interface LegalRow<C extends string> {
  code: C;
  vi: string;
  en: string;
  basis: string;
  needsCheck: boolean;
}

/** The rules of conduct a violation is recorded against. */
export const CONDUCT_RULE_CODES = [
  'attitude',
  'communication',
  'arrogance',
  'ethics',
  'attire',
  'working_time',
  'abuse_of_power',
  'other',
] as const;
export type ConductRule = (typeof CONDUCT_RULE_CODES)[number];
export const CONDUCT_RULES: readonly LegalRow<ConductRule>[] = Object.freeze([
  {
    code: 'attitude',
    vi: 'Tinh thần, thái độ làm việc: thiếu trách nhiệm, chậm trễ, không tận tụy khi thi hành công vụ',
    en: 'Attitude to work: lack of responsibility or diligence, delays',
    basis: 'QĐ 1847/QĐ-TTg ngày 27/12/2018, Đề án Văn hóa công vụ: "Về tinh thần, thái độ làm việc"',
    needsCheck: true,
  },
  {
    code: 'communication',
    vi: 'Chuẩn mực giao tiếp, ứng xử với Nhân dân, đồng nghiệp không đúng quy định',
    en: 'Communication and behaviour with the people or colleagues',
    basis:
      'QĐ 1847/QĐ-TTg ngày 27/12/2018: "Về chuẩn mực giao tiếp, ứng xử"; Luật Cán bộ, công chức 2008, Điều 16, 17',
    needsCheck: true,
  },
  {
    code: 'arrogance',
    vi: 'Hách dịch, cửa quyền, gây khó khăn, phiền hà cho Nhân dân khi thi hành công vụ',
    en: 'Arrogance, obstruction or harassment of the people in the course of duty',
    basis: 'Luật Cán bộ, công chức 2008, Điều 17 (từ 01/7/2025: Luật số 80/2025/QH15)',
    needsCheck: true,
  },
  {
    code: 'ethics',
    vi: 'Chuẩn mực đạo đức, lối sống của cán bộ, công chức, viên chức',
    en: 'Ethics and way of life',
    basis:
      'QĐ 1847/QĐ-TTg ngày 27/12/2018: "Về chuẩn mực đạo đức, lối sống"; Luật Cán bộ, công chức 2008, Điều 15',
    needsCheck: true,
  },
  {
    code: 'attire',
    vi: 'Trang phục, đeo thẻ công chức, viên chức không đúng quy định',
    en: 'Dress code and staff card',
    basis: 'QĐ 1847/QĐ-TTg ngày 27/12/2018: "Về trang phục"; QĐ 129/2007/QĐ-TTg, Chương II (trang phục, thẻ)',
    needsCheck: true,
  },
  {
    code: 'working_time',
    vi: 'Không chấp hành thời gian làm việc; tự ý bỏ việc; làm việc riêng trong giờ làm việc',
    en: 'Working hours: absence, private business during working hours',
    basis: 'Luật Cán bộ, công chức 2008, Điều 18 khoản 1; QĐ 129/2007/QĐ-TTg',
    needsCheck: true,
  },
  {
    code: 'abuse_of_power',
    vi: 'Lợi dụng, lạm dụng nhiệm vụ, quyền hạn; sách nhiễu; sử dụng thông tin công vụ để vụ lợi',
    en: 'Abuse of office, extortion, use of official information for gain',
    basis: 'Luật Cán bộ, công chức 2008, Điều 18 khoản 3 (từ 01/7/2025: Luật số 80/2025/QH15)',
    needsCheck: true,
  },
  {
    code: 'other',
    vi: 'Vi phạm khác về kỷ luật, kỷ cương hành chính',
    en: 'Other breach of administrative discipline',
    basis: 'Theo kết luận của đoàn thanh tra, kiểm tra',
    needsCheck: false,
  },
]);
export const CONDUCT_RULE_LABELS: Labels<ConductRule> = Object.freeze(
  Object.fromEntries(CONDUCT_RULES.map((r) => [r.code, { vi: r.vi, en: r.en }])) as Record<
    ConductRule,
    { vi: string; en: string }
  >,
);

/** What was done about a violation: a disciplinary form of NĐ 112/2020, or none yet. */
export const SANCTION_CODES = [
  'pending',
  'reminder',
  'reprimand',
  'warning',
  'salary_downgrade',
  'demotion',
  'dismissal',
  'forced_resignation',
  'removal_from_office',
] as const;
export type Sanction = (typeof SANCTION_CODES)[number];
export const SANCTIONS: readonly (LegalRow<Sanction> & { disciplinary: boolean })[] = Object.freeze([
  {
    code: 'pending',
    vi: 'Chưa xử lý (đang xem xét)',
    en: 'Not yet decided',
    basis: '',
    needsCheck: false,
    disciplinary: false,
  },
  {
    code: 'reminder',
    vi: 'Nhắc nhở, kiểm điểm rút kinh nghiệm (không phải hình thức kỷ luật)',
    en: 'Reminder, self-criticism (not a disciplinary form)',
    basis: 'Không thuộc các hình thức kỷ luật của NĐ 112/2020/NĐ-CP',
    needsCheck: false,
    disciplinary: false,
  },
  {
    code: 'reprimand',
    vi: 'Khiển trách',
    en: 'Reprimand',
    basis: 'NĐ 112/2020/NĐ-CP, Điều 7 (cán bộ, công chức), Điều 15 (viên chức)',
    needsCheck: true,
    disciplinary: true,
  },
  {
    code: 'warning',
    vi: 'Cảnh cáo',
    en: 'Warning',
    basis: 'NĐ 112/2020/NĐ-CP, Điều 7, Điều 15',
    needsCheck: true,
    disciplinary: true,
  },
  {
    code: 'salary_downgrade',
    vi: 'Hạ bậc lương (công chức)',
    en: 'Salary downgrade (civil servant)',
    basis: 'NĐ 112/2020/NĐ-CP, Điều 7 khoản 2',
    needsCheck: true,
    disciplinary: true,
  },
  {
    code: 'demotion',
    vi: 'Giáng chức (công chức giữ chức vụ lãnh đạo, quản lý)',
    en: 'Demotion (civil servant in a leading post)',
    basis: 'NĐ 112/2020/NĐ-CP, Điều 7 khoản 2',
    needsCheck: true,
    disciplinary: true,
  },
  {
    code: 'dismissal',
    vi: 'Cách chức',
    en: 'Removal from post',
    basis: 'NĐ 112/2020/NĐ-CP, Điều 7, Điều 15',
    needsCheck: true,
    disciplinary: true,
  },
  {
    code: 'forced_resignation',
    vi: 'Buộc thôi việc',
    en: 'Dismissal',
    basis: 'NĐ 112/2020/NĐ-CP, Điều 7 khoản 2, Điều 15',
    needsCheck: true,
    disciplinary: true,
  },
  {
    code: 'removal_from_office',
    vi: 'Bãi nhiệm (cán bộ)',
    en: 'Removal from elected office',
    basis: 'NĐ 112/2020/NĐ-CP, Điều 7 khoản 1',
    needsCheck: true,
    disciplinary: true,
  },
]);
export const SANCTION_LABELS: Labels<Sanction> = Object.freeze(
  Object.fromEntries(SANCTIONS.map((r) => [r.code, { vi: r.vi, en: r.en }])) as Record<
    Sanction,
    { vi: string; en: string }
  >,
);
/** The sanctions that are disciplinary forms (counted as "bị xử lý kỷ luật"). */
export const DISCIPLINARY_SANCTIONS: readonly Sanction[] = Object.freeze(
  SANCTIONS.filter((s) => s.disciplinary).map((s) => s.code),
);

/** A recommendation of the conclusion, tracked to completion. */
export const RECOMMENDATION_STATE_CODES = ['open', 'in_progress', 'done'] as const;
export type RecommendationState = (typeof RECOMMENDATION_STATE_CODES)[number];
export const RECOMMENDATION_STATE_LABELS: Labels<RecommendationState> = Object.freeze({
  open: { vi: 'Chưa thực hiện', en: 'Open' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
});

/** Whether a recommendation is overdue on `today`: not done and its due date has passed. */
export function recommendationOverdue(r: { state: string; dueOn: string | null }, today: string): boolean {
  return r.state !== 'done' && !!r.dueOn && r.dueOn < today;
}

/**
 * Why a recommendation may not move to `next`, or null when it may: done needs the day it was done
 * (not in the future) and its evidence; a done recommendation is reopened only to in progress.
 */
export function recommendationChangeProblem(
  next: { state: RecommendationState; doneOn?: string | null; evidence?: string },
  today: string,
): string | null {
  if (next.state === 'done') {
    if (!next.doneOn) return 'Kiến nghị đã hoàn thành cần có ngày hoàn thành.';
    if (next.doneOn > today) return 'Ngày hoàn thành không được sau ngày hôm nay.';
    if (!next.evidence?.trim()) return 'Kiến nghị đã hoàn thành cần có kết quả, minh chứng thực hiện.';
  }
  return null;
}

/** The status of a planned item: done (an inspection concluded), started, overdue or not yet due. */
export const PLAN_ITEM_STATUS_CODES = ['concluded', 'started', 'overdue', 'upcoming'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUS_CODES)[number];
export const PLAN_ITEM_STATUS_LABELS: Labels<PlanItemStatus> = Object.freeze({
  concluded: { vi: 'Đã thực hiện, có kết luận', en: 'Done, concluded' },
  started: { vi: 'Đang tiến hành', en: 'Started' },
  overdue: { vi: 'Quá tháng dự kiến, chưa tiến hành', en: 'Past its month, not started' },
  upcoming: { vi: 'Chưa đến tháng dự kiến', en: 'Not yet due' },
});

/** A planned item's status on `today` (ISO): by its inspection's state, else by its planned month. */
export function planItemStatus(
  item: { year: number; month: number; inspectionState: string | null },
  today: string,
): PlanItemStatus {
  if (item.inspectionState === 'concluded') return 'concluded';
  if (item.inspectionState) return 'started';
  const ym = `${item.year}-${String(item.month).padStart(2, '0')}`;
  return today.slice(0, 7) > ym ? 'overdue' : 'upcoming';
}

/** The plan's compliance: items planned, done (concluded), started, overdue; and the share done. */
export function planCompliance(statuses: PlanItemStatus[]) {
  const n = (s: PlanItemStatus) => statuses.filter((x) => x === s).length;
  const planned = statuses.length;
  const concluded = n('concluded');
  return {
    planned,
    concluded,
    started: n('started'),
    overdue: n('overdue'),
    upcoming: n('upcoming'),
    percentDone: planned ? Math.round((concluded / planned) * 1000) / 10 : null,
  };
}
