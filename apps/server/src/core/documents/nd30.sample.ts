/**
 * A commune's six-month report of 48 indicators (four sections of narrative, then the indicators'
 * table): the document of the pool's test and of `npm run bench -- documents`.
 */
import type { Block, Nd30Input } from './nd30.page.ts';

const narrative =
  'Ủy ban nhân dân xã đã quán triệt, triển khai kế hoạch công tác dân vận chính quyền; tổ chức tiếp công dân định kỳ, đối thoại trực tiếp với Nhân dân, giải quyết kịp thời, đúng quy định các kiến nghị chính đáng của cử tri và Nhân dân.';

const section = (n: string, title: string): Block[] => [
  { kind: 'heading', level: 1, text: `${n}. ${title}` },
  ...Array.from({ length: 4 }, (_, i) => ({ kind: 'paragraph' as const, text: `${i + 1}. ${narrative}` })),
];

export const longReport: Nd30Input = {
  issuerParent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
  issuer: 'ỦY BAN NHÂN DÂN\nXÃ PHÚ HỮU',
  numberSymbol: '125/BC-UBND',
  place: 'Phú Hữu',
  date: '2026-06-20',
  docType: 'BÁO CÁO',
  subject: 'Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2026',
  blocks: [
    ...section('I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
    ...section('II', 'KẾT QUẢ THỰC HIỆN'),
    ...section('III', 'ĐÁNH GIÁ CHUNG'),
    ...section('IV', 'PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM'),
    { kind: 'heading', level: 1, text: 'PHỤ LỤC. SỐ LIỆU CHỈ TIÊU' },
    {
      kind: 'table',
      columns: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
      rows: Array.from({ length: 48 }, (_, r) => [
        r + 1,
        `Số lượt tiếp công dân, đối thoại, hội nghị tuyên truyền theo chỉ tiêu số ${r + 1}`,
        r % 5 === 4 ? '%' : 'lượt',
        r % 5 === 4 ? '95,5' : r * 7,
      ]),
    },
  ],
  recipients: ['Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'Ban Dân vận Tỉnh ủy'],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
};
