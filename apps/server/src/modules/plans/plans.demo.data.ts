/**
 * The data of the plans demo: the unit groups a plan requires, due dates, the people's names and
 * signers' titles, the seed text adapted to the current year and province, and the bodies of the
 * province's plan and of the units' own plans. Deterministic, so the demo is the same everywhere.
 */
import type { PlanTaskAssignee } from '@danvan/domain';
import { PROVINCE_PLAN_SEED } from '@danvan/domain';
import type { CreatePlan, UnitSelector } from '@danvan/contracts';
import type { UnitView } from '../org/index.ts';

/** The groups that must issue their own plan and carry out the tasks "of all units" (state bodies). */
export const STATE_BODY_GROUPS = ['khoi_so_nganh', 'khoi_xa', 'khoi_su_nghiep'];

export function selectorFor(a: PlanTaskAssignee, snvId: number): UnitSelector {
  switch (a) {
    case 'all_departments':
      return { groups: ['khoi_so_nganh'], kinds: [], unitIds: [] };
    case 'all_communes':
      return { groups: ['khoi_xa'], kinds: [], unitIds: [] };
    case 'department_of_home_affairs':
      return { groups: [], kinds: [], unitIds: [snvId] };
    default:
      return { groups: STATE_BODY_GROUPS, kinds: [], unitIds: [] };
  }
}

/** Due date of the tasks of each part-II section, in the plan year. */
export const SECTION_DUE: Record<string, string> = {
  'II.1': '03-31',
  'II.2': '06-30',
  'II.3': '09-30',
  'II.4': '10-31',
  'II.5': '11-30',
  'II.6': '12-15',
  'II.7': '12-20',
};

/** A small deterministic hash, so the demo is the same on every machine. */
export function h(...n: number[]): number {
  let x = 2166136261;
  for (const v of n) x = Math.imul(x ^ v, 16777619) >>> 0;
  return x % 1000;
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Đức', 'Hữu', 'Thu', 'Hoàng'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hòa',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phong',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
  'Tuấn',
  'Việt',
];
export const personName = (seed: number) =>
  `${FAMILY[seed % FAMILY.length]} ${MIDDLE[(seed >> 3) % MIDDLE.length]} ${GIVEN[(seed >> 5) % GIVEN.length]}`;

export function roleOf(u: UnitView) {
  if (u.kind === 'commune') {
    const head = /^Phường/u.test(u.name) ? 'PHƯỜNG' : /^Đặc khu/u.test(u.name) ? 'ĐẶC KHU' : 'XÃ';
    return {
      authority: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      leader: 'Phó Chủ tịch Ủy ban nhân dân',
      symbol: 'UBND',
      head,
    };
  }
  if (u.kind === 'state_enterprise')
    return {
      authority: 'KT. TỔNG GIÁM ĐỐC',
      position: 'PHÓ TỔNG GIÁM ĐỐC',
      leader: 'Phó Tổng Giám đốc',
      symbol: u.code,
      head: '',
    };
  if (u.kind === 'province')
    return {
      authority: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      leader: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
      symbol: 'UBND',
      head: '',
    };
  return {
    authority: 'KT. GIÁM ĐỐC',
    position: 'PHÓ GIÁM ĐỐC',
    leader: 'Phó Giám đốc',
    symbol: u.code.replace(/_/g, ''),
    head: '',
  };
}

/** The seed's 2023 Bình Phước text, said of the current year and the demo province. */
export const adaptSeedText = (year: number) => (s: string) =>
  s
    .replace(/năm 2023/g, `năm ${year}`)
    .replace(/10\/11\/2023/g, `10/11/${year}`)
    .replace(/10\/5\/2023/g, `10/5/${year}`)
    .replace(/tỉnh Bình Phước/g, 'tỉnh Đồng Nai')
    .replace(/Báo Bình Phước/g, 'Báo Đồng Nai')
    .replace(/UBND các huyện, thị xã, thành phố/g, 'UBND các xã, phường');

