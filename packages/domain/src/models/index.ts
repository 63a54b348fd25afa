/**
 * "Dân vận khéo" models and commendations (DOMAIN.md part D; seeds 000 1c, 002 item 4, 003 item 4,
 * 004 III.4). The vocabularies are defined here once (the contracts' enums and the web's labels are
 * built from them), with the model's state machine, the scoring of an evaluation against the
 * recognition criteria and the one-to-two rule of seed 003, all pure.
 *
 * Sources of the registration content and of the recognition criteria (read in 2026; the points are
 * this system's defaults, marked "cần kiểm tra", for the coordinator to set from the province's own
 * guide):
 * - the four fields and the recognition criteria: Hướng dẫn xây dựng mô hình, điển hình "Dân vận
 *   khéo" giai đoạn 2021-2025 của Ban Dân vận Tỉnh ủy (19/4/2021), mục 1 "Về nội dung" and mục 2
 *   "Tiêu chí" (republished at https://cunghoidap.com/mau-ke-hoach-xay-dung-mo-hinh-dan-van-kheo/amp);
 * - the content of each field and the steps (khảo sát, đăng ký, triển khai, sơ kết, đánh giá, công
 *   nhận, nhân rộng): Hướng dẫn xây dựng và bình xét mô hình, điển hình "Dân vận khéo" năm 2023 của Ban
 *   Dân vận Tỉnh ủy Đắk Nông (http://tinhuy.daknong.gov.vn/tin-tuc/noi-dung-cac-buoc-xay-dung-mo-hinh-va-nguyen-tac-trong-huong-dan-xay-dung-va-binh-xet-mo-hinh-dien-hinh-dan-van-kheo-nam-2023-8854.html)
 *   and Ban Dân vận Tỉnh ủy Bình Phước, Hướng dẫn nghiệp vụ xây dựng mô hình, điển hình trong phong
 *   trào thi đua "Dân vận khéo" (22/6/2020, https://danvanbinhphuoc.vn/nghiep-vu/huong-dan-nghiep-vu-xay-dung-mo-hinh-dien-hinh-trong-phong-trao-thi-dua-dan-van-kheo-123.html);
 * - the minimum per state body: seed 003 (Chỉ thị của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công
 *   tác dân vận của cơ quan Nhà nước các cấp), item 4: "Đảm bảo tối thiểu mỗi cơ quan Nhà nước các
 *   cấp phải xây dựng, nhân rộng, phát huy hiệu quả 01 đến 02 mô hình “Dân vận khéo”".
 * - commendation forms: Luật Thi đua, khen thưởng 2022 (Luật số 06/2022/QH15), Điều 9 (hình thức khen
 *   thưởng), plus "biểu dương", which the seeds use beside "khen thưởng" (seed 000 1c, 004 III.4).
 */

type Labels<C extends string> = Readonly<Record<C, { vi: string; en: string }>>;

/** The four fields (lĩnh vực) of the movement. */
export const MODEL_FIELD_CODES = [
  'economy',
  'culture_society',
  'defence_security',
  'political_system',
] as const;
export type ModelField = (typeof MODEL_FIELD_CODES)[number];
export const MODEL_FIELD_LABELS: Labels<ModelField> = Object.freeze({
  economy: { vi: 'Kinh tế', en: 'Economy' },
  culture_society: { vi: 'Văn hóa - xã hội', en: 'Culture and society' },
  defence_security: { vi: 'Quốc phòng - an ninh', en: 'Defence and security' },
  political_system: { vi: 'Xây dựng hệ thống chính trị', en: 'Building the political system' },
});

/** Whose model (or commendation): a collective or an individual. */
export const MODEL_SUBJECT_CODES = ['collective', 'individual'] as const;
export type ModelSubject = (typeof MODEL_SUBJECT_CODES)[number];
export const MODEL_SUBJECT_LABELS: Labels<ModelSubject> = Object.freeze({
  collective: { vi: 'Tập thể', en: 'Collective' },
  individual: { vi: 'Cá nhân', en: 'Individual' },
});

