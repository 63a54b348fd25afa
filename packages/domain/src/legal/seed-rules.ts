/**
 * The seed of the register of legal time limits. The server copies it once into its table; from then
 * on the administrator keeps the rules (a used rule changes only by a new version from a date).
 *
 * `needsCheck: true` ("cần kiểm tra") marks every value, article or date that has not been confirmed
 * against the official text: above all the amendments of Luật 136/2025/QH15 and its decrees in force
 * from 1/7/2026, known only from secondary copies.
 */
import type { LegalBasis, RuleConditions, TimeLimitRule, TimeLimitUnit } from './time-limits.ts';

const KN = 'Luật Khiếu nại 2011 (02/2011/QH13)';
const TC = 'Luật Tố cáo 2018 (25/2018/QH14)';
const TCD = 'Luật Tiếp công dân 2013 (42/2013/QH13)';
const TT05 = 'Thông tư 05/2021/TT-TTCP (quy trình xử lý đơn)';
const L136 = 'Luật 136/2025/QH15 sửa đổi Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo';
const ND154 = 'Nghị định 154/2026/NĐ-CP (tiếp công dân)';
const ND155 = 'Nghị định 155/2026/NĐ-CP sửa đổi Nghị định 124/2020/NĐ-CP (khiếu nại)';

const KN_FROM = '2012-07-01';
const TC_FROM = '2019-01-01';
const TCD_FROM = '2014-07-01';
const TT05_FROM = '2021-11-15';
const AMENDED_FROM = '2026-07-01';
const BEFORE_AMENDMENT = '2026-06-30';

interface Row {
  code: string;
  name: string;
  value: number;
  unit: TimeLimitUnit;
  conditions?: RuleConditions;
  basis: LegalBasis;
  from: string;
  to?: string;
  check?: boolean;
  note?: string;
}

function rule(r: Row): TimeLimitRule {
  return Object.freeze({
    code: r.code,
    name: r.name,
    value: r.value,
    unit: r.unit,
    conditions: Object.freeze({ ...(r.conditions ?? {}) }),
    basis: Object.freeze({
      law: r.basis.law,
      article: r.basis.article ?? null,
      clause: r.basis.clause ?? null,
    }),
    effectiveFrom: r.from,
    effectiveTo: r.to ?? null,
    needsCheck: r.check ?? false,
    note: r.note ?? null,
  });
}

/** First-instance and second-instance resolution limits of complaints (Điều 28, 37). */
function complaintResolution(): TimeLimitRule[] {
  const rows: TimeLimitRule[] = [];
  const table: [boolean, boolean, boolean, number, string][] = [
    // second instance, complex, remote area, days, article
    [false, false, false, 30, '28'],
    [false, true, false, 45, '28'],
    [false, false, true, 45, '28'],
    [false, true, true, 60, '28'],
    [true, false, false, 45, '37'],
    [true, true, false, 60, '37'],
    [true, false, true, 60, '37'],
    [true, true, true, 70, '37'],
  ];
  for (const [secondInstance, complex, remoteArea, value, article] of table)
    rows.push(
      rule({
        code: 'khieu_nai.giai_quyet',
        name: `Thời hạn giải quyết khiếu nại lần ${secondInstance ? 'hai' : 'đầu'} (kể từ ngày thụ lý)`,
        value,
        unit: 'calendar_days',
        conditions: { secondInstance, complex, remoteArea },
        basis: { law: KN, article },
        from: KN_FROM,
        note: 'Luật 136/2025/QH15 có thể sửa đổi thời hạn này từ 01/7/2026: khi có văn bản chính thức, tạo phiên bản mới từ ngày đó.',
      }),
    );
  return rows;
}

