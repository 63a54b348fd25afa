/**
 * The time limits of the answers module, as data with their legal basis and dates (the shape of the
 * legal register, TimeLimitRule), counted by the legal module's deadlineFromRules over the
 * working-day calendar. The legal module seeds its register once under a seed name and exports no
 * way to add rows to it, so these rows live here; each item records the code and version it took.
 */
import type { TimeLimitRule } from '../legal/time-limits.ts';
import type { AnswerSourceKind } from './vocabulary.ts';

const MTTQ = 'Luật Mặt trận Tổ quốc Việt Nam 2015 (sửa đổi, bổ sung năm 2025)';
const NQLT403 = 'Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN';

export const ANSWER_TIME_LIMITS: readonly (TimeLimitRule & { version: number })[] = Object.freeze([
  {
    code: 'mttq.tra_loi_kien_nghi_giam_sat',
    version: 1,
    name: 'Thời hạn trả lời kiến nghị sau giám sát của Mặt trận (kể từ ngày nhận văn bản kiến nghị)',
    value: 15,
    unit: 'calendar_days',
    conditions: {},
    basis: { law: `${MTTQ}; ${NQLT403}`, article: '29' },
    effectiveFrom: '2016-01-01',
    effectiveTo: null,
    needsCheck: true,
    note: 'Cần kiểm tra: thời hạn 15 ngày theo bản sao thứ cấp của Nghị quyết liên tịch 403/2017; chưa đối chiếu văn bản hợp nhất sau sửa đổi năm 2025.',
  },
  {
    code: 'mttq.tra_loi_phan_bien',
    version: 1,
    name: 'Thời hạn trả lời bằng văn bản ý kiến phản biện xã hội (kể từ ngày nhận văn bản phản biện)',
    value: 15,
    unit: 'calendar_days',
    conditions: {},
    basis: { law: `${MTTQ}; ${NQLT403}`, article: '36' },
    effectiveFrom: '2016-01-01',
    effectiveTo: null,
    needsCheck: true,
    note: 'Cần kiểm tra: Điều 36 quy định trả lời bằng văn bản, nêu rõ lý do không tiếp thu; số ngày theo bản sao thứ cấp.',
  },
  {
    code: 'mttq.gui_du_thao_phan_bien',
    version: 1,
    name: 'Gửi dự thảo lấy ý kiến phản biện xã hội chậm nhất trước ngày trình (ngày)',
    value: 15,
    unit: 'calendar_days',
    conditions: {},
    basis: { law: MTTQ, article: '36' },
    effectiveFrom: '2016-01-01',
    effectiveTo: null,
    needsCheck: true,
    note: 'Cần kiểm tra: "ít nhất 15 ngày trước ngày trình"; chưa đối chiếu văn bản sửa đổi năm 2025.',
  },
]);

/** The rule that gives the default due date of a kind's items (null: the source sets it). */
export const ANSWER_DUE_RULE: Readonly<Record<AnswerSourceKind, string | null>> = Object.freeze({
  dialogue: null,
  front_supervision: 'mttq.tra_loi_kien_nghi_giam_sat',
  front_criticism: 'mttq.tra_loi_phan_bien',
  council_session: null,
  consultation: null,
});

/** Latest day a draft may be sent for social criticism: `submissionOn` minus the rule's days. */
export const CRITICISM_LEAD_RULE = 'mttq.gui_du_thao_phan_bien';