/** The states of a model. */
export const MODEL_STATE_CODES = [
  'registered',
  'running',
  'evaluated',
  'recognised',
  'replicated',
  'stopped',
] as const;
export type ModelState = (typeof MODEL_STATE_CODES)[number];
export const MODEL_STATE_LABELS: Labels<ModelState> = Object.freeze({
  registered: { vi: 'Đã đăng ký', en: 'Registered' },
  running: { vi: 'Đang thực hiện', en: 'Running' },
  evaluated: { vi: 'Đã đánh giá', en: 'Evaluated' },
  recognised: { vi: 'Đã công nhận', en: 'Recognised' },
  replicated: { vi: 'Đã nhân rộng', en: 'Replicated' },
  stopped: { vi: 'Dừng thực hiện', en: 'Stopped' },
});

/** The level that recognises a model or commends (cấp công nhận, cấp khen thưởng). */
export const MODEL_LEVEL_CODES = ['commune', 'district', 'province', 'central'] as const;
export type ModelLevel = (typeof MODEL_LEVEL_CODES)[number];
export const MODEL_LEVEL_LABELS: Labels<ModelLevel> = Object.freeze({
  commune: { vi: 'Cấp xã', en: 'Commune level' },
  district: { vi: 'Cấp huyện', en: 'District level' },
  province: { vi: 'Cấp tỉnh', en: 'Province level' },
  central: { vi: 'Trung ương', en: 'Central level' },
});

/** Forms of commendation (Luật Thi đua, khen thưởng 2022, Điều 9; and biểu dương). */
export const COMMENDATION_FORM_CODES = [
  'praise',
  'certificate_of_merit',
  'certificate',
  'emulation_flag',
  'commemorative_medal',
  'order',
] as const;
export type CommendationForm = (typeof COMMENDATION_FORM_CODES)[number];
export const COMMENDATION_FORM_LABELS: Labels<CommendationForm> = Object.freeze({
  praise: { vi: 'Biểu dương', en: 'Praise' },
  certificate_of_merit: { vi: 'Giấy khen', en: 'Certificate of merit' },
  certificate: { vi: 'Bằng khen', en: 'Certificate of commendation' },
  emulation_flag: { vi: 'Cờ thi đua', en: 'Emulation flag' },
  commemorative_medal: { vi: 'Kỷ niệm chương', en: 'Commemorative medal' },
  order: { vi: 'Huân chương', en: 'Order' },
});

/** What else a commendation may be linked to besides a model (scoring results, once built). */
export const COMMENDATION_LINK_KINDS = ['scoring_result'] as const;
export type CommendationLinkKind = (typeof COMMENDATION_LINK_KINDS)[number];

/**
 * The registration content provinces ask for (the Đắk Nông 2023 and Bình Phước 2020 guides cited
 * above): why the model, its goals and criteria, what and how, where and for whom, who takes part and
 * how, with what, when, and the results by which it will be checked.
 */
export const MODEL_REGISTRATION_KEYS = [
  'situation',
  'goals',
  'contentMethod',
  'areaBeneficiaries',
  'forces',
  'resources',
  'timeline',
  'verifiableResults',
] as const;
export type ModelRegistrationKey = (typeof MODEL_REGISTRATION_KEYS)[number];
export type ModelRegistration = Record<ModelRegistrationKey, string>;
export const MODEL_REGISTRATION_LABELS: Labels<ModelRegistrationKey> = Object.freeze({
  situation: { vi: 'Thực trạng, sự cần thiết xây dựng mô hình', en: 'Situation and reason' },
  goals: { vi: 'Mục tiêu, chỉ tiêu', en: 'Goals and criteria' },
  contentMethod: { vi: 'Nội dung, cách thức thực hiện', en: 'Content and method' },
  areaBeneficiaries: { vi: 'Địa bàn, đối tượng thụ hưởng', en: 'Area and beneficiaries' },
  forces: { vi: 'Lực lượng tham gia và vai trò', en: 'Forces and their roles' },
  resources: { vi: 'Nguồn lực, kinh phí', en: 'Resources' },
  timeline: { vi: 'Thời gian, lộ trình thực hiện', en: 'Timeline' },
  verifiableResults: { vi: 'Kết quả dự kiến, cách kiểm chứng', en: 'Verifiable results' },
});