/** The seeded rules. */
export const LEGAL_TIME_LIMITS_SEED: readonly TimeLimitRule[] = Object.freeze([
  // ---- Luật Khiếu nại 2011
  rule({
    code: 'khieu_nai.thoi_hieu',
    name: 'Thời hiệu khiếu nại (kể từ ngày nhận được hoặc biết được quyết định, hành vi hành chính)',
    value: 90,
    unit: 'calendar_days',
    basis: { law: KN, article: '9' },
    from: KN_FROM,
  }),
  rule({
    code: 'khieu_nai.thu_ly',
    name: 'Thời hạn thụ lý giải quyết khiếu nại (kể từ ngày nhận được khiếu nại)',
    value: 10,
    unit: 'calendar_days',
    basis: { law: KN, article: '27' },
    from: KN_FROM,
    to: BEFORE_AMENDMENT,
    check: true,
    note: 'Điều 27 (lần đầu) và Điều 36 (lần hai) ghi "10 ngày"; một số thủ tục hành chính ghi "10 ngày làm việc".',
  }),
  rule({
    code: 'khieu_nai.thu_ly',
    name: 'Thời hạn thụ lý giải quyết khiếu nại (kể từ ngày nhận được khiếu nại)',
    value: 7,
    unit: 'working_days',
    basis: { law: `${L136}; ${ND155}` },
    from: AMENDED_FROM,
    check: true,
    note: 'Theo bản sao thứ cấp của Nghị định 155/2026/NĐ-CP; chưa đối chiếu văn bản chính thức.',
  }),
  ...complaintResolution(),
  rule({
    code: 'khieu_nai.thoi_han_khieu_nai_lan_hai',
    name: 'Thời hạn khiếu nại lần hai (kể từ ngày hết hạn giải quyết hoặc nhận quyết định lần đầu)',
    value: 30,
    unit: 'calendar_days',
    conditions: { remoteArea: false },
    basis: { law: KN, article: '33' },
    from: KN_FROM,
  }),
  rule({
    code: 'khieu_nai.thoi_han_khieu_nai_lan_hai',
    name: 'Thời hạn khiếu nại lần hai (kể từ ngày hết hạn giải quyết hoặc nhận quyết định lần đầu)',
    value: 45,
    unit: 'calendar_days',
    conditions: { remoteArea: true },
    basis: { law: KN, article: '33' },
    from: KN_FROM,
  }),
  rule({
    code: 'khieu_nai.gui_quyet_dinh',
    name: 'Thời hạn gửi quyết định giải quyết khiếu nại lần đầu (kể từ ngày ban hành)',
    value: 3,
    unit: 'working_days',
    basis: { law: KN, article: '32' },
    from: KN_FROM,
    check: true,
  }),
  rule({
    code: 'khieu_nai.thong_bao_doi_thoai',
    name: 'Thông báo đối thoại trước ngày đối thoại (ít nhất)',
    value: 5,
    unit: 'calendar_days',
    basis: { law: ND155 },
    from: AMENDED_FROM,
    check: true,
    note: 'Thời hạn tính lùi trước ngày đối thoại; theo bản sao thứ cấp, chưa đối chiếu văn bản chính thức.',
  }),
  // ---- Luật Tố cáo 2018
  rule({
    code: 'to_cao.xu_ly_ban_dau',
    name: 'Vào sổ, phân loại, xử lý ban đầu thông tin tố cáo (kể từ ngày nhận được tố cáo)',
    value: 7,
    unit: 'working_days',
    basis: { law: TC, article: '24', clause: '1' },
    from: TC_FROM,
  }),
  rule({
    code: 'to_cao.xu_ly_ban_dau_keo_dai',
    name: 'Xử lý ban đầu thông tin tố cáo khi phải xác minh ở nhiều địa điểm hoặc ủy quyền (tối đa)',
    value: 10,
    unit: 'working_days',
    basis: { law: TC, article: '24', clause: '1' },
    from: TC_FROM,
  }),
  rule({
    code: 'to_cao.chuyen_don',
    name: 'Chuyển tố cáo không thuộc thẩm quyền đến cơ quan có thẩm quyền (kể từ ngày nhận được)',
    value: 5,
    unit: 'working_days',
    basis: { law: TC, article: '24', clause: '2' },
    from: TC_FROM,
    check: true,
  }),
  rule({
    code: 'to_cao.giai_quyet',
    name: 'Thời hạn giải quyết tố cáo (kể từ ngày thụ lý)',
    value: 30,
    unit: 'calendar_days',
    basis: { law: TC, article: '30', clause: '1' },
    from: TC_FROM,
  }),
  rule({
    code: 'to_cao.gia_han',
    name: 'Gia hạn giải quyết tố cáo lần 1 (vụ việc phức tạp; tối đa, kể từ ngày hết hạn trước đó)',
    value: 30,
    unit: 'calendar_days',
    conditions: { extension: 1 },
    basis: { law: TC, article: '30', clause: '1' },
    from: TC_FROM,
  }),
  rule({
    code: 'to_cao.gia_han',
    name: 'Gia hạn giải quyết tố cáo lần 2 (vụ việc đặc biệt phức tạp; tối đa, kể từ ngày hết hạn trước đó)',
    value: 30,
    unit: 'calendar_days',
    conditions: { extension: 2 },
    basis: { law: TC, article: '30', clause: '1' },
    from: TC_FROM,
  }),
  // ---- Thông tư 05/2021/TT-TTCP
  rule({
    code: 'don.xu_ly',
    name: 'Thời hạn xử lý đơn (phân loại, thụ lý, chuyển hoặc hướng dẫn; kể từ ngày nhận được đơn)',
    value: 10,
    unit: 'working_days',
    basis: { law: TT05 },
    from: TT05_FROM,
    check: true,
    note: 'Điều khoản và ngày hiệu lực của Thông tư chưa đối chiếu văn bản chính thức.',
  }),
  // ---- Luật Tiếp công dân 2013: minimum reception days of heads
  rule({
    code: 'tiep_cong_dan.chu_tich_xa',
    name: 'Chủ tịch UBND cấp xã trực tiếp tiếp công dân (tối thiểu)',
    value: 1,
    unit: 'days_per_week',
    basis: { law: TCD, article: '15' },
    from: TCD_FROM,
    check: true,
    note: 'Mức tối thiểu đã rõ; số điều cần đối chiếu.',
  }),
  rule({
    code: 'tiep_cong_dan.chu_tich_huyen',
    name: 'Chủ tịch UBND cấp huyện trực tiếp tiếp công dân (tối thiểu)',
    value: 2,
    unit: 'days_per_month',
    basis: { law: TCD, article: '14' },
    from: TCD_FROM,
    to: '2025-06-30',
    check: true,
    note: 'Cấp huyện kết thúc hoạt động từ 01/7/2025 (chính quyền địa phương hai cấp); số điều cần đối chiếu.',
  }),
  rule({
    code: 'tiep_cong_dan.chu_tich_tinh',
    name: 'Chủ tịch UBND cấp tỉnh trực tiếp tiếp công dân (tối thiểu)',
    value: 1,
    unit: 'days_per_month',
    basis: { law: TCD, article: '13' },
    from: TCD_FROM,
    check: true,
    note: 'Mức tối thiểu đã rõ; số điều cần đối chiếu.',
  }),
  rule({
    code: 'tiep_cong_dan.thu_truong_co_quan',
    name: 'Thủ trưởng cơ quan hành chính nhà nước trực tiếp tiếp công dân (tối thiểu)',
    value: 1,
    unit: 'days_per_month',
    basis: { law: TCD, article: '12' },
    from: TCD_FROM,
    check: true,
  }),
  rule({
    code: 'tiep_cong_dan.thu_truong_don_vi_su_nghiep',
    name: 'Người đứng đầu đơn vị sự nghiệp công lập trực tiếp tiếp công dân (tối thiểu)',
    value: 1,
    unit: 'days_per_month',
    basis: { law: `${L136}; ${ND154}` },
    from: AMENDED_FROM,
    check: true,
    note: 'Theo bản sao thứ cấp của Nghị định 154/2026/NĐ-CP. Từ 01/7/2026 người đứng đầu không được ủy quyền cho cấp phó.',
  }),
  // a deputy's reception on the head's behalf counts towards the head's minimum while a version of
  // this rule is in force (reception/vocabulary.ts DEPUTY_RECEPTION_RULE); none from 1/7/2026
  rule({
    code: 'tiep_cong_dan.cap_pho_tiep_thay',
    name: 'Ngày cấp phó được ủy quyền tiếp công dân thay được tính vào số ngày tiếp của người đứng đầu',
    value: 1,
    unit: 'calendar_days',
    basis: { law: TCD, article: '12' },
    from: TCD_FROM,
    to: BEFORE_AMENDMENT,
    check: true,
    note: 'Mỗi ngày cấp phó tiếp thay được tính một ngày. Hết hiệu lực từ 01/7/2026: Luật 136/2025/QH15 không cho người đứng đầu ủy quyền cấp phó tiếp thay; số điều cần đối chiếu.',
  }),
  rule({
    code: 'tiep_cong_dan.thong_bao_tu_choi',
    name: 'Thông báo từ chối tiếp công dân (kể từ ngày từ chối)',
    value: 3,
    unit: 'working_days',
    basis: { law: ND154 },
    from: AMENDED_FROM,
    check: true,
    note: 'Theo bản sao thứ cấp, chưa đối chiếu văn bản chính thức.',
  }),
  rule({
    code: 'tiep_cong_dan.thong_bao_truc_tuyen',
    name: 'Thông báo lịch tiếp công dân trực tuyến trước buổi tiếp (ít nhất)',
    value: 5,
    unit: 'working_days',
    basis: { law: ND154 },
    from: AMENDED_FROM,
    check: true,
    note: 'Thời hạn tính lùi trước buổi tiếp; theo bản sao thứ cấp, chưa đối chiếu văn bản chính thức.',
  }),
]);
