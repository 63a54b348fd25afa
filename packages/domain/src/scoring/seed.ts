/**
 * Reference data of scoring: the band schemes and one criteria set, as data with their legal basis.
 *
 * The criteria set is modelled on the provinces' decisions "Quy định tiêu chí đánh giá, xếp loại công
 * tác dân vận chính quyền" — the structure (leadership and plan; grassroots democracy; reception,
 * complaints and denunciations; administrative reform and civil-service conduct; coordination with the
 * Fatherland Front; the "Dân vận khéo" movement; information and reporting; bonus and deductions; a
 * part scored by the superior level) follows Quyết định số 67/2024/QĐ-UBND của UBND tỉnh Đồng Nai
 * (cần kiểm tra: the exact points of each criterion were not confirmed against the official text),
 * with the 90 self-scored + 10 by the superior level of Quyết định số 1878-QĐ/TU (2017) of Bắc Kạn and
 * the deadline of seed 001 (Bình Phước 2023: tự chấm gửi Sở Nội vụ trước ngày 10/11).
 */
import type { BandScheme, CriteriaContent, Criterion } from './rules.ts';

export interface BandSchemeSeed extends BandScheme {
  code: string;
  name: string;
  basis: string;
  needsCheck: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
}

const fourBands = (requires: boolean): BandScheme['bands'] => [
  { code: 'xuat_sac', min: 90, minInclusive: true, max: null, maxInclusive: true, requiresEligibility: true },
  { code: 'tot', min: 70, minInclusive: true, max: 90, maxInclusive: false, requiresEligibility: requires },
  {
    code: 'hoan_thanh',
    min: 50,
    minInclusive: true,
    max: 70,
    maxInclusive: false,
    requiresEligibility: false,
  },
  {
    code: 'khong_hoan_thanh',
    min: null,
    minInclusive: true,
    max: 50,
    maxInclusive: false,
    requiresEligibility: false,
  },
];

export const BAND_SCHEME_SEEDS: readonly BandSchemeSeed[] = Object.freeze([
  {
    code: 'dvcq-tinh',
    name: 'Thang xếp loại công tác dân vận chính quyền (theo quy định của tỉnh)',
    bands: fourBands(true),
    cap: { band: 'xuat_sac', percent: 20, ofBands: ['xuat_sac', 'tot'], moveTo: 'tot' },
    basis:
      'Mô phỏng Quyết định số 67/2024/QĐ-UBND của UBND tỉnh Đồng Nai quy định tiêu chí đánh giá, xếp loại công tác dân vận chính quyền (cần kiểm tra ngưỡng điểm và tỷ lệ xuất sắc với văn bản gốc); đơn vị có vi phạm bị xử lý kỷ luật trong năm không được xếp loại tốt trở lên.',
    needsCheck: true,
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
  },
  {
    code: 'nd335-2025',
    name: 'Thang xếp loại theo Nghị định số 335/2025/NĐ-CP',
    bands: fourBands(false),
    cap: { band: 'xuat_sac', percent: 20, ofBands: ['xuat_sac', 'tot'], moveTo: 'tot' },
    basis:
      'Nghị định số 335/2025/NĐ-CP của Chính phủ về đánh giá, xếp loại chất lượng (hiệu lực từ 01/01/2026): từ 90 điểm hoàn thành xuất sắc, từ 70 đến dưới 90 hoàn thành tốt, từ 50 đến dưới 70 hoàn thành, dưới 50 không hoàn thành; tỷ lệ hoàn thành xuất sắc không vượt quá 20% số được xếp loại hoàn thành tốt trở lên (cần kiểm tra với văn bản gốc).',
    needsCheck: true,
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
  },
]);

const c = (
  code: string,
  name: string,
  maxPoints: number,
  evidenceRequired: string,
  more: Partial<Criterion> = {},
): Criterion => ({
  code,
  name,
  kind: 'score',
  maxPoints,
  scoredBy: 'self',
  guidance: '',
  evidenceRequired,
  proposerKey: null,
  ...more,
});