// ---------------------------------------------------------------------------------------------
// The state machine

export const MODEL_ACTION_CODES = ['start', 'evaluate', 'resume', 'recognise', 'replicate', 'stop'] as const;
export type ModelAction = (typeof MODEL_ACTION_CODES)[number];
/** Who takes an action: the model's unit (models:write) or the evaluator (models:evaluate). */
export type ModelActor = 'unit' | 'evaluator';

export const MODEL_ACTION_LABELS: Labels<ModelAction> = Object.freeze({
  start: { vi: 'Bắt đầu thực hiện', en: 'Start' },
  evaluate: { vi: 'Đánh giá', en: 'Evaluate' },
  resume: { vi: 'Yêu cầu tiếp tục hoàn thiện', en: 'Send back to running' },
  recognise: { vi: 'Công nhận', en: 'Recognise' },
  replicate: { vi: 'Nhân rộng', en: 'Replicate' },
  stop: { vi: 'Dừng thực hiện', en: 'Stop' },
});

export const MODEL_TRANSITIONS: Readonly<
  Record<ModelAction, { from: readonly ModelState[]; to: ModelState; by: readonly ModelActor[] }>
> = Object.freeze({
  start: { from: ['registered'], to: 'running', by: ['unit'] },
  // an evaluation may be repeated while the model waits for recognition
  evaluate: { from: ['running', 'evaluated'], to: 'evaluated', by: ['evaluator'] },
  resume: { from: ['evaluated'], to: 'running', by: ['evaluator'] },
  recognise: { from: ['evaluated'], to: 'recognised', by: ['evaluator'] },
  replicate: { from: ['recognised'], to: 'replicated', by: ['evaluator'] },
  stop: { from: ['registered', 'running', 'evaluated'], to: 'stopped', by: ['unit', 'evaluator'] },
});

export type TransitionResult = { ok: true; to: ModelState } | { ok: false; message: string };

/** Where `action` takes a model in `state`, or why it may not (a Vietnamese message). */
export function modelTransition(state: ModelState, action: ModelAction): TransitionResult {
  const t = MODEL_TRANSITIONS[action];
  if (t.from.includes(state)) return { ok: true, to: t.to };
  const allowed = t.from.map((s) => `“${MODEL_STATE_LABELS[s].vi}”`).join(', ');
  return {
    ok: false,
    message: `Mô hình đang ở trạng thái “${MODEL_STATE_LABELS[state].vi}”, không thể “${MODEL_ACTION_LABELS[action].vi.toLocaleLowerCase('vi-VN')}” (chỉ từ trạng thái ${allowed}).`,
  };
}

/** The actions a model in `state` allows to `who`. */
export function modelActionsFrom(state: ModelState, who: readonly ModelActor[]): ModelAction[] {
  return MODEL_ACTION_CODES.filter(
    (a) => MODEL_TRANSITIONS[a].from.includes(state) && MODEL_TRANSITIONS[a].by.some((b) => who.includes(b)),
  );
}

/** Models that count as built and effective for the one-to-two rule: running or recognised ones. */
export const ACTIVE_MODEL_STATES: readonly ModelState[] = Object.freeze([
  'running',
  'evaluated',
  'recognised',
  'replicated',
]);
export const RECOGNISED_MODEL_STATES: readonly ModelState[] = Object.freeze(['recognised', 'replicated']);

// ---------------------------------------------------------------------------------------------
// Evaluation against the recognition criteria

export interface CriterionDef {
  id: number;
  code: string;
  name: string;
  maxPoints: number;
}
export interface CriterionScore {
  criterionId: number;
  points: number;
}
export interface ModelProblem {
  field: string;
  message: string;
}

const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/**
 * The total of an evaluation: every criterion in force scored once, between 0 and its maximum, in
 * steps of 0,25 points; no criterion outside the set. Problems name the score at fault.
 */
