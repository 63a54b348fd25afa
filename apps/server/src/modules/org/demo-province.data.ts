/**
 * DEMO DATA — every record in this file is demonstration data for development, tests and
 * presentations. It is modelled on the new Tỉnh Đồng Nai formed on 1 July 2025 by merging the former
 * provinces of Đồng Nai and Bình Phước (Nghị quyết 202/2025/QH15), with its 95 commune-level units
 * (23 phường, 72 xã) as arranged by Nghị quyết 1662/NQ-UBTVQH15 of 16/6/2025. Names follow public
 * sources as far as they were known when this file was written; codes, dates, groupings, parent links
 * and the former-to-new merge links are illustrative and must not be used as an official register.
 * Only the province's own administrative code (75) is given as `adminCode`.
 *
 * Modelling choices for the demo:
 * - The provincial People's Committee is the single root, so a province-wide scope is one subtree.
 *   The People's Council, the Fatherland Front (with the mass organisations under it) and the Party's
 *   mass-mobilisation commission hang under it as well, although they are not subordinate to the
 *   People's Committee in law: the tree is the working tree of units taking part in dân vận work.
 * - One former district (huyện Bù Đăng, of the former Bình Phước province) is kept with ten of its former
 *   communes, ended on 30/6/2025 and linked to the post-2025 communes that took them over, so that
 *   three-tier history and merges can be exercised.
 * - Since 2025 the Party's Ban Dân vận and Ban Tuyên giáo are merged into Ban Tuyên giáo và Dân vận; the
 *   demo keeps it as one unit (code BTGDV_TU) that carries the former Ban Dân vận Tỉnh ủy's work.
 */
import type { UnitKind } from '@danvan/domain';

export type DemoUnitKind = Exclude<UnitKind, 'nation' | 'ministry'>;

export interface DemoUnit {
  code: string;
  name: string;
  shortName?: string;
  kind: DemoUnitKind;
  parentCode: string | null;
  groups: string[];
  /** YYYY-MM-DD */
  validFrom: string;
  /** Last valid day (YYYY-MM-DD), for units that ended. */
  validTo?: string;
  /** For units that were merged into others: the units that took over their work. */
  successorCodes?: string[];
  /** Official administrative-unit code (mã đơn vị hành chính) when one exists. */
  adminCode?: string;
}

export const DEMO_GROUPS: { code: string; name: string }[] = [
  { code: 'khoi_so_nganh', name: 'Khối sở, ban, ngành' },
  { code: 'khoi_xa', name: 'Khối xã, phường' },
  { code: 'khoi_su_nghiep', name: 'Khối đơn vị sự nghiệp' },
  { code: 'khoi_doanh_nghiep', name: 'Khối doanh nghiệp nhà nước' },
  { code: 'khoi_mttq_doan_the', name: 'Khối Mặt trận Tổ quốc và các đoàn thể' },
  { code: 'khoi_huyen', name: 'Khối huyện, thị xã, thành phố (trước ngày 01/7/2025)' },
];

/** Root of the demo tree. */
export const DEMO_ROOT_CODE = 'UBND_TINH';

/** First day of the two-tier local government (no district tier). */
const TWO_TIER_FROM = '2025-07-01';
/** Last day of the three-tier local government. */
const THREE_TIER_TO = '2025-06-30';
/** A start date early enough to cover all the demo's historical data. */
const LONG_AGO = '2015-01-01';

const ROOT_AND_PROVINCIAL_BODIES: DemoUnit[] = [
  {
    code: DEMO_ROOT_CODE,
    name: 'Ủy ban nhân dân tỉnh Đồng Nai',
    shortName: 'UBND tỉnh',
    kind: 'province',
    parentCode: null,
    groups: [],
    validFrom: LONG_AGO,
    adminCode: '75',
  },
  {
    code: 'HDND_TINH',
    name: 'Hội đồng nhân dân tỉnh Đồng Nai',
    shortName: 'HĐND tỉnh',
    kind: 'council',
    parentCode: DEMO_ROOT_CODE,
    groups: [],
    validFrom: LONG_AGO,
  },
  {
    code: 'BTGDV_TU',
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai',
    shortName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    kind: 'party_mobilization',
    parentCode: DEMO_ROOT_CODE,
    groups: [],
    validFrom: LONG_AGO,
  },
];