/** The province's plan for the year, from seed 001. */
export function provincePlanInput(a: {
  root: UnitView;
  year: number;
  adapt: (s: string) => string;
  themeId: number;
  movementIds: number[];
  ids: (numbers: string[]) => number[];
  requiredDue: string;
}): CreatePlan {
  const { root, year, adapt, themeId, movementIds, ids, requiredDue } = a;
  return {
    unitId: root.id,
    year,
    numberSymbol: '25/KH-UBND',
    title: adapt(PROVINCE_PLAN_SEED.subject),
    basis:
      'Thực hiện Kế hoạch số 27-KH/BDVTU-BCSD ngày 12/01/2023 của Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy về phối hợp công tác dân vận chính quyền;\n' +
      `Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai, thực hiện công tác dân vận chính quyền trên địa bàn tỉnh năm ${year}, như sau:`,
    purposes: PROVINCE_PLAN_SEED.purposes.map(adapt),
    requirements: PROVINCE_PLAN_SEED.requirements.map(adapt),
    sections: PROVINCE_PLAN_SEED.sections.map((s) => ({
      number: s.number,
      title: adapt(s.title),
      body: adapt(s.body),
    })),
    closing:
      'Căn cứ nội dung Kế hoạch, yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương triển khai, thực hiện. Trong quá trình tổ chức thực hiện, nếu có phát sinh vướng mắc kịp thời phản ánh về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để xem xét, giải quyết.',
    recipients: PROVINCE_PLAN_SEED.recipients.map(adapt),
    signerAuthority: PROVINCE_PLAN_SEED.signerAuthority,
    signerPosition: PROVINCE_PLAN_SEED.signerPosition,
    signerName: PROVINCE_PLAN_SEED.signerName,
    themeId,
    movementIds,
    guidingDocumentIds: ids([...PROVINCE_PLAN_SEED.basis, '06-CTr/BDVTU-BCSD', '33/CT-TTg']),
    requiredSelector: { groups: STATE_BODY_GROUPS, kinds: [], unitIds: [] },
    requiredDue,
  };
}

/** A unit's own plan answering the province's (the i-th unit required, for its number). */
export function ownPlanInput(
  u: UnitView,
  i: number,
  a: { year: number; issuedOn: string; parentPlanId: number },
): CreatePlan {
  const { year, issuedOn, parentPlanId } = a;
  const r = roleOf(u);
  return {
    unitId: u.id,
    year,
    numberSymbol: `${12 + (i % 80)}/KH-${r.symbol}`,
    title: `Triển khai, thực hiện công tác dân vận chính quyền năm ${year}`,
    basis: `Thực hiện Kế hoạch số 25/KH-UBND ngày ${issuedOn.slice(8, 10)}/${issuedOn.slice(5, 7)}/${year} của Ủy ban nhân dân tỉnh về triển khai, thực hiện công tác dân vận chính quyền trên địa bàn tỉnh năm ${year};`,
    purposes: [
      `Cụ thể hóa các nội dung của Kế hoạch số 25/KH-UBND của Ủy ban nhân dân tỉnh phù hợp với chức năng, nhiệm vụ của ${u.name}.`,
    ],
    requirements: [
      'Triển khai đồng bộ, thiết thực, hiệu quả; gắn với nhiệm vụ chính trị của cơ quan, đơn vị, địa phương.',
    ],
    sections: [
      {
        number: 'II',
        title: 'NỘI DUNG',
        body: 'Thực hiện các nhiệm vụ được giao tại mục II Kế hoạch số 25/KH-UBND của Ủy ban nhân dân tỉnh.',
      },
      {
        number: 'III',
        title: 'TỔ CHỨC THỰC HIỆN',
        body: 'Văn phòng theo dõi, đôn đốc, tổng hợp kết quả, báo cáo định kỳ 06 tháng, 01 năm.',
      },
    ],
    closing: '',
    recipients: ['UBND tỉnh (qua Sở Nội vụ)', 'Lãnh đạo đơn vị', 'Lưu: VT'],
    signerAuthority: r.authority,
    signerPosition: r.position,
    signerName: personName(h(u.id, 3)),
    parentPlanId,
    movementIds: [],
    guidingDocumentIds: [],
  };
}