export function scoreEvaluation(
  criteria: readonly CriterionDef[],
  scores: readonly CriterionScore[],
): { total: number; maxTotal: number; percent: number; problems: ModelProblem[] } {
  const problems: ModelProblem[] = [];
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const seen = new Set<number>();
  let total = 0;
  scores.forEach((s, i) => {
    const c = byId.get(s.criterionId);
    if (!c) {
      problems.push({
        field: `scores.${i}.criterionId`,
        message: 'Tiêu chí không thuộc bộ tiêu chí đang áp dụng.',
      });
      return;
    }
    if (seen.has(c.id)) {
      problems.push({ field: `scores.${i}.criterionId`, message: `Tiêu chí “${c.name}” được chấm hai lần.` });
      return;
    }
    seen.add(c.id);
    if (
      !Number.isFinite(s.points) ||
      s.points < 0 ||
      s.points > c.maxPoints ||
      Math.round(s.points * 4) !== s.points * 4
    )
      problems.push({
        field: `scores.${i}.points`,
        message: `Điểm tiêu chí “${c.name}” phải từ 0 đến ${fmt(c.maxPoints)}, bước 0,25 điểm.`,
      });
    else total += s.points;
  });
  for (const c of criteria)
    if (!seen.has(c.id)) problems.push({ field: 'scores', message: `Chưa chấm tiêu chí “${c.name}”.` });
  const maxTotal = criteria.reduce((a, c) => a + c.maxPoints, 0);
  const percent = maxTotal > 0 ? Math.round((total / maxTotal) * 10000) / 100 : 0;
  return { total, maxTotal, percent, problems };
}

/** Whether a total reaches the pass mark (a percentage of the maximum, as data). */
export function evaluationPassed(total: number, maxTotal: number, passPercent: number): boolean {
  return maxTotal > 0 && total * 100 >= passPercent * maxTotal;
}

/**
 * Why a model may not be recognised on its latest evaluation, or null: it needs one, and it must
 * reach the pass mark.
 */