/** [code, name, shortName, validFrom] of the provincial departments (sở, ban, ngành). */
const DEPARTMENT_ROWS: [string, string, string, string][] = [
  ['VP_UBND', 'Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng UBND tỉnh', LONG_AGO],
  ['SNV', 'Sở Nội vụ', 'Sở Nội vụ', LONG_AGO],
  ['STC', 'Sở Tài chính', 'Sở Tài chính', LONG_AGO],
  ['STP', 'Sở Tư pháp', 'Sở Tư pháp', LONG_AGO],
  ['SXD', 'Sở Xây dựng', 'Sở Xây dựng', LONG_AGO],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường', 'Sở NN&MT', '2025-03-01'],
  ['SCT', 'Sở Công Thương', 'Sở Công Thương', LONG_AGO],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', LONG_AGO],
  ['SYT', 'Sở Y tế', 'Sở Y tế', LONG_AGO],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTT&DL', LONG_AGO],
  ['SKHCN', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', LONG_AGO],
  ['SDTTG', 'Sở Dân tộc và Tôn giáo', 'Sở Dân tộc và Tôn giáo', '2025-03-01'],
  ['SNGV', 'Sở Ngoại vụ', 'Sở Ngoại vụ', LONG_AGO],
  ['TTT', 'Thanh tra tỉnh', 'Thanh tra tỉnh', LONG_AGO],
  ['BQL_KCN', 'Ban Quản lý các khu công nghiệp Đồng Nai', 'Ban Quản lý các KCN', LONG_AGO],
  ['CA_TINH', 'Công an tỉnh Đồng Nai', 'Công an tỉnh', LONG_AGO],
  ['BCHQS_TINH', 'Bộ Chỉ huy Quân sự tỉnh Đồng Nai', 'Bộ Chỉ huy Quân sự tỉnh', LONG_AGO],
];

const DEPARTMENTS: DemoUnit[] = DEPARTMENT_ROWS.map(([code, name, shortName, validFrom]) => ({
  code,
  name,
  shortName,
  kind: 'department',
  parentCode: DEMO_ROOT_CODE,
  groups: ['khoi_so_nganh'],
  validFrom,
}));

const PUBLIC_SERVICE_UNITS: DemoUnit[] = [
  {
    code: 'TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công tỉnh Đồng Nai',
    shortName: 'Trung tâm Phục vụ hành chính công',
    kind: 'public_service',
    parentCode: DEMO_ROOT_CODE,
    groups: ['khoi_su_nghiep'],
    validFrom: LONG_AGO,
  },
  {
    code: 'BQLDA_DTXD',
    name: 'Ban Quản lý dự án đầu tư xây dựng tỉnh Đồng Nai',
    shortName: 'Ban QLDA đầu tư xây dựng tỉnh',
    kind: 'public_service',
    parentCode: DEMO_ROOT_CODE,
    groups: ['khoi_su_nghiep'],
    validFrom: LONG_AGO,
  },
  {
    code: 'BAO_PTTH',
    name: 'Báo và Phát thanh, Truyền hình Đồng Nai',
    shortName: 'Báo và PT-TH Đồng Nai',
    kind: 'public_service',
    parentCode: DEMO_ROOT_CODE,
    groups: ['khoi_su_nghiep'],
    validFrom: '2025-07-01',
  },
];

const STATE_ENTERPRISES: DemoUnit[] = [
  {
    code: 'XSKT_DN',
    name: 'Công ty TNHH Một thành viên Xổ số kiến thiết Đồng Nai',
    shortName: 'Công ty Xổ số kiến thiết Đồng Nai',
    kind: 'state_enterprise',
    parentCode: DEMO_ROOT_CODE,
    groups: ['khoi_doanh_nghiep'],
    validFrom: LONG_AGO,
  },
  {
    code: 'SONADEZI',
    name: 'Tổng Công ty Công nghiệp Sonadezi',
    shortName: 'Tổng Công ty Sonadezi',
    kind: 'state_enterprise',
    parentCode: DEMO_ROOT_CODE,
    groups: ['khoi_doanh_nghiep'],
    validFrom: LONG_AGO,
  },
];

const FRONT_AND_MASS_ORGS: DemoUnit[] = [
  {
    code: 'MTTQ_TINH',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai',
    shortName: 'Ủy ban MTTQ tỉnh',
    kind: 'front',
    parentCode: DEMO_ROOT_CODE,
    groups: ['khoi_mttq_doan_the'],
    validFrom: LONG_AGO,
  },
  ...(
    [
      ['HLHPN_TINH', 'Hội Liên hiệp Phụ nữ tỉnh Đồng Nai', 'Hội LHPN tỉnh'],
      ['TINH_DOAN', 'Tỉnh Đoàn Đồng Nai', 'Tỉnh Đoàn'],
      ['HND_TINH', 'Hội Nông dân tỉnh Đồng Nai', 'Hội Nông dân tỉnh'],
      ['HCCB_TINH', 'Hội Cựu chiến binh tỉnh Đồng Nai', 'Hội CCB tỉnh'],
      ['LDLD_TINH', 'Liên đoàn Lao động tỉnh Đồng Nai', 'Liên đoàn Lao động tỉnh'],
    ] as const
  ).map(([code, name, shortName]): DemoUnit => ({
    code,
    name,
    shortName,
    kind: 'mass_org',
    parentCode: 'MTTQ_TINH',
    groups: ['khoi_mttq_doan_the'],
    validFrom: LONG_AGO,
  })),
];

/**
 * The 95 commune-level units from 1/7/2025: [code, 'Phường' | 'Xã', name]. The comments name the
 * former district-level area the unit mostly lies in (for orientation only).
 */
const COMMUNE_ROWS: [string, 'Phường' | 'Xã', string][] = [
  // Khu vực thành phố Biên Hòa (cũ) và lân cận
  ['PHUONG_BIEN_HOA', 'Phường', 'Biên Hòa'],
  ['PHUONG_TRAN_BIEN', 'Phường', 'Trấn Biên'],
  ['PHUONG_TAM_HIEP', 'Phường', 'Tam Hiệp'],
  ['PHUONG_LONG_BINH', 'Phường', 'Long Bình'],
  ['PHUONG_TRANG_DAI', 'Phường', 'Trảng Dài'],
  ['PHUONG_HO_NAI', 'Phường', 'Hố Nai'],
  ['PHUONG_LONG_HUNG', 'Phường', 'Long Hưng'],
  ['PHUONG_TAN_TRIEU', 'Phường', 'Tân Triều'],
  ['PHUONG_PHUOC_TAN', 'Phường', 'Phước Tân'],
  ['PHUONG_TAM_PHUOC', 'Phường', 'Tam Phước'],
  // Khu vực huyện Long Thành (cũ)
  ['XA_LONG_THANH', 'Xã', 'Long Thành'],
  ['XA_BINH_AN', 'Xã', 'Bình An'],
  ['XA_AN_PHUOC', 'Xã', 'An Phước'],
  ['XA_LONG_PHUOC', 'Xã', 'Long Phước'],
  ['XA_PHUOC_THAI', 'Xã', 'Phước Thái'],
  // Khu vực huyện Nhơn Trạch (cũ)
  ['XA_NHON_TRACH', 'Xã', 'Nhơn Trạch'],
  ['XA_DAI_PHUOC', 'Xã', 'Đại Phước'],
  ['XA_PHUOC_AN', 'Xã', 'Phước An'],
  // Khu vực thành phố Long Khánh (cũ)
  ['PHUONG_LONG_KHANH', 'Phường', 'Long Khánh'],
  ['PHUONG_BAO_VINH', 'Phường', 'Bảo Vinh'],
  ['PHUONG_XUAN_LAP', 'Phường', 'Xuân Lập'],
  ['PHUONG_HANG_GON', 'Phường', 'Hàng Gòn'],
  ['PHUONG_BINH_LOC', 'Phường', 'Bình Lộc'],
  // Khu vực huyện Xuân Lộc (cũ)
  ['XA_XUAN_LOC', 'Xã', 'Xuân Lộc'],
  ['XA_XUAN_HOA', 'Xã', 'Xuân Hòa'],
  ['XA_XUAN_THANH', 'Xã', 'Xuân Thành'],
  ['XA_XUAN_BAC', 'Xã', 'Xuân Bắc'],
  ['XA_XUAN_PHU', 'Xã', 'Xuân Phú'],
  ['XA_XUAN_DINH', 'Xã', 'Xuân Định'],
  // Khu vực huyện Cẩm Mỹ (cũ)
  ['XA_CAM_MY', 'Xã', 'Cẩm Mỹ'],
  ['XA_XUAN_QUE', 'Xã', 'Xuân Quế'],
  ['XA_XUAN_DUONG', 'Xã', 'Xuân Đường'],
  ['XA_SONG_RAY', 'Xã', 'Sông Ray'],
  ['XA_XUAN_DONG', 'Xã', 'Xuân Đông'],
  // Khu vực huyện Trảng Bom (cũ)
  ['XA_TRANG_BOM', 'Xã', 'Trảng Bom'],
  ['XA_AN_VIEN', 'Xã', 'An Viễn'],
  ['XA_BAU_HAM', 'Xã', 'Bàu Hàm'],
  ['XA_BINH_MINH', 'Xã', 'Bình Minh'],
  ['XA_HUNG_THINH', 'Xã', 'Hưng Thịnh'],
  // Khu vực huyện Thống Nhất (cũ)
  ['XA_DAU_GIAY', 'Xã', 'Dầu Giây'],
  ['XA_GIA_KIEM', 'Xã', 'Gia Kiệm'],
  ['XA_THONG_NHAT', 'Xã', 'Thống Nhất'],
  // Khu vực huyện Định Quán (cũ)
  ['XA_DINH_QUAN', 'Xã', 'Định Quán'],
  ['XA_PHU_VINH', 'Xã', 'Phú Vinh'],
  ['XA_LA_NGA', 'Xã', 'La Ngà'],
  ['XA_PHU_HOA', 'Xã', 'Phú Hòa'],
  ['XA_THANH_SON', 'Xã', 'Thanh Sơn'],
  // Khu vực huyện Tân Phú (cũ)
  ['XA_TAN_PHU', 'Xã', 'Tân Phú'],
  ['XA_TA_LAI', 'Xã', 'Tà Lài'],
  ['XA_NAM_CAT_TIEN', 'Xã', 'Nam Cát Tiên'],
  ['XA_PHU_LAM', 'Xã', 'Phú Lâm'],
  ['XA_DAK_LUA', 'Xã', 'Đắk Lua'],
  // Khu vực huyện Vĩnh Cửu (cũ)
  ['XA_TRI_AN', 'Xã', 'Trị An'],
  ['XA_TAN_AN', 'Xã', 'Tân An'],
  ['XA_PHU_LY', 'Xã', 'Phú Lý'],
  // Khu vực thành phố Đồng Xoài (cũ)
  ['PHUONG_BINH_PHUOC', 'Phường', 'Bình Phước'],
  ['PHUONG_DONG_XOAI', 'Phường', 'Đồng Xoài'],
  // Khu vực thị xã Chơn Thành (cũ)
  ['PHUONG_MINH_HUNG', 'Phường', 'Minh Hưng'],
  ['PHUONG_CHON_THANH', 'Phường', 'Chơn Thành'],
  ['XA_NHA_BICH', 'Xã', 'Nha Bích'],
  // Khu vực thị xã Bình Long (cũ)
  ['PHUONG_BINH_LONG', 'Phường', 'Bình Long'],
  ['PHUONG_AN_LOC', 'Phường', 'An Lộc'],
  // Khu vực thị xã Phước Long (cũ)
  ['PHUONG_PHUOC_BINH', 'Phường', 'Phước Bình'],
  ['PHUONG_PHUOC_LONG', 'Phường', 'Phước Long'],
  // Khu vực huyện Đồng Phú (cũ)
  ['XA_DONG_PHU', 'Xã', 'Đồng Phú'],
  ['XA_THUAN_LOI', 'Xã', 'Thuận Lợi'],
  ['XA_TAN_LOI', 'Xã', 'Tân Lợi'],
  ['XA_DONG_TAM', 'Xã', 'Đồng Tâm'],
  // Khu vực huyện Lộc Ninh (cũ)
  ['XA_LOC_NINH', 'Xã', 'Lộc Ninh'],
  ['XA_LOC_THANH', 'Xã', 'Lộc Thành'],
  ['XA_LOC_HUNG', 'Xã', 'Lộc Hưng'],
  ['XA_LOC_TAN', 'Xã', 'Lộc Tấn'],
  ['XA_LOC_THANH_2', 'Xã', 'Lộc Thạnh'], // 'Lộc Thạnh' folds to the same ASCII as 'Lộc Thành'
  ['XA_LOC_QUANG', 'Xã', 'Lộc Quang'],
  // Khu vực huyện Hớn Quản (cũ)
  ['XA_TAN_KHAI', 'Xã', 'Tân Khai'],
  ['XA_TAN_HUNG', 'Xã', 'Tân Hưng'],
  ['XA_TAN_QUAN', 'Xã', 'Tân Quan'],
  ['XA_MINH_DUC', 'Xã', 'Minh Đức'],
  // Khu vực huyện Bù Đăng (cũ)
  ['XA_BU_DANG', 'Xã', 'Bù Đăng'],
  ['XA_THO_SON', 'Xã', 'Thọ Sơn'],
  ['XA_DAK_NHAU', 'Xã', 'Đắk Nhau'],
  ['XA_BOM_BO', 'Xã', 'Bom Bo'],
  ['XA_NGHIA_TRUNG', 'Xã', 'Nghĩa Trung'],
  ['XA_PHUOC_SON', 'Xã', 'Phước Sơn'],
  // Khu vực huyện Bù Đốp (cũ)
  ['XA_THIEN_HUNG', 'Xã', 'Thiện Hưng'],
  ['XA_TAN_TIEN', 'Xã', 'Tân Tiến'],
  ['XA_HUNG_PHUOC', 'Xã', 'Hưng Phước'],
  // Khu vực huyện Bù Gia Mập (cũ)
  ['XA_BU_GIA_MAP', 'Xã', 'Bù Gia Mập'],
  ['XA_DAK_O', 'Xã', 'Đắk Ơ'],
  ['XA_PHU_NGHIA', 'Xã', 'Phú Nghĩa'],
  ['XA_DA_KIA', 'Xã', 'Đa Kia'],
  // Khu vực huyện Phú Riềng (cũ)
  ['XA_PHU_RIENG', 'Xã', 'Phú Riềng'],
  ['XA_PHU_TRUNG', 'Xã', 'Phú Trung'],
  ['XA_LONG_HA', 'Xã', 'Long Hà'],
  ['XA_BINH_TAN', 'Xã', 'Bình Tân'],
];

const COMMUNES: DemoUnit[] = COMMUNE_ROWS.map(([code, type, name]) => ({
  code,
  name: `Ủy ban nhân dân ${type.toLowerCase()} ${name}`,
  shortName: `${type} ${name}`,
  kind: 'commune',
  parentCode: DEMO_ROOT_CODE,
  groups: ['khoi_xa'],
  validFrom: TWO_TIER_FROM,
}));

const FORMER_DISTRICT_CODE = 'HUYEN_BU_DANG_OLD';

const FORMER_DISTRICT: DemoUnit = {
  code: FORMER_DISTRICT_CODE,
  name: 'Ủy ban nhân dân huyện Bù Đăng',
  shortName: 'Huyện Bù Đăng (cũ)',
  kind: 'district',
  parentCode: DEMO_ROOT_CODE,
  groups: ['khoi_huyen'],
  validFrom: LONG_AGO,
  validTo: THREE_TIER_TO,
};

/**
 * Former communes of huyện Bù Đăng, ended on 30/6/2025: [code, 'Thị trấn' | 'Xã', name, successor].
 * Note the name clashes that real data has: the former xã Minh Hưng (Bù Đăng) is not the new phường
 * Minh Hưng, the former xã Bình Minh (Bù Đăng) is not the new xã Bình Minh (Trảng Bom area), and the
 * former xã Đồng Nai is a commune, not the province.
 */
const FORMER_COMMUNE_ROWS: [string, 'Thị trấn' | 'Xã', string, string][] = [
  ['TT_DUC_PHONG_OLD', 'Thị trấn', 'Đức Phong', 'XA_BU_DANG'],
  ['XA_DOAN_KET_OLD', 'Xã', 'Đoàn Kết', 'XA_BU_DANG'],
  ['XA_MINH_HUNG_BD_OLD', 'Xã', 'Minh Hưng', 'XA_BU_DANG'],
  ['XA_BOM_BO_OLD', 'Xã', 'Bom Bo', 'XA_BOM_BO'],
  ['XA_BINH_MINH_BD_OLD', 'Xã', 'Bình Minh', 'XA_BOM_BO'],
  ['XA_DAK_NHAU_OLD', 'Xã', 'Đắk Nhau', 'XA_DAK_NHAU'],
  ['XA_DUONG_10_OLD', 'Xã', 'Đường 10', 'XA_DAK_NHAU'],
  ['XA_THO_SON_OLD', 'Xã', 'Thọ Sơn', 'XA_THO_SON'],
  ['XA_PHU_SON_OLD', 'Xã', 'Phú Sơn', 'XA_THO_SON'],
  ['XA_DONG_NAI_BD_OLD', 'Xã', 'Đồng Nai', 'XA_THO_SON'],
];

const FORMER_COMMUNES: DemoUnit[] = FORMER_COMMUNE_ROWS.map(([code, type, name, successor]) => ({
  code,
  name: `Ủy ban nhân dân ${type.toLowerCase()} ${name}`,
  shortName: `${type} ${name} (cũ)`,
  kind: 'commune',
  parentCode: FORMER_DISTRICT_CODE,
  groups: ['khoi_xa'],
  validFrom: LONG_AGO,
  validTo: THREE_TIER_TO,
  successorCodes: [successor],
}));

/** All demo units, parents before children. */
export const DEMO_UNITS: DemoUnit[] = [
  ...ROOT_AND_PROVINCIAL_BODIES,
  ...DEPARTMENTS,
  ...PUBLIC_SERVICE_UNITS,
  ...STATE_ENTERPRISES,
  ...FRONT_AND_MASS_ORGS,
  ...COMMUNES,
  FORMER_DISTRICT,
  ...FORMER_COMMUNES,
];
