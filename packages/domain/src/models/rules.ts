/** The one-to-two rule of seed 003 item 4, the rule values kept as data, the seeded recognition criteria. */
import type { Labels } from './labels.ts';

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
