/** The vocabularies of models and commendations, each defined once with its labels (index.ts has the sources). */
import type { Labels } from './labels.ts';

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