export function recognitionProblem(
  latest: { total: number; maxTotal: number } | null,
  passPercent: number,
): string | null {
  if (!latest) return 'Mô hình chưa được đánh giá theo tiêu chí công nhận.';
  if (!evaluationPassed(latest.total, latest.maxTotal, passPercent))
    return `Kết quả đánh giá gần nhất ${fmt(latest.total)}/${fmt(latest.maxTotal)} điểm chưa đạt ngưỡng công nhận (${fmt(passPercent)}% số điểm tối đa).`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// The one-to-two rule (seed 003 item 4)

export const MODEL_COMPLIANCE_CODES = ['none', 'below', 'meets'] as const;
export type ModelComplianceStatus = (typeof MODEL_COMPLIANCE_CODES)[number];
export const MODEL_COMPLIANCE_LABELS: Labels<ModelComplianceStatus> = Object.freeze({
  none: { vi: 'Chưa có mô hình đang thực hiện', en: 'No running model' },
  below: { vi: 'Chưa đủ số mô hình tối thiểu', en: 'Below the minimum' },
  meets: { vi: 'Đạt yêu cầu', en: 'Meets the rule' },
});

/** Where a state body stands: its active models (running or recognised) against the minimum. */
export function modelComplianceStatus(active: number, minimum: number): ModelComplianceStatus {
  if (active <= 0) return 'none';
  return active < minimum ? 'below' : 'meets';
}

/** The values of the rules kept as data (models_settings), seeded with their basis. */
export const MODEL_SETTING_KEYS = [
  'min_models_per_body',
  'target_models_per_body',
  'recognition_pass_percent',
] as const;
export type ModelSettingKey = (typeof MODEL_SETTING_KEYS)[number];

export interface ModelSettingSeed {
  key: ModelSettingKey;
  name: string;
  value: number;
  min: number;
  max: number;
  basis: string;
  needsCheck: boolean;
}

const SEED_003 =
  'Chỉ thị của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận của cơ quan Nhà nước các cấp, mục 4: “Đảm bảo tối thiểu mỗi cơ quan Nhà nước các cấp phải xây dựng, nhân rộng, phát huy hiệu quả 01 đến 02 mô hình “Dân vận khéo””';

export const MODEL_SETTINGS_SEED: readonly ModelSettingSeed[] = Object.freeze([
  {
    key: 'min_models_per_body',
    name: 'Số mô hình tối thiểu mỗi cơ quan Nhà nước phải xây dựng, thực hiện',
    value: 1,
    min: 0,
    max: 20,
    basis: SEED_003,
    needsCheck: false,
  },
  {
    key: 'target_models_per_body',
    name: 'Số mô hình mỗi cơ quan Nhà nước hướng tới',
    value: 2,
    min: 0,
    max: 20,
    basis: SEED_003,
    needsCheck: false,
  },
  {
    key: 'recognition_pass_percent',
    name: 'Ngưỡng điểm để công nhận mô hình (% số điểm tối đa)',
    value: 70,
    min: 1,
    max: 100,
    basis:
      'Mặc định của hệ thống (hướng dẫn của Ban Dân vận Tỉnh ủy không quy định thang điểm): cơ quan tham mưu điều chỉnh theo quy định của địa phương',
    needsCheck: true,
  },
]);

export interface ModelCriterionSeed {
  code: string;
  name: string;
  guidance: string;
  maxPoints: number;
  basis: string;
  needsCheck: boolean;
}

const GUIDE_2021 =
  'Hướng dẫn xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2021-2025 của Ban Dân vận Tỉnh ủy (19/4/2021), mục 2 “Tiêu chí”';

/**
 * The recognition criteria of the 2021 guide (mục 2 "Tiêu chí"), one row each. The guide lists them
 * without points: the points (100 in all) are this system's defaults, marked to be checked.
 */
export const MODEL_CRITERIA_SEED: readonly ModelCriterionSeed[] = Object.freeze([
  {
    code: 'ten_dia_chi_linh_vuc',
    name: 'Có tên, địa chỉ cụ thể; nội dung thuộc một trong bốn lĩnh vực',
    guidance: 'Kinh tế; văn hóa - xã hội; quốc phòng - an ninh; xây dựng hệ thống chính trị.',
    maxPoints: 10,
    basis: GUIDE_2021,
    needsCheck: true,
  },
  {
    code: 'lanh_dao_dang_ky',
    name: 'Gắn với sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền và đã đăng ký với cơ quan phát động',
    guidance: 'Có văn bản đăng ký, kế hoạch thực hiện được cấp có thẩm quyền cho ý kiến.',
    maxPoints: 10,
    basis: GUIDE_2021,
    needsCheck: true,
  },
  {
    code: 'phoi_hop_luc_luong',
    name: 'Có sự phối hợp và huy động được nhiều lực lượng cùng tham gia',
    guidance: 'Mặt trận, đoàn thể, người có uy tín, doanh nghiệp, Nhân dân; vai trò của từng lực lượng.',
    maxPoints: 15,
    basis: GUIDE_2021,
    needsCheck: true,
  },
  {
    code: 'nhan_dan_huong_ung',
    name: 'Được các tầng lớp Nhân dân đồng tình, hưởng ứng tham gia',
    guidance: 'Số người, hộ tham gia; ý kiến của Nhân dân, của Mặt trận Tổ quốc ở địa bàn.',
    maxPoints: 15,
    basis: GUIDE_2021,
    needsCheck: true,
  },
  {
    code: 'giai_quyet_kho_khan',
    name: 'Giải quyết được những khó khăn, vấn đề cấp bách, nhiệm vụ chính trị cấp ủy, chính quyền đang tập trung',
    guidance: 'Vấn đề cụ thể đã được giải quyết, so với thực trạng khi đăng ký.',
    maxPoints: 20,
    basis: GUIDE_2021,
    needsCheck: true,
  },
  {
    code: 'hieu_qua_thiet_thuc',
    name: 'Mang lại hiệu quả thiết thực, có kết quả kiểm chứng được bằng số liệu',
    guidance: 'Kết quả định lượng so với mục tiêu, chỉ tiêu đã đăng ký.',
    maxPoints: 20,
    basis: GUIDE_2021,
    needsCheck: true,
  },
  {
    code: 'ben_vung_lan_toa',
    name: 'Có tính bền vững, sức lan tỏa, kế thừa và khả năng nhân rộng',
    guidance: 'Thời gian duy trì; nơi khác đã học tập, áp dụng.',
    maxPoints: 10,
    basis: GUIDE_2021,
    needsCheck: true,
  },
]);

/** 'YYYY' of a model's year filter: the models registered in that calendar year. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