/** The seeded criteria set: 90 points scored by the unit, 10 by the superior level, bonus and deductions. */
export const CRITERIA_SET_SEED: {
  name: string;
  basis: string;
  needsCheck: boolean;
  content: CriteriaContent;
} = {
  name: 'Bộ tiêu chí đánh giá, xếp loại công tác dân vận chính quyền',
  basis:
    'Mô phỏng cấu trúc Quyết định số 67/2024/QĐ-UBND của UBND tỉnh Đồng Nai quy định tiêu chí đánh giá, xếp loại công tác dân vận chính quyền (cần kiểm tra điểm từng tiêu chí với văn bản gốc); phần cấp trên chấm 10 điểm theo Quyết định số 1878-QĐ/TU năm 2017 của Tỉnh ủy Bắc Kạn (cần kiểm tra); hạn tự chấm theo Kế hoạch năm 2023 của UBND tỉnh Bình Phước (trước ngày 10/11).',
  needsCheck: true,
  content: {
    groups: [
      {
        code: 'I',
        name: 'Công tác lãnh đạo, chỉ đạo, xây dựng và triển khai kế hoạch',
        maxPoints: 15,
        criteria: [
          c(
            '1.1',
            'Ban hành kế hoạch thực hiện công tác dân vận chính quyền năm đúng thời hạn',
            5,
            'Kế hoạch năm của đơn vị',
            {
              proposerKey: 'plans.plan_issued_on_time',
              guidance: 'Ban hành đúng hạn: 5 điểm; chậm hạn: 2,5 điểm; không ban hành: 0 điểm.',
            },
          ),
          c(
            '1.2',
            'Phân công lãnh đạo phụ trách công tác dân vận chính quyền',
            3,
            'Quyết định, văn bản phân công',
            {
              proposerKey: 'plans.leader_named',
              guidance: 'Có phân công: 3 điểm; không: 0 điểm.',
            },
          ),
          c(
            '1.3',
            'Thực hiện các nhiệm vụ được giao trong kế hoạch đúng thời hạn',
            7,
            'Báo cáo kết quả thực hiện nhiệm vụ',
            {
              proposerKey: 'plans.tasks_on_time',
              guidance: 'Điểm = 7 × tỷ lệ nhiệm vụ hoàn thành đúng hạn.',
            },
          ),
          c(
            '1.4',
            'Điểm thưởng: có sáng kiến, cách làm hay trong công tác dân vận chính quyền được cấp trên ghi nhận',
            2,
            'Văn bản ghi nhận của cấp trên',
            {
              kind: 'bonus',
              guidance: 'Cộng vào nhóm I, tổng nhóm không vượt quá điểm tối đa của nhóm.',
            },
          ),
        ],
      },
      {
        code: 'II',
        name: 'Thực hiện dân chủ ở cơ sở',
        maxPoints: 15,
        criteria: [
          c(
            '2.1',
            'Công khai thông tin, thủ tục hành chính để Nhân dân biết theo quy định',
            5,
            'Danh mục, hình ảnh niêm yết, trang thông tin điện tử',
          ),
          c(
            '2.2',
            'Tổ chức để Nhân dân bàn, tham gia ý kiến, quyết định các nội dung theo quy định',
            5,
            'Biên bản hội nghị, lấy ý kiến',
          ),
          c(
            '2.3',
            'Tạo điều kiện để Nhân dân kiểm tra, giám sát; Ban Thanh tra nhân dân hoạt động',
            5,
            'Báo cáo hoạt động Ban Thanh tra nhân dân',
          ),
        ],
      },
      {
        code: 'III',
        name: 'Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh',
        maxPoints: 20,
        criteria: [
          c(
            '3.1',
            'Người đứng đầu tiếp công dân định kỳ đủ số ngày theo quy định',
            6,
            'Sổ tiếp công dân, lịch tiếp',
            {
              proposerKey: 'reception.head_days_minimum',
              guidance: 'Điểm = 6 × tỷ lệ số ngày tiếp định kỳ đã thực hiện so với mức tối thiểu (tối đa 6).',
            },
          ),
          c('3.2', 'Giải quyết đơn thư đúng thời hạn', 8, 'Sổ theo dõi đơn thư, quyết định giải quyết', {
            proposerKey: 'petitions.resolved_on_time',
            guidance: 'Điểm = 8 × tỷ lệ đơn giải quyết đúng hạn trong số đã giải quyết.',
          }),
          c('3.3', 'Không có đơn thư quá hạn giải quyết', 4, 'Sổ theo dõi đơn thư', {
            proposerKey: 'petitions.none_overdue',
            guidance: 'Không có đơn quá hạn: 4 điểm; có: 0 điểm.',
          }),
          c('3.4', 'Tổ chức đối thoại của người đứng đầu với Nhân dân', 2, 'Biên bản đối thoại', {
            proposerKey: 'dialogues.held',
            guidance: 'Có tổ chức ít nhất một cuộc đối thoại trong năm: 2 điểm.',
          }),
          c(
            '3.5',
            'Điểm trừ: để xảy ra khiếu kiện đông người, vượt cấp do chậm giải quyết',
            5,
            'Báo cáo của cơ quan chức năng',
            {
              kind: 'deduction',
              guidance: 'Mỗi vụ trừ 2,5 điểm, tối đa 5 điểm.',
            },
          ),
        ],
      },
      {
        code: 'IV',
        name: 'Cải cách hành chính, tinh thần, thái độ phục vụ Nhân dân',
        maxPoints: 15,
        criteria: [
          c(
            '4.1',
            'Giải quyết thủ tục hành chính đúng hẹn, không để người dân đi lại nhiều lần',
            8,
            'Báo cáo kết quả giải quyết thủ tục hành chính',
          ),
          c(
            '4.2',
            'Thực hiện quy tắc ứng xử của cán bộ, công chức; không có cán bộ bị phản ánh sai phạm',
            7,
            'Báo cáo, kết quả kiểm tra công vụ',
          ),
        ],
      },
      {
        code: 'V',
        name: 'Phối hợp với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
        maxPoints: 10,
        criteria: [
          c(
            '5.1',
            'Xây dựng, thực hiện quy chế phối hợp với Mặt trận Tổ quốc',
            4,
            'Quy chế phối hợp, báo cáo',
          ),
          c(
            '5.2',
            'Tiếp thu, trả lời kiến nghị sau giám sát, phản biện xã hội đúng hạn',
            6,
            'Văn bản trả lời kiến nghị',
            {
              proposerKey: 'front.recommendations_answered',
              guidance: 'Điểm = 6 × tỷ lệ kiến nghị đã trả lời.',
            },
          ),
        ],
      },
      {
        code: 'VI',
        name: 'Phong trào thi đua “Dân vận khéo”',
        maxPoints: 10,
        criteria: [
          c(
            '6.1',
            'Xây dựng, duy trì mô hình “Dân vận khéo” (tối thiểu 01 - 02 mô hình)',
            6,
            'Hồ sơ đăng ký, báo cáo kết quả mô hình',
            {
              proposerKey: 'models.running',
              guidance: 'Có từ 2 mô hình đang thực hiện hoặc được công nhận: 6 điểm; 1 mô hình: 3 điểm.',
            },
          ),
          c(
            '6.2',
            'Sơ kết, tổng kết, biểu dương, khen thưởng điển hình “Dân vận khéo”',
            4,
            'Quyết định khen thưởng',
          ),
        ],
      },
      {
        code: 'VII',
        name: 'Chế độ thông tin, báo cáo',
        maxPoints: 5,
        criteria: [
          c('7.1', 'Báo cáo 6 tháng, báo cáo năm đúng hạn và được chấp nhận', 5, 'Báo cáo 6 tháng, năm', {
            proposerKey: 'reporting.reports_on_time',
            guidance: 'Mỗi báo cáo đúng hạn và được chấp nhận: 2,5 điểm.',
          }),
        ],
      },
      {
        code: 'VIII',
        name: 'Cấp trên đánh giá',
        maxPoints: 10,
        criteria: [
          c(
            '8.1',
            'Đánh giá của cơ quan tham mưu về kết quả công tác dân vận chính quyền của đơn vị',
            10,
            'Kết quả theo dõi, kiểm tra của cấp trên',
            {
              scoredBy: 'superior',
              guidance: 'Do Sở Nội vụ phối hợp Ban Dân vận chấm.',
            },
          ),
        ],
      },
    ],
  },
};
